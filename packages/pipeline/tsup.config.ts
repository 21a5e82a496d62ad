import { defineConfig } from 'tsup'
import { libraryConfig } from '../../tsup.base'

const base = libraryConfig({
  index: 'src/index.ts',
  browser: 'src/browser.ts',
  internal: 'src/internal.ts',
  'assess-worker': 'src/node/assess-worker.ts',
})

// `assess-worker` is a worker thread's script run by the Node entry: only the entries need types.
export default defineConfig({
  ...base,
  dts: {
    entry: { index: 'src/index.ts', browser: 'src/browser.ts', internal: 'src/internal.ts' },
  },
})
