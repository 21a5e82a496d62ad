import { existsSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { Assessment } from '@tiendo/forecast'
import { serializeAssessment } from '@tiendo/forecast'
import type { PlannedAssessment } from '@tiendo/rules'
import { assessSeries } from '@tiendo/rules'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BUILT_WORKER } from '../__tests__/built-worker'
import { variedPlan } from '../__tests__/varied-plan'
import { type AssessedElsewhere, assessmentFrom } from '../stages/assessed-elsewhere'
import { assessStreamed, type StreamedOptions, streamedThreads } from './assess-streamed'

const withWorker = { ...BUILT_WORKER, threads: 2, chunkSize: 8 }

let folder: string
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'tiendo-streamed-test-'))
})
afterAll(async () => {
  await rm(folder, { recursive: true, force: true })
})

const isElsewhere = (assessed: Assessment | AssessedElsewhere): assessed is AssessedElsewhere =>
  'json' in assessed

/** Every series as handed over, in order, with the JSON text of its assessment. */
async function streamed(series: readonly PlannedAssessment[], options: StreamedOptions) {
  const taken: { planned: PlannedAssessment; text: string; elsewhere: boolean }[] = []
  let started = 0
  await assessStreamed(
    series,
    (planned, assessed) => {
      if (isElsewhere(assessed)) {
        // What a thread counts matches the assessment its text makes.
        const assessment = assessmentFrom(assessed)
        expect(assessed.status).toBe(assessment.status)
        expect(assessed.profile).toBe(assessment.profile)
        expect(assessed.target).toBe(assessment.target?.id ?? null)
        expect(JSON.stringify(serializeAssessment(assessment))).toBe(assessed.json)
      }
      const text = isElsewhere(assessed)
        ? assessed.json
        : JSON.stringify(serializeAssessment(assessed))
      taken.push({ planned, text, elsewhere: isElsewhere(assessed) })
    },
    { ...options, onFirst: () => started++ },
  )
  expect(started).toBe(1)
  return taken
}

const expected = (series: readonly PlannedAssessment[]) =>
  series.map((planned) => JSON.stringify(serializeAssessment(assessSeries(planned.input))))

describe('assessStreamed', () => {
  it('hands over, with a worker thread, exactly the assessments of one thread, in plan order', async () => {
    expect(existsSync(fileURLToPath(BUILT_WORKER.script))).toBe(true)
    const series = variedPlan(600)
    const taken = await streamed(series, withWorker)
    expect(taken.map((t) => t.planned)).toEqual(series)
    expect(taken.map((t) => t.text)).toEqual(expected(series))
    // Both threads assessed: the worker the chunks it was sent, this one the rest.
    expect(taken.filter((t) => t.elsewhere).length).toBeGreaterThan(0)
    expect(taken.filter((t) => !t.elsewhere).length).toBeGreaterThan(0)
    const statuses = new Set(taken.map((t) => (JSON.parse(t.text) as { status: string }).status))
    expect(statuses.size).toBeGreaterThan(2)
  })

  it('starts no worker for one thread or a plan smaller than minSeries', async () => {
    const series = variedPlan(100)
    for (const options of [
      { ...withWorker, threads: 1 },
      { ...withWorker, minSeries: 101 },
    ]) {
      const taken = await streamed(series, options)
      expect(taken.some((t) => t.elsewhere)).toBe(false)
      expect(taken.map((t) => t.text)).toEqual(expected(series))
    }
  })

  it('starts workers by the size of the plan when it says, else by the series planned', async () => {
    const series = variedPlan(300)
    const saying = (considered: number) => ({
      considered,
      [Symbol.iterator]: () => series[Symbol.iterator](),
    })
    const cases = [
      // A plan that says it is small starts none, however early workers may join.
      { plan: saying(299), minPlan: 300, workers: false },
      // One that says it is large has them join once `minSeries` are planned.
      { plan: saying(5000), minPlan: 300, workers: true },
      // Without a size, the series planned so far must reach `minPlan`.
      { plan: series, minPlan: 301, workers: false },
      { plan: series, minPlan: 100, workers: true },
    ]
    for (const { plan, minPlan, workers } of cases) {
      const taken: boolean[] = []
      await assessStreamed(plan, (_, assessed) => taken.push(isElsewhere(assessed)), {
        ...withWorker,
        minPlan,
      })
      expect(taken).toHaveLength(series.length)
      expect(taken.some((elsewhere) => elsewhere)).toBe(workers)
    }
  })

  it('assesses here what a worker that fails left undone', async () => {
    const failing = join(folder, 'failing-worker.mjs')
    await writeFile(failing, 'throw new Error("a worker that cannot start")\n')
    const series = variedPlan(200)
    const taken = await streamed(series, { ...withWorker, script: pathToFileURL(failing) })
    expect(taken.some((t) => t.elsewhere)).toBe(false)
    expect(taken.map((t) => t.text)).toEqual(expected(series))
  })

  it('assesses here a chunk a worker could not assess, so its error surfaces here', async () => {
    const refusing = join(folder, 'refusing-worker.mjs')
    await writeFile(
      refusing,
      [
        "import { parentPort } from 'node:worker_threads'",
        'parentPort.on("message", (m) => parentPort.postMessage({ chunk: m.chunk, series: null }))',
        '',
      ].join('\n'),
    )
    const series = variedPlan(200)
    const taken = await streamed(series, { ...withWorker, script: pathToFileURL(refusing) })
    expect(taken.map((t) => t.text)).toEqual(expected(series))
    const broken = [...series]
    broken[20] = { ...series[20]!, input: null as never }
    await expect(
      assessStreamed(broken, () => {}, { ...withWorker, script: pathToFileURL(refusing) }),
    ).rejects.toThrow()
  })

  it('stops when its signal is aborted, with the signal’s reason', async () => {
    const controller = new AbortController()
    const reason = new Error('stopped by the caller')
    let taken = 0
    const run = assessStreamed(
      variedPlan(2000),
      () => {
        if (++taken === 100) controller.abort(reason)
      },
      { ...withWorker, signal: controller.signal },
    )
    await expect(run).rejects.toBe(reason)
    expect(taken).toBeLessThan(2000)
  })

  it('defaults to at least two threads for large plans only; TIENDO_THREADS for any plan', () => {
    const large = { minSeries: 1000, minPlan: 40_000 }
    expect(streamedThreads({}, 1)).toEqual({ threads: 1, ...large })
    expect(streamedThreads({}, 2)).toEqual({ threads: 2, ...large })
    expect(streamedThreads({}, 4)).toEqual({ threads: 3, ...large })
    expect(streamedThreads({}, 16)).toEqual({ threads: 4, ...large })
    const any = { minSeries: 1000, minPlan: 0 }
    expect(streamedThreads({ TIENDO_THREADS: '1' }, 8)).toEqual({ threads: 1, ...any })
    expect(streamedThreads({ TIENDO_THREADS: '3' }, 2)).toEqual({ threads: 3, ...any })
    expect(streamedThreads({ TIENDO_THREADS: 'many' }, 2)).toEqual({ threads: 2, ...large })
  })
})
