/**
 * JSON form of assessments: every `Decimal` becomes its plain decimal string (never
 * exponent notation), everything else is kept as is. `JSON.stringify(serializeAssessment(a))`
 * is what `--format json` prints.
 */

import { Exact, toDecimalString } from '@tiendo/core'
import { setOwnKey } from '@tiendo/schema/internal'
import type { Decimal } from 'decimal.js'
import { isDecimalValue, jsonTextOf } from './json-text'
import type {
  AssessedTarget,
  Assessment,
  EurostatHorizon,
  PeriodValue,
  ProfileVerdict,
} from './types'

/** `T` with every `Decimal` replaced by a string. */
export type DecimalsAsStrings<T> = T extends Decimal
  ? string
  : T extends readonly (infer U)[]
    ? DecimalsAsStrings<U>[]
    : T extends (...args: never[]) => unknown
      ? never
      : T extends object
        ? { -readonly [K in keyof T]: DecimalsAsStrings<T[K]> }
        : T

/** An assessment as JSON carries it: decimals as strings. */
export type AssessmentJson = DecimalsAsStrings<Assessment>

/** Replaces every `Decimal` in a value (deeply) by its plain decimal string. */
export function decimalsToStrings<T>(value: T): DecimalsAsStrings<T> {
  // Every assessment of a national report passes here: plain loops, no entry arrays.
  if (typeof value !== 'object' || value === null) return value as DecimalsAsStrings<T>
  if (isDecimalValue(value)) return toDecimalString(value) as DecimalsAsStrings<T>
  if (Array.isArray(value)) {
    const out: unknown[] = new Array(value.length)
    for (let i = 0; i < value.length; i++) out[i] = decimalsToStrings(value[i])
    return out as DecimalsAsStrings<T>
  }
  const out: Record<string, unknown> = {}
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue
    const item = (value as Record<string, unknown>)[key]
    if (item !== undefined) setOwnKey(out, key, decimalsToStrings(item))
  }
  return out as DecimalsAsStrings<T>
}

/**
 * The JSON each assessment was read from: assessments are read-only, and one deserialized
 * from a worker thread's JSON is written back to JSON in every report (a national report
 * makes half its 19,000 assessments on a worker).
 */
const readFrom = new WeakMap<Assessment, AssessmentJson>()

/** The JSON form of an assessment (decimals as strings, absent fields left out). */
export function serializeAssessment(assessment: Assessment): AssessmentJson {
  return readFrom.get(assessment) ?? decimalsToStrings(assessment)
}

/**
 * `JSON.stringify(serializeAssessment(assessment))`, written without the JSON form's copy of
 * the assessment: what a report writes of each series. @internal
 */
export function assessmentJsonText(assessment: Assessment): string {
  const json = readFrom.get(assessment)
  return json === undefined ? jsonTextOf(assessment)! : JSON.stringify(json)
}

type Writable<T> = { -readonly [K in keyof T]: T[K] }

const exact = (text: string): Decimal => new Exact(text)
const exactOrNull = (text: string | null | undefined): Decimal | null =>
  text === null || text === undefined ? null : new Exact(text)

function periodValue(json: DecimalsAsStrings<PeriodValue> | null): PeriodValue | null {
  if (json === null) return null
  const out = { ...json } as unknown as Writable<PeriodValue>
  out.value = exactOrNull(json.value)
  if (json.low !== undefined) out.low = exact(json.low)
  if (json.high !== undefined) out.high = exact(json.high)
  return out
}

function assessedTarget(json: DecimalsAsStrings<AssessedTarget>): AssessedTarget {
  return { ...json, value: exact(json.value) }
}

function profileVerdict(json: DecimalsAsStrings<ProfileVerdict> | null): ProfileVerdict | null {
  if (json === null) return null
  return { ...json, score: exactOrNull(json.score) }
}

function horizon(json: DecimalsAsStrings<EurostatHorizon>): EurostatHorizon {
  return {
    ...json,
    baseline: periodValue(json.baseline),
    latest: periodValue(json.latest),
    cagr: exactOrNull(json.cagr),
    requiredCagr: exactOrNull(json.requiredCagr),
    ratio: exactOrNull(json.ratio),
    growth: exactOrNull(json.growth),
    verdict: profileVerdict(json.verdict),
  }
}

/**
 * An assessment from its JSON form ({@link serializeAssessment}): every decimal a `Decimal`
 * again, keys in the same order, so serializing it again gives the same JSON. For JSON this
 * library wrote (from a file or a worker thread): it is not checked.
 */
export function deserializeAssessment(json: AssessmentJson): Assessment {
  const out: Writable<Assessment> = {
    ...(json as unknown as Assessment),
    target: json.target === null ? null : assessedTarget(json.target),
    targets: json.targets.map(assessedTarget),
    baseline: periodValue(json.baseline),
    latest: periodValue(json.latest),
    yearsElapsed: exactOrNull(json.yearsElapsed),
    yearsRemaining: exactOrNull(json.yearsRemaining),
    cagr: exactOrNull(json.cagr),
    requiredCagr: exactOrNull(json.requiredCagr),
    ratio: exactOrNull(json.ratio),
    projected: exactOrNull(json.projected),
    growth: exactOrNull(json.growth),
    gap: exactOrNull(json.gap),
    currentStatus: exactOrNull(json.currentStatus),
    anticipatedGap: exactOrNull(json.anticipatedGap),
    probability: exactOrNull(json.probability),
    interval:
      json.interval === null
        ? null
        : {
            level: exact(json.interval.level),
            low: exact(json.interval.low),
            high: exact(json.interval.high),
          },
    trend:
      json.trend === null
        ? null
        : {
            ...json.trend,
            slope: exact(json.trend.slope),
            atBaseline: exact(json.trend.atBaseline),
          },
    // Absent in JSON written before these fields existed.
    profileVerdict: profileVerdict(json.profileVerdict ?? null),
    horizons:
      json.horizons === null || json.horizons === undefined
        ? null
        : { short: horizon(json.horizons.short), long: horizon(json.horizons.long) },
  }
  // JSON with every field serializes back to itself (JSON from before a field existed
  // gains it, so it is serialized anew).
  if (json.profileVerdict !== undefined && json.horizons !== undefined) readFrom.set(out, json)
  return out
}
