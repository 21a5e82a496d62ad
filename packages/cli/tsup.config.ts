import { defineConfig } from 'tsup'
import { libraryConfig } from '../../tsup.base'

const base = libraryConfig({ index: 'src/index.ts', bin: 'src/bin.ts' })

// `bin` is the executable (its shebang is kept); only the library entry needs types.
export default defineConfig({ ...base, dts: { entry: { index: 'src/index.ts' } } })
