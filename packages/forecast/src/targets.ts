/**
 * Targets: checking them, comparing values and qualified values with them, and choosing
 * the one to assess against (the next still ahead and not yet met).
 */

import type { ProgressDirection } from '@tiendo/core'
import {
  type MethodologyProfile,
  MethodologyProfileSchema,
  type ParsedPeriod,
} from '@tiendo/schema'
import type { Decimal } from 'decimal.js'
import { AssessmentInputError } from './errors'
import { checkPeriod, checkValue, type Series, timeOf, type ValueInterval } from './series'
import type { TargetComparator, TargetInput, TargetOutcome } from './types'

/** A checked target. */
export interface CheckedTarget {
  readonly id: string | undefined
  readonly value: Decimal
  readonly by: string
  readonly parsed: ParsedPeriod
  readonly comparator: TargetComparator
  readonly baseYear: string | undefined
  readonly methodology: MethodologyProfile | undefined
}

const COMPARATORS: readonly string[] = ['gt', 'gte', 'lt', 'lte']

function checkTarget(
  input: TargetInput,
  direction: ProgressDirection,
  path: string,
): CheckedTarget {
  if (typeof input !== 'object' || input === null) {
    throw new AssessmentInputError(
      'invalid_target',
      path,
      {
        vi: 'Chỉ tiêu phải là một đối tượng { value, by }.',
        en: 'A target must be an object { value, by }.',
      },
      {
        vi: 'Ví dụ: { "value": "20", "by": "2025" }.',
        en: 'For example { "value": "20", "by": "2025" }.',
      },
    )
  }
  const parsed = checkPeriod(input.by, `${path}.by`)
  const value = checkValue(input.value, `${path}.value`)
  const comparator = input.comparator ?? (direction === 'increase' ? 'gte' : 'lte')
  if (!COMPARATORS.includes(comparator)) {
    throw new AssessmentInputError(
      'unsupported_comparator',
      `${path}.comparator`,
      {
        vi: `So sánh "${String(comparator)}" không dùng được để đánh giá tiến độ.`,
        en: `The comparator "${String(comparator)}" cannot be assessed as progress.`,
      },
      {
        vi: 'Dùng gt, gte, lt hoặc lte; chỉ tiêu dạng "bằng" hay "trong khoảng" hãy kiểm tra bằng quy tắc (rules).',
        en: 'Use gt, gte, lt or lte; check "equal" or "between" targets with rules instead.',
      },
    )
  }
  const upward = comparator === 'gt' || comparator === 'gte'
  if (upward !== (direction === 'increase')) {
    throw new AssessmentInputError(
      'comparator_direction',
      `${path}.comparator`,
      {
        vi: `So sánh "${comparator}" ngược với hướng "${direction}" của chỉ số.`,
        en: `The comparator "${comparator}" contradicts the direction "${direction}".`,
      },
      {
        vi: 'Hướng tăng đi với gt/gte, hướng giảm đi với lt/lte.',
        en: 'Use gt/gte with increase and lt/lte with decrease.',
      },
    )
  }
  if (input.baseYear !== undefined) checkPeriod(input.baseYear, `${path}.baseYear`)
  if (
    input.methodology !== undefined &&
    !MethodologyProfileSchema.safeParse(input.methodology).success
  ) {
    throw new AssessmentInputError(
      'invalid_profile',
      `${path}.methodology`,
      {
        vi: `Không có hồ sơ phương pháp "${String(input.methodology)}".`,
        en: `There is no methodology profile "${String(input.methodology)}".`,
      },
      {
        vi: `Dùng một trong: ${MethodologyProfileSchema.options.join(', ')}.`,
        en: `Use one of: ${MethodologyProfileSchema.options.join(', ')}.`,
      },
    )
  }
  return {
    id: input.id,
    value,
    by: parsed.text,
    parsed,
    comparator: comparator as TargetComparator,
    baseYear: input.baseYear,
    methodology: input.methodology,
  }
}

/**
 * Checks `target` and `targets` together and orders them by due period. Two targets due
 * at the same time are an error (which one would count?).
 */
export function checkTargets(
  target: TargetInput | undefined,
  targets: readonly TargetInput[] | undefined,
  direction: ProgressDirection,
): CheckedTarget[] {
  const all: CheckedTarget[] = []
  if (target !== undefined) all.push(checkTarget(target, direction, 'target'))
  if (targets !== undefined) {
    if (!Array.isArray(targets)) {
      throw new AssessmentInputError(
        'invalid_target',
        'targets',
        { vi: '`targets` phải là một mảng.', en: '`targets` must be an array.' },
        {
          vi: 'Ví dụ: [{ "value": "20", "by": "2025" }].',
          en: 'For example [{ "value": "20", "by": "2025" }].',
        },
      )
    }
    targets.forEach((t, i) => {
      all.push(checkTarget(t, direction, `targets[${i}]`))
    })
  }
  const key = (t: CheckedTarget) => t.parsed.end.year * 12 + t.parsed.end.month
  all.sort((a, b) => key(a) - key(b))
  for (let i = 1; i < all.length; i++) {
    if (key(all[i - 1]!) === key(all[i]!)) {
      throw new AssessmentInputError(
        'duplicate_target',
        'targets',
        {
          vi: `Hai chỉ tiêu cùng đến hạn vào cuối kỳ ${all[i]!.by}.`,
          en: `Two targets fall due at the end of ${all[i]!.by}.`,
        },
        { vi: 'Giữ một chỉ tiêu cho mỗi kỳ.', en: 'Keep one target per period.' },
      )
    }
  }
  return all
}

/** Whether a value meets a target (strictly for `gt` / `lt`). */
export function meets(
  value: Decimal,
  target: Pick<CheckedTarget, 'value' | 'comparator'>,
): boolean {
  switch (target.comparator) {
    case 'gt':
      return value.gt(target.value)
    case 'gte':
      return value.gte(target.value)
    case 'lt':
      return value.lt(target.value)
    case 'lte':
      return value.lte(target.value)
  }
}

/**
 * What a qualified value proves about a target: `met` when every value it allows meets
 * the target (a lower bound at or above it), `unmet` when none does, `undecided` when it
 * straddles the target (a range such as 25–30 against 28).
 */
export function judge(
  interval: ValueInterval,
  target: Pick<CheckedTarget, 'value' | 'comparator'>,
): 'met' | 'unmet' | 'undecided' {
  const { lower, lowerOpen, upper, upperOpen } = interval
  const t = target.value
  switch (target.comparator) {
    case 'gte':
      if (lower?.gte(t)) return 'met'
      if (upper && (upper.lt(t) || (upperOpen && upper.eq(t)))) return 'unmet'
      return 'undecided'
    case 'gt':
      if (lower && (lower.gt(t) || (lowerOpen && lower.eq(t)))) return 'met'
      if (upper?.lte(t)) return 'unmet'
      return 'undecided'
    case 'lte':
      if (upper?.lte(t)) return 'met'
      if (lower && (lower.gt(t) || (lowerOpen && lower.eq(t)))) return 'unmet'
      return 'undecided'
    case 'lt':
      if (upper && (upper.lt(t) || (upperOpen && upper.eq(t)))) return 'met'
      if (lower?.gte(t)) return 'unmet'
      return 'undecided'
  }
}

/** A target's outcome and, for a past one, the observation that decided it. */
export interface TargetVerdict {
  readonly target: CheckedTarget
  readonly time: Decimal
  readonly outcome: TargetOutcome
  /** Index (in the series) of the observation the outcome was judged on, if any. */
  readonly decidedAt: number | null
}

/**
 * Judges every target. One due at or before the latest observation is judged on the
 * observation of its period, or else the last one before it (`achieved`, `missed`, or
 * `undecided` when that value straddles the target or there is none). One due later is
 * `achieved` when the latest observation already proves it met, else `pending`.
 */
export function judgeTargets(targets: readonly CheckedTarget[], series: Series): TargetVerdict[] {
  const points = series.points
  const latest = points.at(-1)
  return targets.map((target) => {
    const time = timeOf(series, target.by)
    if (!latest) return { target, time, outcome: 'pending', decidedAt: null }
    if (time.gt(latest.time)) {
      const proven = judge(latest.interval, target) === 'met'
      return {
        target,
        time,
        outcome: proven ? 'achieved' : 'pending',
        decidedAt: proven ? points.length - 1 : null,
      }
    }
    let at = -1
    for (let i = 0; i < points.length; i++) if (points[i]!.time.lte(time)) at = i
    if (at === -1) return { target, time, outcome: 'undecided', decidedAt: null }
    const verdict = judge(points[at]!.interval, target)
    const outcome: TargetOutcome =
      verdict === 'met' ? 'achieved' : verdict === 'unmet' ? 'missed' : 'undecided'
    return { target, time, outcome, decidedAt: at }
  })
}

/**
 * The target to assess against: the first still `pending`; when none is, the last one due
 * (whose outcome then stands). Null without targets.
 */
export function chooseTarget(verdicts: readonly TargetVerdict[]): TargetVerdict | null {
  return verdicts.find((v) => v.outcome === 'pending') ?? verdicts.at(-1) ?? null
}
