/**
 * `deriveFigures`: every figure a pack declares and nobody submitted, computed from what was
 * submitted — counts of records, aggregates up the unit tree, ratios from their parts,
 * composite indices, series carried across reorganisations — each marked derived with its
 * provenance.
 */

import type { Composite, Indicator, Severity, TiendoIssue } from '@tiendo/schema'
import type { DataOutside } from '../data-outside'
import type { DataPoint } from '../data-point'
import type { Dataset } from '../dataset'
import { datasetWithDerived, datasetWithPoints } from '../dataset-with-points'
import { type ExactInput, toExact } from '../decimal'
import type { UnitRegistry } from '../units'
import { deriveAggregates } from './aggregate-tree'
import { deriveCarried } from './carry-series'
import { checkedIndicators, compositeOutputs } from './checked'
import { deriveComposites } from './composites'
import { DeriveContext } from './context'
import { derivationOrder } from './order'
import { deriveRatios } from './ratios'
import { deriveRecordCounts } from './record-counts'
import type { WithheldFigure } from './withheld'
import { WorkingSet } from './working-set'

/** Which kinds of figure {@link deriveFigures} derives. Each defaults to `true`. */
export interface DeriveSteps {
  /** Counts of records for indicators declared `derivation: record_count`. */
  readonly recordCounts?: boolean | undefined
  /** Ratios from a unit's own numerator and denominator (`derivation: ratio`). */
  readonly ratios?: boolean | undefined
  /** Aggregates up the unit tree by each indicator's `aggregation`. */
  readonly aggregate?: boolean | undefined
  /** The pack's composite indices. */
  readonly composites?: boolean | undefined
  /** Series of reorganised units carried from their predecessors by each indicator's `carry`. */
  readonly carry?: boolean | undefined
  /**
   * Only what a check of the submitted figures needs: the indicators someone submitted a
   * figure of, and those they are computed from (a ratio's parts, an aggregate's weights, a
   * composite's components). The issues are those of deriving everything, in the same
   * order; fewer figures are derived and withheld. What `tiendo validate` asks. Defaults to
   * `false`.
   */
  readonly checkedOnly?: boolean | undefined
  /**
   * With `checkedOnly`, these indicators too, and those they are computed from: their
   * figures are those deriving everything gives. `tiendo evaluate` names what its rules
   * read. Ignored without `checkedOnly`. Defaults to none.
   */
  readonly alsoDerive?: readonly string[] | undefined
}

/** What {@link deriveFigures} derives from. */
export interface DeriveOptions {
  /** The submitted figures and records, validated (refused values left out). */
  readonly dataset: Dataset
  /** The units, with their tree and lineage. Defaults to the registry the dataset was built with; one is required. */
  readonly units?: UnitRegistry | undefined
  /** The pack's indicators: how each aggregates, carries and is derived. */
  readonly indicators: readonly Indicator[]
  /** The pack's composite indices. Defaults to none. */
  readonly composites?: readonly Composite[] | undefined
  /**
   * The least share of children with a usable value for an aggregate, for indicators that
   * let children be absent and set no `minCoverage` (the pack's `derive.minCoverage`).
   * Defaults to 0.
   */
  readonly minCoverage?: ExactInput | undefined
  /** Which kinds of figure to derive. Defaults to all. */
  readonly steps?: DeriveSteps | undefined
  /**
   * When the dataset holds one part of the unit tree (see `unitScope`): what the data outside
   * it say (see `collectDataOutside`), so the part's figures are those the whole data give it
   * — its aggregates expect children of every kind that reports anywhere, and its record
   * counts run over every year the records of their kind span. Defaults to nothing outside.
   */
  readonly outside?: DataOutside | undefined
  /**
   * @internal Given each figure as soon as it is derived, whole with its provenance, for a
   * run that writes its figures out as it goes. The result's `derived` is then empty, and
   * its dataset holds each figure column-wise, its provenance without inputs or coverage
   * (the method and rule, which is all that evaluating and assessing read). Defaults to
   * keeping every figure whole.
   */
  readonly writeFigure?: ((point: DataPoint) => void) | undefined
  /**
   * @internal Given each issue as it is found: its severity at once, and `make`, which words
   * and locates it, for the caller to call only if it keeps the issue (a report keeps
   * 10,000; past them it counts). The result's `issues` is then empty. Defaults to listing
   * every issue, worded.
   */
  readonly addIssue?: ((severity: Severity, make: () => TiendoIssue) => void) | undefined
}

/** The figures derived, and what could not be. */
export interface DeriveResult {
  /** The submitted figures and the derived ones (each with `derived`), and the records. */
  readonly dataset: Dataset
  /** The derived figures, in the order derived: counts, aggregates, ratios, composites, carried. */
  readonly derived: readonly DataPoint[]
  /** Figures tried and not derived, each with the reason. */
  readonly withheld: readonly WithheldFigure[]
  /** `derived_value_differs`: a submitted figure that a derived one contradicts (it stands). */
  readonly issues: readonly TiendoIssue[]
}

/**
 * Derives what a pack declares and nobody submitted, in five steps, each reading what the
 * steps before produced: (1) counts of records as observations of their indicator; (2)
 * aggregates up the unit tree, deepest parents first, by each indicator's declared method,
 * missing-value strategy and least coverage; (3) ratios from a unit's own numerator and
 * denominator; (4) composite indices; (5) series of units that began on a reorganisation
 * day, carried from their predecessors by each indicator's carry rule. Where a submitted figure exists it stands, and a derived one that disagrees beyond
 * the indicator's `tolerance` (default 1%) raises `derived_value_differs`. Exact (decimal)
 * throughout; a division is kept at 40 significant digits, rounded half to even.
 *
 * Throws only on misuse (no unit registry); everything the data does not allow is a
 * withheld figure with its reason.
 */
export function deriveFigures(options: DeriveOptions): DeriveResult {
  const units = options.units ?? options.dataset.units
  if (units === undefined) {
    throw new TypeError(
      'deriveFigures needs the units: pass `units`, or build the dataset with `createDataset({ units })`.',
    )
  }
  const steps = options.steps ?? {}
  const working = new WorkingSet(options.dataset, options.writeFigure)
  const { addIssue } = options
  const ctx = new DeriveContext(working, units, options.indicators, options.outside, addIssue)
  let ordered = derivationOrder(options.indicators)
  let composites = options.composites ?? []
  if (steps.checkedOnly === true) {
    // Before anything is derived, the working set knows the submitted figures only.
    const checked = checkedIndicators(
      ordered,
      composites,
      (id) => working.periods(id).length > 0,
      steps.alsoDerive,
    )
    ordered = ordered.filter((indicator) => checked.has(indicator.id))
    composites = composites.filter((composite) =>
      compositeOutputs(composite).some((id) => checked.has(id)),
    )
  }
  const minCoverage = options.minCoverage === undefined ? undefined : toExact(options.minCoverage)
  if (steps.recordCounts !== false) deriveRecordCounts(ordered, options.dataset, ctx)
  if (steps.aggregate !== false) deriveAggregates(ordered, ctx, { minCoverage })
  // After aggregating: a parent's parts are summed, and its ratio is theirs (a ratio of sums).
  if (steps.ratios !== false) deriveRatios(ordered, ctx)
  if (steps.composites !== false) deriveComposites(composites, ctx)
  if (steps.carry !== false) deriveCarried(ordered, ctx)

  const derived = working.derived()
  const written = options.writeFigure !== undefined
  const added =
    working.layered(units) ??
    (written
      ? datasetWithDerived(options.dataset, derived, units)
      : datasetWithPoints(options.dataset, derived, units))
  if (addIssue !== undefined) {
    for (const issue of added.issues) addIssue(issue.severity, () => issue)
  }
  return {
    dataset: added.dataset,
    derived: written ? [] : derived,
    withheld: ctx.withheld,
    issues:
      addIssue !== undefined
        ? []
        : added.issues.length === 0
          ? ctx.issues
          : [...ctx.issues, ...added.issues],
  }
}
