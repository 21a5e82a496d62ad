import { unitParts, unitScope } from '@tiendo/core'
import type { Pack } from '@tiendo/schema'
import { describe, expect, it } from 'vitest'
import { mergerRun } from '../__tests__/merger'
import {
  MINI_PACK,
  miniObservations,
  miniRecords,
  UNEVEN_PACK,
  unevenRecords,
} from '../__tests__/mini-national'
import { REUSED_CODE_PACK } from '../__tests__/reused-code'
import { runPipeline } from '../browser'
import { runPipelineInParts } from '../node/run-in-parts-node'
import type { PipelineReport } from '../report/report'
import { reportJsonValue } from '../report/report-json'
import { ReportJsonSchema } from '../report/report-json-schema'
import type { BrowserSource, PipelineOptions } from '../run/options'

type Json = Record<string, unknown>

/**
 * The small country under a top of its own (`MN`, beside the extended pack's `VN` and its
 * provinces, a second top whose parts have no data), with a target and rules of its own:
 * one comparing its count of products with its provinces' (`children_sum`).
 */
function ownTop(pack: Pack): Pack {
  return {
    ...pack,
    id: `${pack.id}-top`,
    units: [
      { code: 'MN', name: { vi: 'Nước nhỏ', en: 'A small country' }, kind: 'country' },
      ...(pack.units ?? []).map((unit) =>
        unit.parent === 'VN' ? { ...unit, parent: 'MN' } : unit,
      ),
    ],
    targets: [
      ...(pack.targets ?? []),
      {
        id: 'online_country_2026',
        indicator: 'online_dossier_rate',
        unitKind: 'country',
        comparator: 'gte',
        value: '70',
        by: '2026',
      },
    ],
    rules: [
      ...(pack.rules ?? []),
      {
        id: 'country_products_add_up',
        template: 'consistency',
        severity: 'warning',
        scope: { unitKinds: ['country'], from: '2019', to: '2024' },
        params: { indicator: 'dx_products_completed' },
      },
      {
        id: 'country_reports',
        template: 'completeness',
        severity: 'warning',
        missing: 'never_skip',
        scope: { unitKinds: ['country'] },
        params: { indicators: ['household_fibre_rate', 'online_dossier_rate'] },
      },
    ],
  }
}

const mini = (pack: Pack, records: string, observations = miniObservations()) => ({
  pack: ownTop(pack),
  sources: [
    { name: 'so-lieu.csv', text: observations.replaceAll(',VN,', ',MN,') },
    { name: 'san-pham.csv', text: records, kind: 'records' as const },
  ],
  today: '2025-06-30',
  lang: 'en' as const,
})

/** The run in parts' JSON report, and how many runs it took. */
async function inParts(options: PipelineOptions<BrowserSource>, indent = 2) {
  const parts = await runPipelineInParts({ ...options, threads: 1 })
  try {
    const text = [...parts.jsonChunks({ indent })].join('')
    return { json: JSON.parse(text) as Json, text, parts }
  } finally {
    await parts.close()
  }
}

/** A list's elements as JSON texts, sorted: the same list whatever its order. */
const sorted = (list: unknown) => (list as unknown[]).map((item) => JSON.stringify(item)).sort()

/** What a JSON report says, its lists as sets and its sources' lists sorted. */
function asSets(json: Json) {
  const at = (path: string) => path.split('.').reduce<unknown>((v, key) => (v as Json)[key], json)
  const datasets = (json.datasets as Json[]).map((dataset) => ({
    ...dataset,
    indicators: [...(dataset.indicators as string[])].sort(),
    rules: [...(dataset.rules as string[])].sort(),
  }))
  return {
    pack: json.pack,
    valid: json.valid,
    cannotRead: json.cannotRead,
    summary: json.summary,
    stats: at('validation.stats'),
    issues: sorted(at('validation.issues')),
    figures: sorted(at('derived.figures')),
    withheld: sorted(at('derived.withheld')),
    rules: { ...(json.rules as Json), failed: sorted(at('rules.failed')) },
    targets: sorted(json.targets),
    indicatorProgress: sorted(json.indicatorProgress),
    datasets,
  }
}

const country = (report: PipelineReport) => ({
  figures: report.derived.figures.filter((figure) => figure.unit === 'MN').length,
  results: (report.evaluation?.results ?? []).filter((result) => result.unit === 'MN').length,
  series: report.targets.filter((series) => series.unit === 'MN').length,
})

describe('a national run in parts (runPipelineInParts)', () => {
  it('reports what the whole run reports, province by province and then the country', async () => {
    const options = mini(MINI_PACK, miniRecords())
    const whole = await runPipeline(options)
    // The country's own figures, results and series are the top run's: there must be some.
    const own = country(whole)
    expect(own.figures).toBeGreaterThan(0)
    expect(own.results).toBeGreaterThan(0)
    expect(own.series).toBeGreaterThan(0)
    const { json, parts } = await inParts(options)
    // MN's three provinces and VN's own, then the two tops together.
    expect(parts.runs).toBe((unitParts(whole.units)?.parts.length ?? 0) + 1)
    expect(parts.runs).toBeGreaterThan(4)
    expect(asSets(json)).toEqual(asSets(reportJsonValue(whole, 'en') as Json))
    expect(parts.valid).toBe(whole.valid)
    expect(parts.summary).toEqual(whole.summary)
    expect(ReportJsonSchema.safeParse(json).success).toBe(true)
  })

  it('gives the country what rests on every province’s data where the provinces differ', async () => {
    const options = mini(UNEVEN_PACK, unevenRecords())
    const whole = await runPipeline(options)
    expect(whole.derived.withheld.some((figure) => figure.unit === 'P1')).toBe(true)
    const { json } = await inParts(options)
    expect(asSets(json)).toEqual(asSets(reportJsonValue(whole, 'en') as Json))
  })

  it('runs provinces a merger joined as one part, and carries their series', async () => {
    const options = mergerRun()
    const whole = await runPipeline(options)
    const cut = unitParts(whole.units)!
    // A and B became M: one part of the three; no unit in two parts or in a part and the top.
    const scopes = cut.parts.map((part) => unitScope(whole.units, part))
    const withA = scopes.find((scope) => scope.units.some((unit) => unit.code === 'A'))
    const provinces = withA?.units.filter((unit) => unit.kind === 'province')
    expect(provinces?.map((unit) => unit.code).sort()).toEqual(['A', 'B', 'M'])
    const held = [...scopes.flatMap((scope) => scope.units), ...cut.top]
    expect(held).toHaveLength(whole.units.units.length)
    expect(new Set(held).size).toBe(held.length)
    const { json, parts } = await inParts(options)
    expect(parts.runs).toBe(cut.parts.length + 1)
    expect(asSets(json)).toEqual(asSets(reportJsonValue(whole, 'en') as Json))
  })

  it('counts rows naming no unit once, in the country’s run, and caps issues once', async () => {
    const observations = `${miniObservations().trimEnd()}\nhousehold_fibre_rate,ZZ8,2023,50,,,,actual,x\nhousehold_fibre_rate,,2023,50,,,,actual,x\n`
    const options = mini(MINI_PACK, miniRecords(), observations)
    const whole = await runPipeline(options)
    const lines = miniObservations().trimEnd().split('\n').length
    const unplaced = whole.validation.issues.filter(
      (issue) => issue.location?.file === 'so-lieu.csv' && (issue.location.row ?? 0) > lines,
    )
    expect(unplaced.map((issue) => issue.code)).toEqual(['unknown_unit', 'invalid_type'])
    expect(asSets((await inParts(options)).json)).toEqual(
      asSets(reportJsonValue(whole, 'en') as Json),
    )
    // Past the cap the issues kept are the first of each run, not the whole run's: the
    // counts and the cap's one warning compare.
    const capped = { ...options, maxIssues: 3 }
    const merged = asSets((await inParts(capped)).json)
    const expected = asSets(reportJsonValue(await runPipeline(capped), 'en') as Json)
    expect({ ...merged, issues: undefined }).toEqual({ ...expected, issues: undefined })
    expect(merged.issues).toHaveLength(4)
    expect(merged.issues.filter((text) => text.includes('too_many_issues'))).toHaveLength(1)
  })

  it('reports a reused code’s issue once, in the part its period places it', async () => {
    // X1 named a commune of P1, then one of P2: a value that cannot be read (the reader's
    // issue), and one out of bounds (the row's check), each in its own year.
    const options = {
      pack: REUSED_CODE_PACK,
      sources: [
        {
          name: 'xa.csv',
          text: 'indicator,unit,period,value\nhousehold_fibre_rate,X1,2018,abc\nhousehold_fibre_rate,X1,2021,155\n',
        },
      ],
      today: '2025-06-30',
      lang: 'en' as const,
    }
    const whole = await runPipeline(options)
    const ofX1 = (issues: readonly string[]) =>
      issues.filter((text) => text.includes('"unit":"X1"'))
    const expected = asSets(reportJsonValue(whole, 'en') as Json)
    expect(ofX1(expected.issues).length).toBeGreaterThanOrEqual(2)
    const merged = asSets((await inParts(options)).json)
    expect(merged).toEqual(expected)
  })

  it('writes the report indented or one line alike', async () => {
    const options = mini(MINI_PACK, miniRecords())
    const lines = await inParts(options)
    const flat = await inParts(options, 0)
    expect(flat.json).toEqual(lines.json)
    expect(flat.text.trimEnd()).not.toContain('\n')
  })

  it('refuses `units`: a run in parts covers the whole country', async () => {
    const options = { ...mini(MINI_PACK, miniRecords()), units: ['P1'] }
    await expect(
      runPipelineInParts(options as Parameters<typeof runPipelineInParts>[0]),
    ).rejects.toMatchObject({ code: 'invalid_option' })
  })
})
