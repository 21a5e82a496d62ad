import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { serializeAssessment } from '@tiendo/forecast'
import { assessSeries } from '@tiendo/rules'
import { describe, expect, it } from 'vitest'
import { variedPlan as plan } from '../__tests__/varied-plan'
import { assessmentThreads, startAssessing } from './assess-in-parallel'

// The built worker (the package's tests run after its build, as turbo orders them).
const script = new URL('../../dist/assess-worker.js', import.meta.url)

const json = (list: readonly Parameters<typeof serializeAssessment>[0][]) =>
  JSON.stringify(list.map(serializeAssessment))

describe('startAssessing', () => {
  it('gives, with a worker thread, exactly the assessments of one thread, in plan order', async () => {
    expect(existsSync(fileURLToPath(script))).toBe(true)
    const series = plan(600)
    // No `--conditions` from the test runner: the worker runs the built packages.
    const run = startAssessing(series, { threads: 2, script, minSeries: 1, execArgv: [] })
    // Let the worker start before this thread joins in, so both take chunks.
    await run.firstChunk
    const assessments = await run.finish()
    expect(run.fromWorkers()).toBeGreaterThan(0)
    expect(assessments).toHaveLength(series.length)
    expect(json(assessments)).toBe(json(series.map((planned) => assessSeries(planned.input))))
    // Both kinds of result occur: refused input (decrease with a gte target) and assessed.
    expect(assessments.some((a) => a.explanation?.code === 'comparator_direction')).toBe(true)
    expect(new Set(assessments.map((a) => a.status)).size).toBeGreaterThan(2)
  })

  it('hands each assessment over in plan order when asked, keeping none', async () => {
    const series = plan(600)
    const expected = json(series.map((planned) => assessSeries(planned.input)))
    for (const options of [
      { threads: 2, script, minSeries: 1, execArgv: [] },
      { threads: 1, script, minSeries: 1 },
    ]) {
      const run = startAssessing(series, options)
      await run.firstChunk
      const taken: Parameters<typeof serializeAssessment>[0][] = []
      const kept = await run.finish((assessment, index) => {
        expect(index).toBe(taken.length)
        taken.push(assessment)
      })
      expect(kept).toEqual([])
      expect(json(taken)).toBe(expected)
    }
  })

  it('stops its workers when cancelled; what they left undone is assessed here', async () => {
    const series = plan(3000)
    const run = startAssessing(series, { threads: 2, script, minSeries: 1, execArgv: [] })
    await run.firstChunk
    await run.cancel()
    // The worker's chunks, sent or not, are all accounted for: every series once, in order.
    const assessments = await run.finish()
    expect(json(assessments)).toBe(json(series.map((planned) => assessSeries(planned.input))))
  })

  it('stays on this thread for one thread, a small plan, or no worker script', async () => {
    const series = plan(50)
    for (const options of [
      { threads: 1, script, minSeries: 1 },
      { threads: 2, script },
      { threads: 2, script: new URL('./missing-worker.js', script), minSeries: 1 },
    ]) {
      const run = startAssessing(series, options)
      const assessments = await run.finish()
      expect(json(assessments)).toBe(json(series.map((planned) => assessSeries(planned.input))))
      if (options.script.href === script.href) expect(run.fromWorkers()).toBe(0)
    }
  })

  it('reads TIENDO_THREADS, else uses one core fewer than there are (at least one, at most four)', () => {
    expect(assessmentThreads({ TIENDO_THREADS: '1' })).toBe(1)
    expect(assessmentThreads({ TIENDO_THREADS: '3' }, 2)).toBe(3)
    expect([1, 2, 3, 4, 5, 16].map((cores) => assessmentThreads({}, cores))).toEqual([
      1, 1, 2, 3, 4, 4,
    ])
    for (const wrong of ['0', '-2', 'two', '1.5', '']) {
      const threads = assessmentThreads({ TIENDO_THREADS: wrong })
      expect(threads).toBeGreaterThanOrEqual(1)
      expect(threads).toBeLessThanOrEqual(4)
    }
  })
})
