import { defineConfig } from 'tsup'
import { libraryConfig } from '../../tsup.base'

const base = libraryConfig({
  index: 'src/index.ts',
  bin: 'src/bin.ts',
  'assess-worker': 'src/assessment/assess-worker.ts',
})

// `bin` is the executable (its shebang is kept) and `assess-worker` a worker thread's script;
// only the library entry needs types.
export default defineConfig({ ...base, dts: { entry: { index: 'src/index.ts' } } })
