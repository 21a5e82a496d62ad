// usage: node stages.mjs  (cwd = worktree root)
import { performance } from 'node:perf_hooks'
import { createWriteStream } from 'node:fs'
import { runPipeline, reportJsonChunks } from '@tiendo/pipeline'
const t0 = performance.now(); let last = t0; const marks = []
let lastCpu = process.cpuUsage()
const mark = (name) => { const now = performance.now(); const cpu = process.cpuUsage(); marks.push(`${name} ${(now - last).toFixed(0)}/${((cpu.user + cpu.system - lastCpu.user - lastCpu.system) / 1000).toFixed(0)}`); last = now; lastCpu = cpu }
const report = await runPipeline({
  pack: 'bench/.data/national.pack.json',
  sources: [{ path: 'bench/.data/observations.csv', kind: 'observations' }, { path: 'bench/.data/records.csv', kind: 'records' }],
  onProgress: (e) => { if (e.stage && e.stage !== 'read') mark('before:' + e.stage) },
})
mark('run-end')
let n = 0
const { writeFileAtomic } = await import('@tiendo/io')
await writeFileAtomic('/tmp/st.json', (function* () { for (const p of reportJsonChunks(report, { lang: 'vi' })) { n += p.length; yield p } })())
mark('json')
console.log(marks.join(' | '), '| total', (performance.now() - t0).toFixed(0), 'chars', n)
