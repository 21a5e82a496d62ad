import type { Composite, Indicator } from '@tiendo/schema'

/** An indicator with its id as its name in both languages. */
export function indicator(
  id: string,
  unit: string,
  aggregation: Indicator['aggregation'],
  extra: Partial<Indicator> = {},
): Indicator {
  return { id, name: { vi: id, en: id }, unit, direction: 'increase', aggregation, ...extra }
}

/** Counts that add up. */
export const DX_PRODUCTS = indicator('dx_products_completed', 'count', { method: 'sum' })
export const ENTERPRISES = indicator('ecommerce_enterprise_count', 'count', { method: 'sum' })
/** Households with fibre, as a percent of households: a ratio of sums. */
export const FIBRE_RATE = indicator(
  'household_fibre_rate',
  'percent',
  { method: 'ratio_of_sums' },
  {
    derivation: {
      kind: 'ratio',
      numerator: 'fibre_households',
      denominator: 'households',
      factor: '100',
    },
  },
)
export const FIBRE_HOUSEHOLDS = indicator('fibre_households', 'count', { method: 'sum' })
export const HOUSEHOLDS = indicator('households', 'count', { method: 'sum' })
/** A percent declared as a ratio of sums but without its parts. */
export const SMARTPHONE_RATE = indicator('smartphone_user_rate', 'percent', {
  method: 'ratio_of_sums',
})
/** A share weighted by GRDP. */
export const DIGITAL_ECONOMY_SHARE = indicator('digital_economy_share_grdp', 'percent', {
  method: 'weighted_mean',
  weight: 'grdp',
})
export const GRDP = indicator('grdp', 'vnd_billion', { method: 'sum' })
/** The DTI: not aggregated over units, carried across mergers as the plain average. */
export const DTI = indicator('dti_score', 'score', { method: 'none' }, { carry: 'mean' })
export const DTI_RANK = indicator('dti_rank', 'rank', { method: 'none' }, { carry: 'refuse' })
export const MEAN_SCORE = indicator('mean_score', 'score', { method: 'mean' })
export const MIN_SCORE = indicator('min_score', 'score', { method: 'min' })
export const MAX_SCORE = indicator('max_score', 'score', { method: 'max' })

export const INDICATORS: Indicator[] = [
  DX_PRODUCTS,
  ENTERPRISES,
  FIBRE_RATE,
  FIBRE_HOUSEHOLDS,
  HOUSEHOLDS,
  SMARTPHONE_RATE,
  DIGITAL_ECONOMY_SHARE,
  GRDP,
  DTI,
  DTI_RANK,
  MEAN_SCORE,
  MIN_SCORE,
  MAX_SCORE,
]

/** A composite scored into MEAN_SCORE: access (the fibre rate, 60 points), skills (40). */
export const SCORE_COMPOSITE: Composite = {
  indicator: MEAN_SCORE.id,
  indices: [
    {
      id: 'access',
      points: '60',
      components: [{ indicator: FIBRE_RATE.id, scale: { min: '0', max: '100' } }],
    },
    { id: 'skills', points: '40', components: [{ indicator: MIN_SCORE.id }] },
  ],
}
