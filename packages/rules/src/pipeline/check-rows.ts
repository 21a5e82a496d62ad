import type { LocatedObservation, LocatedRecord } from '@tiendo/core'
import { Exact, periodStartDate } from '@tiendo/core'
import type { Indicator, Pack, Severity, SourceLocation, TiendoIssue } from '@tiendo/schema'
import {
  closestId,
  fieldLocation as fieldOfRow,
  memoizeText,
  takesWholeNumbers,
} from '@tiendo/schema/internal'
import type { Decimal } from 'decimal.js'
import { compareDecimals } from '../fast/compare-decimals'
import { shortDecimal } from '../fast/short-decimal'
import { readPeriod } from '../period'
import type { ValueNotWholeFields, ValueOutOfBoundsFields } from '../row-check-fields'
import { rulesIssue } from '../rules-issue'
import { type NotWhole, notWhole } from './not-whole'
import { recordKinds } from './record-kinds'

/** What one row is found to be: its issues, and whether it may go into the dataset. */
export interface RowCheck {
  readonly issues: readonly TiendoIssue[]
  /** `false` when the row names no indicator of the pack: indexing it would mean nothing. */
  readonly keep: boolean
}

/** Checks rows one at a time, so a caller can check a file while streaming it. */
export interface RowChecker {
  observation(item: LocatedObservation): RowCheck
  record(item: LocatedRecord): RowCheck
}

/** Options of {@link createRowChecker}. */
export interface RowCheckerOptions {
  /** The day observations and records may not lie after (`YYYY-MM-DD`). */
  readonly today: string
}

interface Bounds {
  readonly min: Decimal | undefined
  readonly max: Decimal | undefined
  /** The bounds as doubles, when each given is short enough to compare exactly so (or absent). */
  readonly short: { readonly min: number | undefined; readonly max: number | undefined } | undefined
  readonly severity: Severity
}

const OK: RowCheck = { issues: [], keep: true }

/** The location of one field of a row (the row's JSON Pointer extended for JSON files). */
export function fieldLocation(
  row: SourceLocation | undefined,
  field: string,
): SourceLocation | undefined {
  return row === undefined ? undefined : fieldOfRow(row, field)
}

/**
 * The checks of single rows against a resolved pack: the indicator exists
 * (`unknown_indicator`, with the closest known id as a hint), the value and a range's ends
 * lie within the indicator's `bounds` (`value_out_of_bounds`) and are whole where the
 * indicator takes whole numbers (`value_not_whole`), and nothing lies in the
 * future (`observation_in_future`, `record_in_future`: the period starts, or the record is
 * dated, after `today`). A record of a kind no indicator or rule of the pack counts is a
 * warning (`unknown_record_kind`). Units, duplicates and conflicts are `createDataset`'s.
 *
 * Bounds are checked here, on every row, rather than by the pack's `bounds` rules, so that
 * the error points at the cell. A `bounds` rule that only restates its indicator's bounds
 * gives this check its severity and is not run again (see `isCoveredBoundsRule`).
 */
export function createRowChecker(pack: Pack, options: RowCheckerOptions): RowChecker {
  const indicators = new Map((pack.indicators ?? []).map((item) => [item.id, item]))
  const bounds = new Map<string, Bounds | undefined>()
  const boundsOf = (indicator: Indicator): Bounds | undefined => {
    if (!bounds.has(indicator.id)) bounds.set(indicator.id, indicatorBounds(pack, indicator))
    return bounds.get(indicator.id)
  }
  const kinds = recordKinds(pack)
  // A file written for another pack names its unknown ids on row after row: each is matched
  // against the pack's once (matching took a millisecond, four minutes for 187,000 rows).
  const nearIndicator = memoizeText((id) => closestId(id, indicators.keys()))
  const nearKind = memoizeText((kind) => closestId(kind, kinds))
  // Files repeat values and periods: each text is read once.
  const decimals = memoizeText(readBound)
  const fractional = memoizeText(notWhole)
  const wholeOnly = (indicator: Indicator, observation: LocatedObservation['observation']) =>
    !takesWholeNumbers(indicator) ||
    (isWhole(fractional, observation.value) &&
      isWhole(fractional, observation.low) &&
      isWhole(fractional, observation.high))
  const inFuture = memoizeText((text) => {
    const period = readPeriod(text)
    return period !== undefined && periodStartDate(period) > options.today
  })
  return {
    observation({ observation, location }) {
      const indicator = indicators.get(observation.indicator)
      const range = indicator === undefined ? undefined : boundsOf(indicator)
      // The common row: a known indicator, within its bounds, not in the future.
      if (
        indicator !== undefined &&
        (range === undefined ||
          (within(decimals, observation.value, range) &&
            within(decimals, observation.low, range) &&
            within(decimals, observation.high, range))) &&
        wholeOnly(indicator, observation) &&
        !inFuture(observation.period)
      ) {
        return OK
      }
      const context = {
        indicator: observation.indicator,
        unit: observation.unit,
        period: observation.period,
      }
      if (indicator === undefined) {
        const near = nearIndicator(observation.indicator)
        const suggestions = near ? [near] : []
        const at = { ...context, location: fieldLocation(location, 'indicator') }
        return {
          keep: false,
          issues: [rulesIssue('unknown_indicator', { pack: pack.id, suggestions }, at)],
        }
      }
      const issues: TiendoIssue[] = []
      if (range !== undefined) {
        for (const field of FIGURES) {
          const text = observation[field]
          if (text === undefined) continue
          if (within(decimals, text, range)) continue
          const fields: ValueOutOfBoundsFields = {
            field,
            value: text,
            ...(range.min === undefined ? {} : { min: range.min.toFixed() }),
            ...(range.max === undefined ? {} : { max: range.max.toFixed() }),
            indicatorName: indicator.name,
            indicatorUnit: indicator.unit,
          }
          const at = { ...context, location: fieldLocation(location, field) }
          issues.push(
            rulesIssue('value_out_of_bounds', fields, { ...at, severity: range.severity }),
          )
        }
      }
      if (takesWholeNumbers(indicator)) {
        for (const field of FIGURES) {
          const text = observation[field]
          const found = text === undefined ? undefined : fractional(text)
          if (text === undefined || found === undefined) continue
          const fields: ValueNotWholeFields = {
            field,
            value: text,
            ...(found.thousands === undefined ? {} : { thousands: found.thousands }),
            ...(found.rounded === undefined ? {} : { rounded: found.rounded }),
            indicatorName: indicator.name,
            indicatorUnit: indicator.unit,
          }
          const at = { ...context, location: fieldLocation(location, field) }
          issues.push(rulesIssue('value_not_whole', fields, at))
        }
      }
      if (inFuture(observation.period)) {
        const at = { ...context, location: fieldLocation(location, 'period') }
        issues.push(rulesIssue('observation_in_future', { today: options.today }, at))
      }
      return issues.length === 0 ? OK : { issues, keep: true }
    },
    record({ record, location }) {
      if (kinds.has(record.kind) && !(record.date > options.today)) return OK
      const issues: TiendoIssue[] = []
      const context = { unit: record.unit }
      if (!kinds.has(record.kind)) {
        const near = nearKind(record.kind)
        const fields = {
          kind: record.kind,
          pack: pack.id,
          suggestions: near ? [near] : [],
          kinds: [...kinds],
        }
        const at = { ...context, location: fieldLocation(location, 'kind') }
        issues.push(rulesIssue('unknown_record_kind', fields, at))
      }
      if (record.date > options.today) {
        const fields = { date: record.date, today: options.today }
        const at = { ...context, location: fieldLocation(location, 'date') }
        issues.push(rulesIssue('record_in_future', fields, at))
      }
      return issues.length === 0 ? OK : { issues, keep: true }
    },
  }
}

/** The bounds of an indicator and the severity of breaking them; `undefined` when it has none. */
function indicatorBounds(pack: Pack, indicator: Indicator): Bounds | undefined {
  const min = readBound(indicator.bounds?.min)
  const max = readBound(indicator.bounds?.max)
  if (min === undefined && max === undefined) return undefined
  const restating = (pack.rules ?? []).find((rule) => restatesBounds(rule, indicator))
  const shortMin = min === undefined ? undefined : shortDecimal(min.toFixed())
  const shortMax = max === undefined ? undefined : shortDecimal(max.toFixed())
  const short =
    (min === undefined || shortMin !== undefined) && (max === undefined || shortMax !== undefined)
      ? { min: shortMin, max: shortMax }
      : undefined
  return { min, max, short, severity: restating?.severity ?? 'error' }
}

/**
 * Whether a rule is a `bounds` rule that checks exactly its indicator's own `bounds`: what
 * `validate` already checks on every row. Such a rule is not run again.
 */
export function restatesBounds(
  rule: NonNullable<Pack['rules']>[number],
  indicator: Indicator,
): boolean {
  if (!('template' in rule) || rule.template !== 'bounds') return false
  const params = (rule.params ?? {}) as Record<string, unknown>
  if (params.indicator !== indicator.id) return false
  return (
    sameBound(params.min, indicator.bounds?.min) && sameBound(params.max, indicator.bounds?.max)
  )
}

function sameBound(param: unknown, own: string | number | undefined): boolean {
  if (param === undefined) return true
  const a = readBound(param)
  const b = readBound(own)
  return a !== undefined && b !== undefined && a.eq(b)
}

function readBound(value: unknown): Decimal | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined
  try {
    return new Exact(value)
  } catch {
    return undefined
  }
}

/** Whether `text` is absent, not a number, or a number within the bounds. */
function within(decimals: ReadDecimal, text: string | undefined, bounds: Bounds): boolean {
  if (text === undefined) return true
  const { short } = bounds
  if (short !== undefined) {
    // Exact on doubles for a value and bounds of up to 15 significant digits.
    const number = shortDecimal(text)
    if (number !== undefined) {
      return !(
        (short.min !== undefined && number < short.min) ||
        (short.max !== undefined && number > short.max)
      )
    }
  }
  const value = decimals(text)
  if (value === undefined) return true
  // Allocation-free `value.lt(min)` and `value.gt(max)` (NaN is neither).
  return !(
    (bounds.min && compareDecimals(value, bounds.min) < 0) ||
    (bounds.max && compareDecimals(value, bounds.max) > 0)
  )
}

/** Whether `text` is absent or a whole number (`notWhole`, remembered per text). */
function isWhole(
  fractional: (text: string) => NotWhole | undefined,
  text: string | undefined,
): boolean {
  return text === undefined || DIGITS.test(text) || fractional(text) === undefined
}

const DIGITS = /^-?\d+$/

/** A value's text read as a decimal (`readBound`), remembered per text. */
type ReadDecimal = (text: string) => Decimal | undefined

/** The fields of an observation that bounds apply to. */
const FIGURES = ['value', 'low', 'high'] as const
