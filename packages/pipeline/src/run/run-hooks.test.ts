import type { DataPoint } from '@tiendo/core'
import { serializeTargetReport, type TargetReport } from '@tiendo/rules'
import { describe, expect, it } from 'vitest'
import { BUILT_WORKER } from '../__tests__/built-worker'
import { mergerRun } from '../__tests__/merger'
import { MINI_PACK, miniSources } from '../__tests__/mini-national'
import { runPipelineInParts } from '../node/run-in-parts-node'
import { type NodePipelineOptions, runPipeline } from '../node/run-pipeline-node'
import { runPipelineToJson } from '../node/run-to-json-node'
import { derivedJson } from '../report/report-json'

const mini = (threads: number): NodePipelineOptions => ({
  pack: MINI_PACK,
  sources: miniSources(),
  today: '2026-06-30',
  lang: 'en',
  threads,
})

const RUNS: readonly [string, NodePipelineOptions][] = [
  ['a small country', mini(1)],
  // Without hooks, the plan made whole first and assessed by the assessor; with them, planned
  // as assessed, on one thread (too few series for a worker by default), or with a worker.
  ['a small country, on two threads', mini(2)],
  ['a small country, a worker assessing', { ...mini(2), assessOnThreads: BUILT_WORKER }],
  ['a merger', { ...mergerRun(), threads: 1 }],
  ['a small country, no rule evaluated', { ...mini(1), evaluate: false }],
]

/** Options with both hooks, and what they were given. */
function hooked(options: NodePipelineOptions) {
  const figures: DataPoint[] = []
  const series: TargetReport[] = []
  return {
    figures,
    series,
    options: {
      ...options,
      derive: { onFigure: (figure: DataPoint) => figures.push(figure) },
      assess: { onSeries: (one: TargetReport) => series.push(one) },
    },
  }
}

/** The options of the run so named. */
const runNamed = (name: string) => RUNS.find(([label]) => label === name)![1]

describe('derive.onFigure and assess.onSeries', () => {
  for (const [name, options] of RUNS) {
    it(`hand out what the report would keep, in its order, and the report keeps none (${name})`, async () => {
      const plain = await runPipeline(options)
      expect(plain.derived.figures.length).toBeGreaterThan(0)
      expect(plain.targets.length).toBeGreaterThan(0)
      const run = hooked(options)
      const report = await runPipeline(run.options)
      // Whole, with the figures each came from.
      expect(run.figures.map(derivedJson)).toEqual(plain.derived.figures.map(derivedJson))
      expect(run.series.map(serializeTargetReport)).toEqual(
        plain.targets.map(serializeTargetReport),
      )
      expect(report.derived.figures).toEqual([])
      expect(report.targets).toEqual([])
      expect(report.summary).toEqual(plain.summary)
      expect(report.rules).toEqual(plain.rules)
      expect(report.validation).toEqual(plain.validation)
    })
  }

  it('keep a figure’s inputs in what they hand out, not in the run', async () => {
    const run = hooked(runNamed('a merger'))
    const report = await runPipeline(run.options)
    const carried = run.figures.find((figure) => figure.derived?.method === 'carry')
    expect(carried?.derived?.inputs.length).toBeGreaterThan(0)
    const kept = report.dataset.get(carried!.indicator, carried!.unit, carried!.period)
    expect(kept?.derived?.method).toBe('carry')
    expect(kept?.derived?.inputs).toEqual([])
  })

  it('are given the figures and series runPipelineToJson writes, its text unchanged', async () => {
    const options = runNamed('a merger')
    const run = hooked(options)
    const plain = await runPipelineToJson(options)
    const written = await runPipelineToJson(run.options)
    try {
      const text = [...written.jsonChunks()].join('')
      expect(text).toBe([...plain.jsonChunks()].join(''))
      const json = JSON.parse(text)
      expect(run.figures.map(derivedJson)).toEqual(json.derived.figures)
      expect(JSON.parse(JSON.stringify(run.series.map(serializeTargetReport)))).toEqual(
        json.targets,
      )
    } finally {
      await plain.close()
      await written.close()
    }
  })

  it('are given every part’s figures and series in a run in parts, as its report lists them', async () => {
    const run = hooked(mini(1))
    const report = await runPipelineInParts(run.options)
    try {
      expect(report.runs).toBeGreaterThan(1)
      const json = JSON.parse([...report.jsonChunks()].join(''))
      expect(json.derived.figures.length).toBeGreaterThan(0)
      expect(run.figures.map(derivedJson)).toEqual(json.derived.figures)
      expect(JSON.parse(JSON.stringify(run.series.map(serializeTargetReport)))).toEqual(
        json.targets,
      )
    } finally {
      await report.close()
    }
  })
})
