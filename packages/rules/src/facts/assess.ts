import type { Comparator, MethodologyProfile } from '@tiendo/schema'
import type { Decimal } from 'decimal.js'
import type { SeriesPoint } from '../fact-source'

/** A decimal as an assessment may give it. */
export type AssessedValue = string | number | Decimal

/** The trend methods an assessment may use. */
export type AssessMethod = 'cagr' | 'linear' | 'weighted-linear' | 'logit'

/** The methods, as a list. @internal */
export const ASSESS_METHODS: readonly AssessMethod[] = [
  'cagr',
  'linear',
  'weighted-linear',
  'logit',
]

/**
 * What the progress facts ask of an assessment: a subset of the input of `assessProgress`
 * in `@tiendo/forecast`, which is the default assessment.
 */
export interface AssessInput {
  readonly observations: readonly SeriesPoint[]
  readonly direction: 'increase' | 'decrease'
  readonly target?:
    | {
        readonly id?: string | undefined
        readonly value: AssessedValue
        readonly by: string
        /** Only the comparators a trend can be judged against; others are left to the default. */
        readonly comparator?: Extract<Comparator, 'gt' | 'gte' | 'lt' | 'lte'> | undefined
        readonly baseYear?: string | undefined
        readonly methodology?: MethodologyProfile | undefined
      }
    | undefined
  readonly method?: AssessMethod | undefined
  readonly profile?: MethodologyProfile | undefined
}

/** A period and its value, as an assessment reports its baseline and latest point. */
export interface AssessedPoint {
  readonly period: string
  readonly value: AssessedValue | null
}

/**
 * What the progress facts read from an assessment (a subset of `assessProgress`'s
 * result). Absent or `null` figures are missing.
 */
export interface AssessOutput {
  readonly status: string
  readonly baseline?: AssessedPoint | null | undefined
  readonly latest?: AssessedPoint | null | undefined
  readonly cagr?: AssessedValue | null | undefined
  readonly requiredCagr?: AssessedValue | null | undefined
  readonly ratio?: AssessedValue | null | undefined
  readonly projected?: AssessedValue | null | undefined
  /** What is still to cover to the target (positive: not yet met). */
  readonly gap?: AssessedValue | null | undefined
  /** ESCAP's current status index, `±10 × (yt − y0) / |T − y0|` (10: target reached). */
  readonly currentStatus?: AssessedValue | null | undefined
  readonly reason?: string | undefined
}

/** Assesses progress on a series; `assessProgress` of `@tiendo/forecast` by default. */
export type Assess = (input: AssessInput) => AssessOutput
