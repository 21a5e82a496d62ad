/**
 * Checks the options of `assessProgress` and `backtest` once, so the rest of the code can
 * trust them. Every problem is an `AssessmentInputError` that says what, where and how.
 */

import { type ExactInput, type ProgressDirection, toExact } from '@tiendo/core'
import type { MethodologyProfile } from '@tiendo/schema'
import { closestId } from '@tiendo/schema/internal'
import type { Decimal } from 'decimal.js'
import { AssessmentInputError } from './errors'
import type { Bounds } from './methods/logit'
import { getProfile } from './profiles'
import { checkPeriod, checkValue } from './series'
import type { AssessmentMethod } from './types'

/** The methods, in the order reports list them. */
export const ASSESSMENT_METHODS: readonly AssessmentMethod[] = [
  'cagr',
  'linear',
  'weighted-linear',
  'logit',
]

/** The default bounds of `logit`: a percentage. */
export const DEFAULT_BOUNDS: readonly [string, string] = ['0', '100']

/** The default level of prediction intervals. */
export const DEFAULT_LEVEL = '0.95'

export function checkDirection(direction: unknown): ProgressDirection {
  if (direction === 'increase' || direction === 'decrease') return direction
  throw new AssessmentInputError(
    'invalid_direction',
    'direction',
    {
      vi: `Hướng "${String(direction)}" không đánh giá được; cần "increase" hoặc "decrease".`,
      en: `The direction "${String(direction)}" cannot be assessed; it must be "increase" or "decrease".`,
    },
    {
      vi: 'Tiendo không tự đoán hướng (Open SDG mặc định "giảm" là một cái bẫy). Chỉ số "trong khoảng" hãy kiểm tra bằng quy tắc.',
      en: 'Tiendo never guesses a direction (Open SDG defaulting to "negative" is a known trap). Check target-band indicators with rules.',
    },
  )
}

export function checkMethod(method: unknown, path = 'method'): AssessmentMethod {
  if (ASSESSMENT_METHODS.includes(method as AssessmentMethod)) return method as AssessmentMethod
  throw new AssessmentInputError(
    'invalid_method',
    path,
    {
      vi: `Không có phương pháp "${String(method)}".`,
      en: `There is no method "${String(method)}".`,
    },
    {
      vi: `Dùng một trong: ${ASSESSMENT_METHODS.join(', ')}.`,
      en: `Use one of: ${ASSESSMENT_METHODS.join(', ')}.`,
    },
  )
}

export function checkProfileName(profile: unknown): MethodologyProfile {
  return getProfile(profile as MethodologyProfile).name
}

export function checkBaseYear(baseYear: unknown): string | undefined {
  if (baseYear === undefined) return undefined
  return checkPeriod(baseYear, 'baseYear').text
}

export function checkBounds(bounds: readonly [ExactInput, ExactInput] | undefined): Bounds {
  const [low, high] = bounds ?? DEFAULT_BOUNDS
  if (bounds !== undefined && (!Array.isArray(bounds) || bounds.length !== 2)) {
    throw badBounds()
  }
  const result: Bounds = [checkValue(low, 'bounds[0]'), checkValue(high, 'bounds[1]')]
  if (!result[0].lt(result[1])) throw badBounds()
  return result
}

function badBounds(): AssessmentInputError {
  return new AssessmentInputError(
    'invalid_bounds',
    'bounds',
    {
      vi: 'Giới hạn phải là [thấp, cao] với thấp < cao.',
      en: 'Bounds must be [low, high] with low < high.',
    },
    { vi: 'Với tỷ lệ phần trăm: [0, 100].', en: 'For a percentage: [0, 100].' },
  )
}

export function checkLevel(level: ExactInput | undefined): Decimal {
  const value = checkValue(level ?? DEFAULT_LEVEL, 'level')
  if (value.gt(0) && value.lt(1)) return value
  throw new AssessmentInputError(
    'invalid_option',
    'level',
    { vi: 'Mức tin cậy phải nằm giữa 0 và 1.', en: 'The level must lie strictly between 0 and 1.' },
    { vi: 'Ví dụ 0.95 cho khoảng 95%.', en: 'For example 0.95 for a 95% interval.' },
  )
}

export function checkBoundOffset(offset: ExactInput | undefined, bounds: Bounds): Decimal | null {
  if (offset === undefined) return null
  const value = checkValue(offset, 'logitBoundOffset')
  if (value.gt(0) && value.lt(bounds[1].minus(bounds[0]).div(2))) return value
  throw new AssessmentInputError(
    'invalid_option',
    'logitBoundOffset',
    {
      vi: 'Độ dịch phải dương và nhỏ hơn nửa khoảng giới hạn.',
      en: 'The offset must be positive and less than half the width of the bounds.',
    },
    { vi: 'Ví dụ 0.5 (điểm phần trăm).', en: 'For example 0.5 (percentage points).' },
  )
}

export function checkWindow(window: unknown): Decimal | undefined {
  if (window === undefined) return undefined
  if (typeof window === 'number' && Number.isFinite(window) && window > 0) return toExact(window)
  throw new AssessmentInputError(
    'invalid_option',
    'windowYears',
    {
      vi: 'Cửa sổ phải là một số năm dương.',
      en: 'The window must be a positive number of years.',
    },
    { vi: 'Ví dụ 5.', en: 'For example 5.' },
  )
}

export function checkLang(lang: unknown): 'vi' | 'en' {
  if (lang === undefined || lang === 'en') return 'en'
  if (lang === 'vi') return 'vi'
  throw new AssessmentInputError(
    'invalid_option',
    'lang',
    {
      vi: `Ngôn ngữ "${String(lang)}" không được hỗ trợ.`,
      en: `The language "${String(lang)}" is not supported.`,
    },
    { vi: 'Dùng "vi" hoặc "en".', en: 'Use "vi" or "en".' },
  )
}

/**
 * Refuses a key the options do not have: a mistyped option (`methd`) would otherwise be
 * ignored, and the assessment silently made with the default it meant to change.
 */
export function checkKnownKeys(input: object, known: readonly string[]): void {
  for (const key in input) {
    if (!Object.hasOwn(input, key) || known.includes(key)) continue
    const near = closestId(key, known)
    throw new AssessmentInputError(
      'invalid_option',
      key,
      {
        vi: `Không có tùy chọn \`${key}\`.`,
        en: `There is no option \`${key}\`.`,
      },
      near === undefined
        ? {
            vi: `Bỏ nó đi; các tùy chọn là: ${known.join(', ')}.`,
            en: `Leave it out; the options are: ${known.join(', ')}.`,
          }
        : { vi: `Có phải là \`${near}\`?`, en: `Did you mean \`${near}\`?` },
    )
  }
}
