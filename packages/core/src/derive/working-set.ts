/**
 * The figures derivation reads and adds to: the submitted dataset, and what has been derived
 * so far. A submitted figure always stands; a derived one is added only where none was
 * submitted. @internal
 */

import type { DataPoint } from '../data-point'
import type { Dataset } from '../dataset'
import type { Provenance } from './provenance'

/** indicator → canonical period → unit keys with a figure. */
type PeriodIndex = Map<string, Map<string, string[]>>

/** @internal */
export class WorkingSet {
  /** indicator → unit key → canonical period → derived point. */
  private readonly derivedTree = new Map<string, Map<string, Map<string, DataPoint>>>()
  private readonly added: DataPoint[] = []
  private readonly index: PeriodIndex = new Map()

  /** Provenances without inputs, shared by method, rule and day (see `write`). */
  private readonly bare = new Map<string, Provenance>()

  /**
   * @param write Given each point as it is added, whole; the set then keeps it without its
   * provenance's inputs and coverage, which only a report shows (derivation reads none).
   */
  constructor(
    readonly submitted: Dataset,
    private readonly write?: ((point: DataPoint) => void) | undefined,
  ) {
    submitted.forEachKey((indicator, unit, period) => this.indexKey(indicator, unit, period))
  }

  /** The submitted figure, else the derived one, else `undefined`. */
  get(indicator: string, unit: string, period: string): DataPoint | undefined {
    return (
      this.submitted.getByKey(indicator, unit, period) ??
      this.derivedTree.get(indicator)?.get(unit)?.get(period)
    )
  }

  /** The submitted figure only. */
  submittedPoint(indicator: string, unit: string, period: string): DataPoint | undefined {
    return this.submitted.getByKey(indicator, unit, period)
  }

  /** Adds a derived point; the caller has checked nothing is there yet. */
  add(added: DataPoint): void {
    let point = added
    if (this.write !== undefined) {
      this.write(point)
      point = { ...point, derived: this.bareProvenance(point.derived!) }
    }
    let byUnit = this.derivedTree.get(point.indicator)
    if (byUnit === undefined) {
      byUnit = new Map()
      this.derivedTree.set(point.indicator, byUnit)
    }
    let byPeriod = byUnit.get(point.unit)
    if (byPeriod === undefined) {
      byPeriod = new Map()
      byUnit.set(point.unit, byPeriod)
    }
    byPeriod.set(point.period, point)
    this.added.push(point)
    this.indexKey(point.indicator, point.unit, point.period)
  }

  /** The derived points, in the order added. */
  derived(): readonly DataPoint[] {
    return this.added
  }

  /** The periods with a figure of an indicator (submitted or derived), in the order first seen. */
  periods(indicator: string): readonly string[] {
    return [...(this.index.get(indicator)?.keys() ?? [])]
  }

  /** The units with a figure of an indicator in a period. */
  unitsWith(indicator: string, period: string): readonly string[] {
    return this.index.get(indicator)?.get(period) ?? []
  }

  private bareProvenance(provenance: Provenance): Provenance {
    const { method, rule, date } = provenance
    const key = `${method}\u0000${rule}\u0000${date ?? ''}`
    let bare = this.bare.get(key)
    if (bare === undefined) {
      bare = date === undefined ? { method, rule, inputs: [] } : { method, rule, inputs: [], date }
      this.bare.set(key, bare)
    }
    return bare
  }

  private indexKey(indicator: string, unit: string, period: string): void {
    let byPeriod = this.index.get(indicator)
    if (byPeriod === undefined) {
      byPeriod = new Map()
      this.index.set(indicator, byPeriod)
    }
    const units = byPeriod.get(period)
    if (units === undefined) byPeriod.set(period, [unit])
    else units.push(unit)
  }
}
