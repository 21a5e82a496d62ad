/**
 * "Goldilocks" indicators (Statistics Canada's progress methodology, used with Open SDG):
 * best at an ideal value, worse the further from it on either side. Each value, and each
 * target, becomes a distance from the ideal that should fall:
 *
 * - parity index: `max(y, 1/y)`, and a value inside the parity band (0.97–1.03 by default,
 *   bounds included) counts as exactly 1;
 * - share with an ideal `m` (50% for gender balance): `m + |y − m|`.
 */

import { Exact, toDecimalString } from '@tiendo/core'
import type { Decimal } from 'decimal.js'
import { AssessmentInputError } from './errors'
import { explain, note } from './reasons'
import { checkValue } from './series'
import type {
  AssessmentExplanation,
  AssessmentNote,
  GoldilocksInput,
  ObservationInput,
  TargetInput,
} from './types'

const PARITY_BAND = ['0.97', '1.03'] as const

/** A checked Goldilocks transform. */
export interface Goldilocks {
  readonly describe: string
  /** The transformed value, or null when the transform is undefined for it (parity ≤ 0). */
  transform(value: Decimal): Decimal | null
}

/** Checks the `goldilocks` option; throws an `AssessmentInputError` on a malformed one. */
export function checkGoldilocks(input: GoldilocksInput): Goldilocks {
  if (typeof input === 'object' && input !== null && input.kind === 'parity') {
    const [low, high] = input.band ?? PARITY_BAND
    const band = [checkValue(low, 'goldilocks.band[0]'), checkValue(high, 'goldilocks.band[1]')]
    if (!band[0]!.gt(0) || !band[0]!.lte(1) || !band[1]!.gte(1)) throw badGoldilocks()
    const one = new Exact(1)
    return {
      describe: `max(y, 1/y); ${toDecimalString(band[0]!)}–${toDecimalString(band[1]!)} → 1`,
      transform: (y) => {
        if (!y.gt(0)) return null
        if (y.gte(band[0]!) && y.lte(band[1]!)) return one
        return y.gt(1) ? y : one.div(y)
      },
    }
  }
  if (typeof input === 'object' && input !== null && input.kind === 'share') {
    const ideal = checkValue(input.ideal, 'goldilocks.ideal')
    return {
      describe: `${toDecimalString(ideal)} + |y − ${toDecimalString(ideal)}|`,
      transform: (y) => ideal.plus(y.minus(ideal).abs()),
    }
  }
  throw badGoldilocks()
}

function badGoldilocks(): AssessmentInputError {
  return new AssessmentInputError(
    'invalid_option',
    'goldilocks',
    {
      vi: 'Phép biến đổi Goldilocks phải là { kind: "parity" } (khoảng cân bằng chứa 1) hoặc { kind: "share", ideal }.',
      en: 'A Goldilocks transform must be { kind: "parity" } (with a band around 1) or { kind: "share", ideal }.',
    },
    {
      vi: 'Ví dụ { "kind": "share", "ideal": "50" } cho tỷ lệ nữ lý tưởng 50%.',
      en: 'For example { "kind": "share", "ideal": "50" } for an ideal share of 50%.',
    },
  )
}

/** The transformed observations and targets, or why the series cannot be transformed. */
export type GoldilocksResult =
  | {
      readonly ok: true
      readonly observations: readonly ObservationInput[]
      readonly target: TargetInput | undefined
      readonly targets: readonly TargetInput[] | undefined
      readonly note: AssessmentNote
    }
  | { readonly ok: false; readonly explanation: AssessmentExplanation }

/**
 * Transforms a series and its targets. A value that is only a bound or a range cannot be
 * transformed (the distance from the ideal of "more than 0.9" is unknown), nor can a parity
 * index of zero or less: the series is then not assessed, with the reason.
 */
export function applyGoldilocks(
  goldilocks: Goldilocks,
  observations: readonly ObservationInput[],
  target: TargetInput | undefined,
  targets: readonly TargetInput[] | undefined,
): GoldilocksResult {
  if (!Array.isArray(observations)) {
    return { ok: true, observations, target, targets, note: goldilocksNote(goldilocks) }
  }
  const out: ObservationInput[] = []
  for (const [i, o] of observations.entries()) {
    if (typeof o !== 'object' || o === null)
      return { ok: true, observations, target, targets, note: goldilocksNote(goldilocks) }
    if (o.qualifier !== undefined && o.qualifier !== 'exact' && o.qualifier !== 'approx') {
      return {
        ok: false,
        explanation: explain('goldilocks_qualified', {
          period: String(o.period),
          qualifier: o.qualifier,
        }),
      }
    }
    const value = goldilocks.transform(checkValue(o.value, `observations[${i}].value`))
    if (value === null) {
      return {
        ok: false,
        explanation: explain('goldilocks_parity_nonpositive', {
          period: String(o.period),
          value: String(o.value),
        }),
      }
    }
    out.push({ ...o, value })
  }
  const move = (t: TargetInput, path: string): TargetInput => {
    if (typeof t !== 'object' || t === null) return t
    const value = goldilocks.transform(checkValue(t.value, `${path}.value`))
    if (value === null) {
      throw new AssessmentInputError(
        'invalid_target',
        `${path}.value`,
        {
          vi: 'Chỉ tiêu của chỉ số cân bằng phải dương.',
          en: 'The target of a parity index must be positive.',
        },
        { vi: 'Thường là 1.', en: 'Usually 1.' },
      )
    }
    return { ...t, value }
  }
  return {
    ok: true,
    observations: out,
    target: target === undefined ? undefined : move(target, 'target'),
    targets: Array.isArray(targets) ? targets.map((t, i) => move(t, `targets[${i}]`)) : targets,
    note: goldilocksNote(goldilocks),
  }
}

function goldilocksNote(goldilocks: Goldilocks): AssessmentNote {
  return note('goldilocks_transformed', { transform: goldilocks.describe })
}
