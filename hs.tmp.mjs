import v8 from 'node:v8'
import { runPipeline } from '@tiendo/pipeline'
const report = await runPipeline({
  pack: 'bench/.data/national.pack.json', threads: 1,
  sources: [{ path: 'bench/.data/observations.csv', kind: 'observations' }, { path: 'bench/.data/records.csv', kind: 'records' }],
})
globalThis.keep = report
global.gc()
console.log(process.memoryUsage())
v8.writeHeapSnapshot('/tmp/report.heapsnapshot')
