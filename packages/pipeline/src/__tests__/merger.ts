import type { Observation, Pack, SubmittedRecord, Unit } from '@tiendo/schema'
import type { BrowserSource, PipelineOptions } from '../run/options'

/**
 * Two provinces, A and B, merged on 1 July 2025 into M (a new unit, `M@2025-07-01`), as
 * Resolution 202/2025/QH15 merged provinces; A's two communes and B's one merged into M's
 * two. The indicators are vn-national's: household fibre (a ratio of sums, carried by
 * recomputing it), GRDP (a sum) and the digital economy share (weighted by GRDP).
 */
const unit = (code: string, kind: string, extra: Partial<Unit> = {}): Unit => ({
  code,
  name: { vi: `${kind === 'province' ? 'Tỉnh' : 'Xã'} ${code}`, en: `${code} ${kind}` },
  kind,
  ...extra,
})

const MERGED = 'M@2025-07-01'

export const MERGER_UNITS: Unit[] = [
  unit('A', 'province', { parent: 'VN', validTo: '2025-06-30', successors: [{ unit: MERGED }] }),
  unit('B', 'province', { parent: 'VN', validTo: '2025-06-30', successors: [{ unit: MERGED }] }),
  unit('M', 'province', { parent: 'VN', validFrom: '2025-07-01' }),
  unit('A1', 'commune', {
    parent: 'A',
    validTo: '2025-06-30',
    successors: [{ unit: 'M1@2025-07-01' }],
  }),
  unit('A2', 'commune', {
    parent: 'A',
    validTo: '2025-06-30',
    successors: [{ unit: 'M1@2025-07-01' }],
  }),
  unit('B1', 'commune', {
    parent: 'B',
    validTo: '2025-06-30',
    successors: [{ unit: 'M2@2025-07-01' }],
  }),
  unit('M1', 'commune', { parent: 'M', validFrom: '2025-07-01' }),
  unit('M2', 'commune', { parent: 'M', validFrom: '2025-07-01' }),
]

/** A province pack written as the docs say: extends vn-national, units, a target, the quota. */
export const MERGER_PACK: Pack = {
  id: 'merger-test',
  version: '1.0.0',
  title: { vi: 'Hai tỉnh hợp nhất', en: 'Two merged provinces' },
  extends: 'vn-national',
  units: MERGER_UNITS,
  targets: [
    {
      id: 'fibre_m_2030',
      indicator: 'household_fibre_rate',
      unit: MERGED,
      comparator: 'gte',
      value: '90',
      by: '2030',
    },
  ],
  rules: [
    {
      id: 'dx_product_every_year',
      template: 'annual_quota',
      severity: 'error',
      // The pack's own provinces: `unitKinds: ['province']` would be every province of Vietnam.
      scope: { units: ['A', 'B', MERGED] },
      params: { record: 'dx_product', min: 1, partialYear: 'prorate' },
    },
  ],
}

const obs = (indicator: string, unitRef: string, period: string, value: string): Observation => ({
  indicator,
  unit: unitRef,
  period,
  value,
})

/**
 * Both predecessors report every year 2020–2024 (fibre households and households, GRDP and
 * the digital economy share); the merged province reports from 2025.
 */
export function mergerObservations(): Observation[] {
  const rows: Observation[] = []
  for (const [i, year] of ['2020', '2021', '2022', '2023', '2024'].entries()) {
    rows.push(
      obs('fibre_households', 'A', year, String(40_000 + 4_000 * i)),
      obs('households', 'A', year, '100000'),
      obs('fibre_households', 'B', year, String(90_000 + 6_000 * i)),
      obs('households', 'B', year, '150000'),
      obs('grdp', 'A', year, String(20_000 + 1_000 * i)),
      obs('grdp', 'B', year, String(60_000 + 3_000 * i)),
      obs('digital_economy_share_grdp', 'A', year, String(8 + i)),
      obs('digital_economy_share_grdp', 'B', year, String(12 + i)),
    )
  }
  rows.push(
    obs('fibre_households', 'M', '2025', '186000'),
    obs('households', 'M', '2025', '252000'),
  )
  return rows
}

/** DX products: each province one a year, the merged one from 2025. */
export function mergerRecords(): SubmittedRecord[] {
  const product = (unitRef: string, date: string): SubmittedRecord => ({
    kind: 'dx_product',
    unit: unitRef,
    date,
    status: 'completed',
    title: `${unitRef} ${date}`,
  })
  return [
    product('A', '2023-05-01'),
    product('B', '2023-06-01'),
    product('A', '2024-05-01'),
    product('B', '2024-06-01'),
    product('A', '2025-03-01'),
    product('M', '2025-09-01'),
  ]
}

/** The merger as one run: the pack, both sources, a day after the merger, in English. */
export function mergerRun(): PipelineOptions<BrowserSource> {
  return {
    pack: MERGER_PACK,
    sources: [
      { name: 'so-lieu.csv', observations: mergerObservations() },
      { name: 'san-pham.csv', records: mergerRecords() },
    ],
    today: '2026-06-30',
    lang: 'en',
  }
}
