/**
 * What resolving a unit reference in a period gave, without the issues' words, for the
 * references whose resolution raised issues: once a dataset's builder lists no more issues,
 * every further row naming such a reference counts its issues from here instead of resolving
 * it and wording them anew. @internal
 */

import type { Severity } from '@tiendo/schema'
import type { UnitResolution } from './units'

/** A resolution's outcome and its issues' severities and codes. @internal */
export interface ResolutionOutline {
  /** The unit's key, or `undefined` when the reference is refused. */
  readonly key: string | undefined
  readonly issues: readonly { readonly severity: Severity; readonly code: string }[]
}

/**
 * Outlines kept at most: a file for another pack names a few thousand unknown units in
 * ten periods each; past this many the memory starts again, as outlines are cheap to redo.
 */
const MAX_OUTLINES = 65_536

/** @internal */
export class ResolutionOutlines {
  /** reference → period as written → outline. */
  private readonly byRef = new Map<string, Map<string, ResolutionOutline>>()
  private size = 0

  get(ref: string, period: string): ResolutionOutline | undefined {
    return this.byRef.get(ref)?.get(period)
  }

  remember(ref: string, period: string, resolution: UnitResolution): void {
    if (this.size >= MAX_OUTLINES) {
      this.byRef.clear()
      this.size = 0
    }
    let byPeriod = this.byRef.get(ref)
    if (byPeriod === undefined) {
      byPeriod = new Map()
      this.byRef.set(ref, byPeriod)
    }
    if (!byPeriod.has(period)) this.size++
    byPeriod.set(period, {
      key: resolution.ok ? resolution.key : undefined,
      issues: resolution.issues.map(({ severity, code }) => ({ severity, code })),
    })
  }
}
