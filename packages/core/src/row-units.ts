/**
 * The units rows name, resolved for a dataset's builder (and for the rows their own checks
 * refused, whose units are still checked), each resolution's issues listed in a
 * {@link FoundIssues}. Many rows name one unit in one period: a resolution without issues is
 * made once; one with issues is made for every row while issues are listed (they name the
 * row's location), and once they are no longer listed, counted from its outline. @internal
 */

import type { SourceLocation, Unit } from '@tiendo/schema'
import type { FoundIssues } from './found-issues'
import { ResolutionOutlines } from './resolution-outlines'
import { type ResolveContext, type UnitRegistry, unitKey } from './units'

/** @internal */
export class RowUnits {
  /** unit reference → period as written → unit key, for resolutions without issues. */
  private readonly clean = new Map<string, Map<string, string>>()
  /** Resolutions that raised issues, counted from here once no more issues are listed. */
  private readonly troubled = new ResolutionOutlines()
  /** The key of each unit records resolved to. */
  private readonly unitKeys = new Map<Unit, string>()

  constructor(
    private readonly units: UnitRegistry,
    private readonly found: FoundIssues,
  ) {}

  /** The key of the unit an observation names in its period, or `undefined` if refused. */
  observationUnit(ref: string, period: string, context: ResolveContext): string | undefined {
    return this.clean.get(ref)?.get(period) ?? this.resolve(ref, period, context)
  }

  /**
   * The key of the unit a record names on its date, or `undefined`, with the error saying
   * why (worded over the record's month: a unit ceased mid-month is named as such).
   */
  recordUnit(ref: string, date: string, location: SourceLocation | undefined): string | undefined {
    const found = this.units.at(ref, date)
    if (found === undefined) {
      this.resolve(ref, date.slice(0, 7), { location }, 'error')
      return undefined
    }
    let key = this.unitKeys.get(found)
    if (key === undefined) {
      key = unitKey(found)
      this.unitKeys.set(found, key)
    }
    return key
  }

  private resolve(
    ref: string,
    period: string,
    context: ResolveContext,
    only?: 'error',
  ): string | undefined {
    const { found } = this
    if (!found.hasRoom) {
      const outline = this.troubled.get(ref, period)
      if (outline !== undefined) {
        for (const { severity, code } of outline.issues) {
          if (only === undefined || severity === only) found.count(severity, code)
        }
        return outline.key
      }
    }
    const resolved = this.units.resolve(ref, period, context)
    for (const issue of resolved.issues) {
      if (only === undefined || issue.severity === only) found.push(issue)
    }
    if (resolved.issues.length > 0) this.troubled.remember(ref, period, resolved)
    else if (resolved.ok) {
      let byPeriod = this.clean.get(ref)
      if (byPeriod === undefined) {
        byPeriod = new Map()
        this.clean.set(ref, byPeriod)
      }
      byPeriod.set(period, resolved.key)
    }
    return resolved.ok ? resolved.key : undefined
  }
}
