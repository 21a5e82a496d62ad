import { describe, expect, it } from 'vitest'
import { MERGER_PACK, mergerObservations, mergerRecords } from '../__tests__/merger'
import { runPipeline } from '../browser'
import type { PipelineProgress } from './options'

const sources = () => [
  { name: 'so-lieu.csv', observations: mergerObservations() },
  { name: 'san-pham.csv', records: mergerRecords() },
]

describe('stopping a run', () => {
  // A worker hears "stop" as a message, a task of its own: it runs only when the pipeline
  // lets the thread go. Here a timer stands for that message, set when a stage begins.
  for (const stage of ['validate', 'derive', 'evaluate', 'assess'] as const) {
    it(`stops at the next stage when asked during ${stage}, not at the end`, async () => {
      const controller = new AbortController()
      const seen: string[] = []
      const onProgress = (progress: PipelineProgress) => {
        seen.push(progress.stage)
        if (progress.stage === stage) setTimeout(() => controller.abort(new Error('stop')), 0)
      }
      await expect(
        runPipeline({
          pack: MERGER_PACK,
          sources: sources(),
          today: '2026-06-30',
          signal: controller.signal,
          onProgress,
        }),
      ).rejects.toThrow('stop')
      expect(seen).not.toContain('done')
    })
  }

  it('runs to the end when nobody asks it to stop', async () => {
    const controller = new AbortController()
    const report = await runPipeline({
      pack: MERGER_PACK,
      sources: sources(),
      today: '2026-06-30',
      signal: controller.signal,
    })
    expect(report.valid).toBe(true)
  })
})
