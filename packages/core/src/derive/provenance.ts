/**
 * Where a derived figure came from: the method, the rule it followed, the figures it was
 * computed from, and (aggregates) how many children it covers. Every output format shows it.
 */

import type { SourceLocation } from '@tiendo/schema'
import type { Decimal } from 'decimal.js'
import type { FigureValue } from '../figure'

/**
 * How a figure nobody submitted was computed: `ratio` from the unit's own numerator and
 * denominator, `aggregate` up the unit tree, `carry` from the predecessors of a reorganised
 * unit, `composite` from an index's components, `record_count` from submitted records.
 */
export type DerivationMethod = 'ratio' | 'aggregate' | 'carry' | 'composite' | 'record_count'

/** The part an input played. */
export type ProvenanceRole =
  | 'value'
  | 'weight'
  | 'numerator'
  | 'denominator'
  | 'component'
  | 'record'

/** One figure (or record) a derived figure was computed from. */
export interface ProvenanceInput {
  readonly indicator: string
  /** The unit's key (`58`, `56@2025-07-01`). */
  readonly unit: string
  /** The canonical period (for a record, its date). */
  readonly period: string
  readonly role: ProvenanceRole
  /** The figure used; absent for a record. */
  readonly figure?: FigureValue | undefined
  /** The share of a predecessor that went into the successor (carry), when not whole. */
  readonly share?: Decimal | undefined
  /** Whether the input was itself derived (walk the dataset to see how). */
  readonly derived: boolean
  /** Where a submitted input was read. */
  readonly location?: SourceLocation | undefined
}

/** How many children an aggregate covers. */
export interface DerivedCoverage {
  /** The children valid on the day the tree was read. */
  readonly expected: number
  /** Those with a usable value (for `ratio_of_sums`: both numerator and denominator). */
  readonly reported: number
  /** `reported / expected`, exactly. Below 1, the figure covers part of the unit: reports flag it. */
  readonly share: Decimal
  /** The keys of the children without a usable value. */
  readonly missing: readonly string[]
}

/** The provenance of a derived figure. */
export interface Provenance {
  readonly method: DerivationMethod
  /**
   * What was followed: the aggregation method (`sum`, `ratio_of_sums`…), the carry rule
   * (`sum`, `ratio`, `mean`…), `composite`, or the record kind counted.
   */
  readonly rule: string
  readonly inputs: readonly ProvenanceInput[]
  /** Aggregates only. */
  readonly coverage?: DerivedCoverage | undefined
  /** The day the unit tree (aggregate) or the units (carry) were read on. */
  readonly date?: string | undefined
}
