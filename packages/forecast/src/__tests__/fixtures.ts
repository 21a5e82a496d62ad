import type { ObservationInput } from '../types'

/** Observations from `[period, value]` pairs. */
export function series(...pairs: [string, string | number][]): ObservationInput[] {
  return pairs.map(([period, value]) => ({ period, value }))
}

/**
 * Vietnam's digital economy as a share of GDP (statistics office method), as published and
 * bundled in `@tiendo/packs` (`datasets/vietnam.csv`, each row with its source): 2020–2024
 * actual, 2025 estimate.
 */
export const DIGITAL_ECONOMY = series(
  ['2020', '12.66'],
  ['2021', '12.87'],
  ['2022', '12.83'],
  ['2023', '12.87'],
  ['2024', '13.17'],
  ['2025', '14.02'],
)

/** Ninh Thuận's DTI rank of 63 provinces (`datasets/ninh-thuan.csv` of `@tiendo/packs`): lower is better. */
export const NINH_THUAN_DTI_RANK = series(['2020', 63], ['2021', 53], ['2022', 27])

/** Decision 411/QĐ-TTg: 20% by 2025, 30% by 2030. */
export const DIGITAL_ECONOMY_TARGETS = [
  { value: '20', by: '2025' },
  { value: '30', by: '2030' },
]
