/**
 * A pack's indicators as a catalogue: what each measures, how, and the targets set on it.
 * What `tiendo indicators --format json` prints and the pack pages of the docs list.
 */

import { carryRuleOf } from '@tiendo/core'
import type {
  Aggregation,
  CarryRule,
  Derivation,
  Direction,
  Indicator,
  LocalizedText,
  Pack,
  Target,
} from '@tiendo/schema'
import { takesWholeNumbers } from '@tiendo/schema/internal'
import { decimalText } from './decimal-text'

/** A target in the catalogue: as the pack declares it, decimals as strings. */
export interface TargetEntry {
  /** Its id in the pack (`digital_economy_share_grdp`). */
  readonly id: string
  /** The unit it is set for, or `null` when it is set for every unit of `unitKind`. */
  readonly unit: string | null
  /** The kind of unit it is set for when it is set for every unit of a kind, else `null`. */
  readonly unitKind: string | null
  /** How the value is compared: `gte`, `gt`, `lte`, `lt`, `eq`, `between`. */
  readonly comparator: Target['comparator']
  /** The target value, as exact text. */
  readonly value: string
  /** The upper end of a `between` target, else `null`. */
  readonly upper: string | null
  /** The period it is due by (`2030`). */
  readonly by: string
  /** The period progress is measured from, or `null`. */
  readonly baseYear: string | null
  /** Its legal source in both languages (one written once shows in both), or `null`. */
  readonly source: LocalizedText | null
}

/** An indicator in the catalogue. */
export interface IndicatorEntry {
  readonly id: string
  /** Its names; `en` is the Vietnamese name when the pack gives no English one. */
  readonly name: LocalizedText
  /** What it measures, as the pack describes it, or `null`. */
  readonly description: { readonly vi?: string; readonly en?: string } | null
  /** The unit of measure: `percent`, `count`, `vnd_billion`, `score`, `rank`… */
  readonly unit: string
  /** Which way it improves: `increase`, `decrease` or `target_band`. */
  readonly direction: Direction
  /** Whether its values are whole numbers: as the pack declares, else `true` for `count` and `rank`. */
  readonly wholeNumbers: boolean
  /** The least and greatest values it may take (`null` where unbounded), or `null`. */
  readonly bounds: { readonly min: string | null; readonly max: string | null } | null
  /** How it aggregates up the unit tree, as declared. */
  readonly aggregation: Aggregation
  /** How it is carried onto a reorganised unit: declared, or implied by its aggregation. */
  readonly carry: CarryRule
  /** Whether `carry` is the pack's own declaration rather than the default. */
  readonly carryDeclared: boolean
  /** How Tiendo computes it from other figures (a ratio, a count of records…), or `null` when submitted. */
  readonly derivation: Derivation | null
  /** How far a submitted figure may differ from a derived one, or `null` for the default. */
  readonly tolerance: string | null
  /** How it is measured, as the pack says, or `null`. */
  readonly methodology: string | null
  /** The pack's note on it, or `null`. */
  readonly note: string | null
  /** The targets set on it, in pack order. */
  readonly targets: readonly TargetEntry[]
}

/** The pack's indicators, in pack order, each with its targets. */
export function indicatorEntries(pack: Pack): IndicatorEntry[] {
  const targets = new Map<string, TargetEntry[]>()
  for (const target of pack.targets ?? []) {
    const list = targets.get(target.indicator) ?? []
    list.push(targetEntry(target))
    targets.set(target.indicator, list)
  }
  return (pack.indicators ?? []).map((indicator) => indicatorEntry(indicator, targets))
}

function indicatorEntry(
  indicator: Indicator,
  targets: ReadonlyMap<string, TargetEntry[]>,
): IndicatorEntry {
  const { bounds } = indicator
  return {
    id: indicator.id,
    name: { vi: indicator.name.vi, en: indicator.name.en ?? indicator.name.vi },
    description: indicator.description ?? null,
    unit: indicator.unit,
    direction: indicator.direction,
    wholeNumbers: takesWholeNumbers(indicator),
    bounds:
      bounds === undefined
        ? null
        : { min: decimalText(bounds.min) ?? null, max: decimalText(bounds.max) ?? null },
    aggregation: indicator.aggregation,
    carry: carryRuleOf(indicator),
    carryDeclared: indicator.carry !== undefined,
    derivation: indicator.derivation ?? null,
    tolerance: decimalText(indicator.tolerance) ?? null,
    methodology: indicator.methodology ?? null,
    note: indicator.note ?? null,
    targets: targets.get(indicator.id) ?? [],
  }
}

function targetEntry(target: Target): TargetEntry {
  const source = target.source
  return {
    id: target.id,
    unit: target.unit ?? null,
    unitKind: target.unitKind ?? null,
    comparator: target.comparator,
    value: decimalText(target.value)!,
    upper: decimalText(target.upper) ?? null,
    by: target.by,
    baseYear: target.baseYear ?? null,
    source:
      source === undefined
        ? null
        : typeof source === 'string'
          ? { vi: source, en: source }
          : source,
  }
}
