/**
 * What every step of derivation shares: the figures so far, the units, the indicators, and
 * where its findings go. @internal
 */

import type { Indicator, Severity, TiendoIssue } from '@tiendo/schema'
import type { DataOutside } from '../data-outside'
import type { DataPoint } from '../data-point'
import type { FigureValue } from '../figure'
import { CORE_ISSUE_CODES } from '../issues/core-issue-codes'
import type { UnitRegistry } from '../units'
import { checkAgainstSubmitted } from './consistency'
import type { DerivationMethod } from './provenance'
import type { WithheldFigure } from './withheld'
import type { WorkingSet } from './working-set'

/** Where an issue goes: its severity at once, the issue itself when asked for. @internal */
export type AddIssue = (severity: Severity, make: () => TiendoIssue) => void

/** The severity `derived_value_differs` is given in the catalogue. */
const DIFFERS_SEVERITY = CORE_ISSUE_CODES.derived_value_differs.severity

/** @internal */
export class DeriveContext {
  /** The issues found, when no `addIssue` takes them. */
  readonly issues: TiendoIssue[] = []
  readonly withheld: WithheldFigure[] = []
  readonly indicators: ReadonlyMap<string, Indicator>

  constructor(
    readonly working: WorkingSet,
    readonly units: UnitRegistry,
    indicators: readonly Indicator[],
    /** What the data outside the dataset's part of the unit tree say, when it holds one. */
    readonly outside?: DataOutside | undefined,
    private readonly addIssue?: AddIssue | undefined,
  ) {
    this.indicators = new Map(indicators.map((indicator) => [indicator.id, indicator]))
  }

  /**
   * Places a derived figure: beside a submitted one it is only checked against it (the
   * submitted one stands); otherwise it is added. Returns whether it was added.
   */
  place(point: DataPoint, figure: FigureValue, method: DerivationMethod, rule: string): boolean {
    const submitted = this.working.submittedPoint(point.indicator, point.unit, point.period)
    if (submitted !== undefined) {
      const indicator = this.indicators.get(point.indicator)
      const issue =
        indicator === undefined
          ? undefined
          : checkAgainstSubmitted(indicator, submitted, figure, method, rule)
      if (issue !== undefined) {
        if (this.addIssue === undefined) this.issues.push(issue())
        else this.addIssue(DIFFERS_SEVERITY, issue)
      }
      return false
    }
    if (this.working.get(point.indicator, point.unit, point.period) !== undefined) return false
    this.working.add(point)
    return true
  }

  /** Records a figure that was not derived, unless one was submitted (then nothing is missing). */
  withhold(figure: WithheldFigure): void {
    if (this.working.get(figure.indicator, figure.unit, figure.period) !== undefined) return
    this.withheld.push(figure)
  }
}
