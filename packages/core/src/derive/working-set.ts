/**
 * The figures derivation reads and adds to: the submitted dataset, and what has been derived
 * so far. A submitted figure always stands; a derived one is added only where none was
 * submitted. @internal
 */

import type { TiendoIssue } from '@tiendo/schema'
import { DerivedLayer } from '../compact/layered'
import type { DataPoint } from '../data-point'
import type { Dataset } from '../dataset'
import type { UnitRegistry } from '../units'
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
   * With `write`, over a compact dataset: the points added, as columns laid over it (no
   * point kept as an object; a national run derives hundreds of thousands).
   */
  private layer: DerivedLayer | undefined

  /**
   * @param write Given each point as it is added, whole; the set then keeps it without its
   * provenance's inputs and coverage, which only a report shows (derivation reads none).
   */
  constructor(
    readonly submitted: Dataset,
    private readonly write?: ((point: DataPoint) => void) | undefined,
  ) {
    submitted.forEachKey((indicator, unit, period) => this.indexKey(indicator, unit, period))
    if (write !== undefined) this.layer = DerivedLayer.over(submitted)
  }

  /** The submitted figure, else the derived one, else `undefined`. */
  get(indicator: string, unit: string, period: string): DataPoint | undefined {
    return (
      this.submitted.getByKey(indicator, unit, period) ??
      (this.layer === undefined
        ? this.derivedTree.get(indicator)?.get(unit)?.get(period)
        : this.layer.get(indicator, unit, period))
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
      const bare = this.bareProvenance(point.derived!)
      if (this.layer?.add(point, bare) === true) {
        this.indexKey(point.indicator, point.unit, point.period)
        return
      }
      // The dataset answers the key (the caller did not check): kept as objects from now
      // on, for `datasetWithDerived` to report.
      if (this.layer !== undefined) this.leaveLayer()
      point = { ...point, derived: bare }
    }
    this.keep(point)
    this.indexKey(point.indicator, point.unit, point.period)
  }

  /** The dataset with the points added laid over it, when they are columns already. */
  layered(
    units: UnitRegistry | undefined,
  ): { dataset: Dataset; issues: TiendoIssue[] } | undefined {
    return this.layer?.finish(units)
  }

  /** Keeps every point laid so far as an object, and lays no more. */
  private leaveLayer(): void {
    const points = this.layer!.points()
    this.layer = undefined
    for (const point of points) this.keep(point)
  }

  private keep(point: DataPoint): void {
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
  }

  /** The derived points kept as objects, in the order added (none when {@link layered}). */
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
