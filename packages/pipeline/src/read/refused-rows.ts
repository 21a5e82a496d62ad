/**
 * The rows their own checks refused: used by nothing, but the units they name are still
 * checked, to name every problem. Each is checked as it is refused, so no refused row is
 * held: a file written for another pack can refuse every one of two million rows. @internal
 */

import type { LocatedObservation, LocatedRecord, UnitRegistry } from '@tiendo/core'
import { FoundIssues, RowUnits } from '@tiendo/core/internal'

/** @internal */
export class RefusedRows {
  /** How many rows were refused. */
  count = 0
  /** The problems with their units, in the order refused: the first ones listed, the rest counted. */
  readonly issues: FoundIssues
  private readonly units: RowUnits

  /** @param maxIssues Issues listed; past it, counted. */
  constructor(registry: UnitRegistry, maxIssues: number) {
    this.issues = new FoundIssues(maxIssues)
    this.units = new RowUnits(registry, this.issues)
  }

  push(row: LocatedObservation | LocatedRecord): void {
    this.count++
    if ('observation' in row) {
      const { observation, location } = row
      this.units.observationUnit(observation.unit, observation.period, {
        location,
        indicator: observation.indicator,
      })
    } else {
      this.units.recordUnit(row.record.unit, row.record.date, row.location)
    }
  }
}
