import { createDataset, createUnitRegistry } from '@tiendo/core'
import { serializeAssessment } from '@tiendo/forecast'
import type { Indicator, Observation, Pack, Target, Unit } from '@tiendo/schema'
import { describe, expect, it } from 'vitest'
import { serializeTargetReport, targetReportJsonText, targetReportText } from './assess-json'
import { assessTargets } from './assess-targets'
import { planAssessments, toTargetReport } from './assessment-plan'
import { assessSeries } from './series-assessment'

const units: Unit[] = [
  { code: 'VN', name: { vi: 'Việt Nam', en: 'Viet Nam' }, kind: 'country' },
  {
    code: '58',
    name: { vi: 'Ninh Thuận', en: 'Ninh Thuan' },
    kind: 'province',
    parent: 'VN',
    validTo: '2025-06-30',
  },
  { code: '56', name: { vi: 'Khánh Hòa (cũ)' }, kind: 'province', validTo: '2025-06-30' },
  { code: '56', name: { vi: 'Khánh Hòa' }, kind: 'province', validFrom: '2025-07-01' },
]

const percent = (id: string, direction: Indicator['direction'] = 'increase'): Indicator => ({
  id,
  name: { vi: id, en: id },
  unit: 'percent',
  direction,
  bounds: { min: '0', max: '100' },
  aggregation: { method: 'none' },
})

const indicators: Indicator[] = [
  percent('digital_economy_share_grdp'),
  percent('household_fibre_rate'),
  percent('smartphone_user_rate'),
  percent('paper_share', 'decrease'),
  percent('room_temperature', 'target_band'),
]

const target = (
  id: string,
  indicator: string,
  value: string,
  by: string,
  scope: { unit: string } | { unitKind: string },
  comparator: Target['comparator'] = 'gte',
): Target => ({ id, indicator, comparator, value, by, ...scope })

const targets: Target[] = [
  target('de_2025', 'digital_economy_share_grdp', '20', '2025', { unit: 'VN' }),
  target('de_2030', 'digital_economy_share_grdp', '30', '2030', { unit: 'VN' }),
  target('fibre_2025', 'household_fibre_rate', '80', '2025', { unit: 'VN' }),
  target('de_58_2030', 'digital_economy_share_grdp', '30', '2030', { unit: '58' }),
  target('de_56_2030', 'digital_economy_share_grdp', '30', '2030', { unit: '56@2025-07-01' }),
  target('paper_wrong_way', 'paper_share', '10', '2025', { unit: 'VN' }),
  target('smartphone_provinces', 'smartphone_user_rate', '95', '2025', { unitKind: 'province' }),
  target('smartphone_58', 'smartphone_user_rate', '90', '2025', { unit: '58' }),
  target('band', 'room_temperature', '18', '2025', { unit: 'VN' }, 'between'),
]
targets.at(-1)!.upper = '24'
// A target whose comparator contradicts the indicator's direction: refused, not thrown.
targets[5] = { ...targets[5]!, comparator: 'gte' }

const pack: Pack = {
  id: 'test',
  version: '1.0.0',
  title: { vi: 'Gói thử', en: 'Test pack' },
  indicators,
  units,
  targets,
}

const obs = (indicator: string, unit: string, period: string, value: string): Observation => ({
  indicator,
  unit,
  period,
  value,
})

const digitalEconomy = [
  ['2020', '12.66'],
  ['2021', '12.87'],
  ['2022', '12.83'],
  ['2023', '12.87'],
  ['2024', '13.17'],
  ['2025', '14.02'],
] as const

const observations: Observation[] = [
  ...digitalEconomy.map(([period, value]) =>
    obs('digital_economy_share_grdp', 'VN', period, value),
  ),
  obs('household_fibre_rate', 'VN', '2021', '65'),
  obs('household_fibre_rate', 'VN', '2023', '79.4'),
  obs('household_fibre_rate', 'VN', '2024-H1', '82.2'),
  obs('digital_economy_share_grdp', '58', '2023', '9.56'),
  obs('digital_economy_share_grdp', '56@2025-07-01', '2024', '11'),
  obs('digital_economy_share_grdp', '56@2025-07-01', '2025', '12'),
  obs('smartphone_user_rate', '58', '2022', '80'),
  obs('smartphone_user_rate', '58', '2024', '87.5'),
  obs('smartphone_user_rate', '56', '2023', '83'),
  obs('smartphone_user_rate', 'VN', '2022', '73.5'),
  obs('smartphone_user_rate', 'VN', '2024', '79.9'),
  obs('paper_share', 'VN', '2022', '40'),
  obs('paper_share', 'VN', '2024', '30'),
  obs('room_temperature', 'VN', '2024', '21'),
]

const registry = createUnitRegistry(units)
const { dataset, issues } = createDataset({ observations, units: registry })

const find = (reports: ReturnType<typeof assessTargets>, indicator: string, unit: string) =>
  reports.find((r) => r.indicatorId === indicator && r.unit === unit)

describe('assessTargets', () => {
  const reports = assessTargets(pack, dataset)

  it('reads a dataset with every value indexed', () => {
    expect(issues.filter((issue) => issue.severity === 'error')).toEqual([])
  })

  it('assesses the national digital economy against 2030, the 2025 target missed', () => {
    const report = find(reports, 'digital_economy_share_grdp', 'VN')!
    expect(report.targets.map((t) => t.id)).toEqual(['de_2025', 'de_2030'])
    expect(report.target?.id).toBe('de_2030')
    expect(report.assessment.targets.map((t) => [t.id, t.outcome])).toEqual([
      ['de_2025', 'missed'],
      ['de_2030', 'pending'],
    ])
    // Eurostat growth ratio: CAGR observed 2020–2025 over CAGR required 2020–2030.
    const observed = (14.02 / 12.66) ** (1 / 5) - 1
    const required = (30 / 12.66) ** (1 / 10) - 1
    expect(Number(report.assessment.ratio)).toBeCloseTo(observed / required, 10)
    expect(report.assessment.status).toBe('limited_progress')
    expect(report.series.map((p) => [p.period, p.value])).toEqual(digitalEconomy)
  })

  it('finds a series that has reached its target achieved', () => {
    const report = find(reports, 'household_fibre_rate', 'VN')!
    expect(report.target?.id).toBe('fibre_2025')
    expect(report.assessment.status).toBe('achieved')
    expect(report.assessment.latest?.period).toBe('2024-H1')
  })

  it('keeps the target of a unit that ceased (58 by 2030) and resolves a dated reference', () => {
    const ninhThuan = find(reports, 'digital_economy_share_grdp', '58')!
    expect(ninhThuan.target?.id).toBe('de_58_2030')
    expect(ninhThuan.unitName.vi).toBe('Ninh Thuận')
    expect(ninhThuan.assessment.status).toBe('insufficient_data')
    expect(ninhThuan.assessment.explanation?.code).toBe('single_observation')
    const merged = find(reports, 'digital_economy_share_grdp', '56@2025-07-01')!
    expect(merged.target?.id).toBe('de_56_2030')
    expect(merged.series).toHaveLength(2)
  })

  it("applies a kind's target to every unit of the kind, the unit's own target first", () => {
    const own = find(reports, 'smartphone_user_rate', '58')!
    expect(own.targets.map((t) => t.id)).toEqual(['smartphone_58'])
    const oldKhanhHoa = find(reports, 'smartphone_user_rate', '56')!
    expect(oldKhanhHoa.targets.map((t) => t.id)).toEqual(['smartphone_provinces'])
    // The merged Khánh Hòa exists in 2025 but has no data: assessed, without data.
    const merged = find(reports, 'smartphone_user_rate', '56@2025-07-01')!
    expect(merged.series).toEqual([])
    expect(merged.assessment.status).toBe('insufficient_data')
  })

  it('assesses a series without a target on its trend', () => {
    const national = find(reports, 'smartphone_user_rate', 'VN')!
    expect(national.target).toBeUndefined()
    expect(national.targets).toEqual([])
    expect(national.assessment.status).toBe('improving')
  })

  it('turns a target the assessment refuses into insufficient_data with the reason', () => {
    const report = find(reports, 'paper_share', 'VN')!
    expect(report.assessment.status).toBe('insufficient_data')
    expect(report.assessment.explanation?.code).toBe('comparator_direction')
    expect(report.assessment.explanation?.message.vi).toContain('ngược với hướng')
    expect(report.assessment.reason).toContain('contradicts')
  })

  it('leaves out band indicators and between targets, which rules check', () => {
    expect(reports.some((r) => r.indicatorId === 'room_temperature')).toBe(false)
  })

  it('orders series by indicator in pack order, then unit in registry order', () => {
    const order = reports.map((r) => `${r.indicatorId}|${r.unit}`)
    expect(order.slice(0, 3)).toEqual([
      'digital_economy_share_grdp|VN',
      'digital_economy_share_grdp|58',
      'digital_economy_share_grdp|56@2025-07-01',
    ])
    expect(JSON.stringify(assessTargets(pack, dataset).map(serializeTargetReport))).toBe(
      JSON.stringify(reports.map(serializeTargetReport)),
    )
  })

  it('assesses only the targets asked for, and without trends', () => {
    const only = assessTargets(pack, dataset, { targets: ['de_2025'] })
    expect(only).toHaveLength(1)
    expect(only[0]!.targets.map((t) => t.id)).toEqual(['de_2025'])
    // Past and missed: the status says how far the progress got, never on_track.
    expect(only[0]!.assessment.target?.outcome).toBe('missed')
    expect(only[0]!.assessment.status).toBe('limited_progress')
    const noTrends = assessTargets(pack, dataset, { withoutTargets: false })
    expect(noTrends.every((r) => r.targets.length > 0)).toBe(true)
    const byIndicator = assessTargets(pack, dataset, { indicators: ['household_fibre_rate'] })
    expect(byIndicator.map((r) => r.unit)).toEqual(['VN'])
  })

  it('uses the method asked for', () => {
    const [linear] = assessTargets(pack, dataset, { targets: ['de_2030'], method: 'linear' })
    expect(linear!.assessment.method).toBe('linear')
    expect(linear!.assessment.interval).not.toBeNull()
  })

  it('writes a series from its assessment as JSON text exactly as from the series itself', () => {
    const chosen = new Set<string | null>()
    for (const planned of planAssessments(pack, dataset)) {
      const assessment = assessSeries(planned.input)
      const target = assessment.target?.id ?? null
      chosen.add(target)
      const written = JSON.stringify(serializeTargetReport(toTargetReport(planned, assessment)))
      expect(
        targetReportJsonText(planned, target, JSON.stringify(serializeAssessment(assessment))),
      ).toBe(written)
      // Written on this thread, straight from the report.
      expect(targetReportText(toTargetReport(planned, assessment))).toBe(written)
    }
    // Trends (no target) and series assessed against a target both occur.
    expect(chosen.has(null)).toBe(true)
    expect(chosen.size).toBeGreaterThan(2)
  })

  it('serializes every decimal as a string', () => {
    const json = serializeTargetReport(find(reports, 'digital_economy_share_grdp', 'VN')!)
    expect(json.target).toBe('de_2030')
    expect(json.targets[1]).toMatchObject({ id: 'de_2030', value: '30', by: '2030' })
    expect(typeof json.assessment.ratio).toBe('string')
    expect(json.assessment.latest).toEqual({ period: '2025', value: '14.02' })
    const text = JSON.stringify(json)
    expect(text).not.toMatch(/\d[eE][+-]?\d/)
  })
})
