import { type UnitScope, unitScope } from '@tiendo/core'
import { flattenIssue } from '@tiendo/io/parse'
import { serializeTargetReport } from '@tiendo/rules'
import type { Observation, Unit } from '@tiendo/schema'
import { describe, expect, it } from 'vitest'
import { MERGER_PACK, mergerObservations, mergerRun } from './__tests__/merger'
import {
  MINI_PACK,
  miniObservations,
  miniRecords,
  UNEVEN_PACK,
  unevenRecords,
} from './__tests__/mini-national'
import { REUSED_CODE_PACK } from './__tests__/reused-code'
import { runPipeline } from './browser'
import { reportToHtml } from './render/report-html'
import { reportToMarkdown } from './render/report-markdown'
import { reportToPretty } from './render/report-pretty'
import type { PipelineReport } from './report/report'
import { derivedJson, reportJsonValue, ruleResultJson } from './report/report-json'
import { ReportJsonSchema } from './report/report-json-schema'
import type { BrowserSource } from './run/options'
import { PipelineError } from './run/pipeline-error'

const mini = (units?: readonly string[], country = { pack: MINI_PACK, records: miniRecords() }) =>
  runPipeline({
    pack: country.pack,
    sources: [
      { name: 'so-lieu.csv', text: miniObservations() },
      { name: 'san-pham.csv', text: country.records, kind: 'records' },
    ],
    today: '2025-06-30',
    lang: 'en',
    units,
  })

const merger = (units?: readonly string[]) => runPipeline({ ...mergerRun(), units })

/**
 * What a report says about units, as JSON texts, sorted: comparable whatever the order. With
 * `scope`, only what it says about the units inside: figures, results and series by their
 * unit's key; issues by the reference as written, kept when it names no unit at all.
 */
function findings(report: PipelineReport, scope?: UnitScope) {
  const inside = (key: string) => scope === undefined || scope.hasKey(key)
  const named = (ref: string) => {
    if (scope === undefined) return true
    const units = ref.includes('@') ? [report.units.get(ref)] : report.units.withCode(ref)
    const known = units.filter((unit): unit is Unit => unit !== undefined)
    return known.length === 0 || known.some(scope.has)
  }
  const texts = <T>(list: readonly T[], unitOf: (item: T) => string, json: (item: T) => unknown) =>
    list
      .filter((item) => inside(unitOf(item)))
      .map((item) => JSON.stringify(json(item)))
      .sort()
  return {
    issues: report.validation.issues
      .filter((issue) => {
        const unit = (issue as { unit?: unknown }).unit
        return typeof unit !== 'string' || named(unit)
      })
      .map((issue) => JSON.stringify(flattenIssue(issue, 'en')))
      .sort(),
    derived: texts(report.derived.figures, (figure) => figure.unit, derivedJson),
    withheld: texts(
      report.derived.withheld,
      (figure) => figure.unit,
      (figure) => figure,
    ),
    results: texts(
      report.evaluation?.results ?? [],
      (result) => result.unit,
      (result) => ruleResultJson(result, 'en'),
    ),
    series: texts(report.targets, (series) => series.unit, serializeTargetReport),
  }
}

describe('a run limited to a part of the unit tree (`units`)', () => {
  it('finds for each province what the whole run finds for it and the units under it', async () => {
    const whole = await mini()
    for (const province of ['P1', 'P2', 'P3']) {
      const scope = unitScope(whole.units, [province])
      const part = await mini([province])
      const expected = findings(whole, scope)
      const found = findings(part)
      expect(found).toEqual(expected)
      expect(found.derived.length).toBeGreaterThan(0)
      expect(found.results.length).toBeGreaterThan(0)
      expect(found.series.length).toBeGreaterThan(0)
      expect(part.scope).toEqual({ units: [province] })
    }
  })

  it('finds what the whole run finds where the other parts’ data reach further', async () => {
    const country = { pack: UNEVEN_PACK, records: unevenRecords() }
    const uneven = (units?: readonly string[]) => mini(units, country)
    const whole = await uneven()
    // What rests on the others' data, in the whole run: P1's count waits for its departments
    // (others' departments report), P2's units count 0 products in 2019 (others' records
    // reach back), and the rule naming no periods runs from the country's 2018.
    const p1Count = whole.derived.withheld.filter(
      (figure) => figure.unit === 'P1' && figure.indicator === 'dx_products_completed',
    )
    expect(p1Count.map((figure) => figure.reason.code)).toContain('missing_children')
    const p2Zero = whole.derived.figures.find(
      (figure) =>
        figure.indicator === 'dx_products_completed' &&
        figure.unit === 'C02' &&
        figure.period === '2019',
    )
    expect(p2Zero?.value?.toString()).toBe('0')
    const at2018 = (report: PipelineReport) =>
      report.evaluation?.results.filter(
        (result) => result.ruleId === 'province_reports' && result.period === '2018',
      ) ?? []
    const ours = (results: readonly { readonly unit: string }[]) =>
      results.map((result) => result.unit).filter((unit) => /^P\d$/.test(unit))
    expect(ours(at2018(whole))).toEqual(['P1', 'P2', 'P3'])
    for (const province of ['P1', 'P2', 'P3']) {
      const part = await uneven([province])
      expect(findings(part)).toEqual(findings(whole, unitScope(whole.units, [province])))
      expect(ours(at2018(part))).toEqual([province])
    }
  })

  it('leaves the rows of other units out before they are read: counts are the part’s', async () => {
    const whole = await mini()
    const parts = await Promise.all(['P1', 'P2', 'P3'].map((province) => mini([province])))
    const rows = parts.map((part) => part.validation.stats.rows)
    // Each province holds about a third of the communes' and agencies' rows.
    for (const count of rows) {
      expect(count).toBeGreaterThan(whole.validation.stats.rows / 5)
      expect(count).toBeLessThan(whole.validation.stats.rows / 2)
    }
    // Nothing derived (or withheld) above the part: the country's figures would rest on one
    // province, where the whole run tries them.
    const country = (report: PipelineReport) =>
      [...report.derived.figures, ...report.derived.withheld].filter((f) => f.unit === 'VN')
    for (const part of parts) expect(country(part)).toEqual([])
    expect(country(whole).length).toBeGreaterThan(0)
  })

  it('carries a merged province’s series from the provinces it was formed from', async () => {
    const whole = await merger()
    // Named by its code, the merged province brings the two it was formed from.
    const part = await merger(['M'])
    expect(findings(part)).toEqual(findings(whole, unitScope(whole.units, ['M'])))
    const carried = part.targets.find(
      (series) => series.indicatorId === 'household_fibre_rate' && series.unit === 'M@2025-07-01',
    )
    expect(carried?.series.filter((point) => point.derived === 'carry')).toHaveLength(5)
    // And a province it was formed from brings the merged one and its sibling.
    const fromA = await merger(['A'])
    expect(findings(fromA)).toEqual(findings(part))
  })

  it('writes the part it covers in the JSON report, which the schema accepts', async () => {
    const part = await merger(['M'])
    const json = reportJsonValue(part, 'en')
    expect(json.scope).toEqual({ units: ['M'] })
    expect(ReportJsonSchema.safeParse(json).success).toBe(true)
    expect('scope' in reportJsonValue(await merger(), 'en')).toBe(false)
  })

  it('says which part it covers at the top of every human report, in both languages', async () => {
    const part = await merger(['M'])
    const en = 'Covers: M province (M), with the units under them and the units they were'
    expect(reportToMarkdown(part, { lang: 'en' })).toContain(en)
    expect(reportToHtml(part, { lang: 'en' })).toContain(en)
    expect(reportToPretty(part, { lang: 'en', width: 200 })).toContain(en)
    expect(reportToMarkdown(part, { lang: 'vi' })).toContain('Phạm vi: Tỉnh M (M), cùng các đơn vị')
    const whole = await merger()
    expect(reportToMarkdown(whole, { lang: 'en' })).not.toContain('Covers:')
  })

  it('places a row naming a reused code by its period', async () => {
    const row = (period: string, value: string) => ({
      indicator: 'household_fibre_rate',
      unit: 'X1',
      period,
      value,
    })
    const run = (units: string[]) =>
      runPipeline({
        pack: REUSED_CODE_PACK,
        sources: [{ name: 'xa.csv', observations: [row('2018', '40'), row('2021', '55')] }],
        today: '2025-06-30',
        units,
      })
    const periods = (report: PipelineReport) =>
      report.targets.flatMap((series) =>
        series.series.map((point) => `${series.unit} ${point.period}`),
      )
    expect(periods(await run(['P1']))).toEqual(['X1 2018'])
    expect(periods(await run(['P2']))).toEqual(['X1@2020-01-01 2021'])
    expect((await run(['P2'])).validation.stats.observations).toBe(1)
  })

  it('refuses a unit the pack does not have, naming it', async () => {
    const refused = await merger(['X9', 'M']).catch((error: unknown) => error)
    expect(refused).toBeInstanceOf(PipelineError)
    expect((refused as PipelineError).code).toBe('invalid_option')
    expect((refused as PipelineError).text.en).toContain('`X9`')
    const empty = await merger([' ']).catch((error: unknown) => error)
    expect((empty as PipelineError).code).toBe('invalid_option')
  })

  it('reads a store’s rows of the part when the source can select them', async () => {
    const asked: ReadonlySet<string>[] = []
    const run = (source: BrowserSource) =>
      runPipeline({ pack: MERGER_PACK, sources: [source], today: '2026-06-30', units: ['M'] })
    const filtered = await run({
      name: 'so-lieu.csv',
      kind: 'observations',
      rowItems: rowItemsOf(mergerObservations()),
    })
    const selected = await run({
      name: 'so-lieu.csv',
      kind: 'observations',
      rowItems: failIfRead(),
      rowItemsWithin: (scope) => {
        asked.push(scope.outsideCodes)
        // As a store selects: rows naming a code of units outside only are left where they are.
        return rowItemsOf(mergerObservations().filter((row) => !scope.outsideCodes.has(row.unit)))
      },
      // And what those rows say, summed up as a store sums them.
      describeOutside: async (scope, collect) => {
        for (const row of mergerObservations()) {
          if (!scope.outsideCodes.has(row.unit)) continue
          collect.observedUnit(row.indicator, row.unit)
          collect.observedPeriod(row.indicator, row.period)
        }
      },
    })
    // Without the summary, selecting would lose what the others' rows say: every row is read.
    const unsummed = await run({
      name: 'so-lieu.csv',
      kind: 'observations',
      rowItems: rowItemsOf(mergerObservations()),
      rowItemsWithin: () => failIfRead(),
    })
    expect(findings(unsummed)).toEqual(findings(filtered))
    expect(asked).toHaveLength(1)
    expect([...asked[0]!].filter((code) => ['M', 'A', 'B', 'A1', 'VN'].includes(code))).toEqual([
      'VN',
    ])
    expect(findings(selected)).toEqual(findings(filtered))
    expect(selected.validation.stats).toEqual(filtered.validation.stats)
    expect(findings(selected).series.length).toBeGreaterThan(0)
  })
})

/** Rows that fail the test when anything starts reading them. */
function failIfRead(): AsyncIterable<never> {
  return {
    [Symbol.asyncIterator]() {
      throw new Error('rows were read that should not have been')
    },
  }
}

async function* rowItemsOf(observations: readonly Observation[]) {
  const columns = ['indicator', 'unit', 'period', 'value']
  yield { kind: 'header' as const, columns, location: { file: 'so-lieu.csv', row: 1 } }
  let row = 1
  for (const observation of observations) {
    row++
    const cells = Object.fromEntries(
      columns.map((column) => [column, String(observation[column as keyof Observation])]),
    )
    yield { kind: 'row' as const, cells, location: { file: 'so-lieu.csv', row } }
  }
}
