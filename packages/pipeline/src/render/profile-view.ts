/**
 * What every format shows of a methodology profile's own verdict, beside Tiendo's status:
 * the institution's label (with its arrow or weather symbol, and Open SDG's score), and
 * Eurostat's short-term and long-term verdicts side by side. One place, so that the
 * terminal, Markdown, HTML, the Word document and the workbook say the same. @internal
 */

import type { Assessment, EurostatHorizon, ProfileVerdict } from '@tiendo/forecast'
import type { TargetReport } from '@tiendo/rules'
import type { Language } from '@tiendo/schema'
import { formatNumber, periodText } from './format'
import { PROFILE_WORDS, profileName } from './profile-words'

/** Decimal places Open SDG's score is shown with (the JSON keeps every digit). */
export const SCORE_PLACES = 2

/** Decimal places ESCAP's indices are shown with (the JSON keeps every digit). */
export const INDEX_PLACES = 2

/** Whether an assessment carries an institution's verdict or Eurostat's horizons. */
export function hasProfileVerdict(assessment: Assessment): boolean {
  return assessment.profileVerdict !== null || assessment.horizons !== null
}

/** Which of the profiles' figures any of these series has: the columns a table needs. */
export function profileColumnsOf(list: readonly TargetReport[]): {
  readonly verdict: boolean
  readonly score: boolean
  readonly horizons: boolean
  /** ESCAP's current status index and anticipated gap. */
  readonly escap: boolean
} {
  let verdict = false
  let score = false
  let horizons = false
  let escap = false
  for (const series of list) {
    const a = series.assessment
    verdict ||= hasProfileVerdict(a)
    score ||= a.profileVerdict?.score != null
    horizons ||= a.horizons !== null
    escap ||= a.profileVerdict?.profile === 'escap'
  }
  return { verdict, score, horizons, escap }
}

/**
 * ESCAP's indices after its call to action: ` (chỉ số hiện trạng 0,78; khoảng cách dự kiến
 * 0,86)`; empty for the other profiles.
 */
export function escapIndexText(assessment: Assessment, lang: Language): string {
  if (assessment.profileVerdict?.profile !== 'escap') return ''
  const w = PROFILE_WORDS[lang]
  const parts: string[] = []
  if (assessment.currentStatus !== null) {
    parts.push(`${w.currentStatus} ${formatNumber(assessment.currentStatus, lang, INDEX_PLACES)}`)
  }
  if (assessment.anticipatedGap !== null) {
    parts.push(`${w.anticipatedGap} ${formatNumber(assessment.anticipatedGap, lang, INDEX_PLACES)}`)
  }
  return parts.length === 0 ? '' : ` (${parts.join('; ')})`
}

/** Open SDG's score as reports show it: `−1,55` / `-1.55` rounded to two places. */
export function scoreText(score: ProfileVerdict['score'], lang: Language): string | undefined {
  return score === null ? undefined : formatNumber(score, lang, SCORE_PLACES)
}

/**
 * A verdict in words, its symbol first: `↘ Tiến bộ chưa đủ để đạt chỉ tiêu`, `☁ Mây: …`
 * (Destatis's plain-text equivalent), `Tiến bộ hạn chế (điểm −1,55)`.
 */
export function verdictText(verdict: ProfileVerdict, lang: Language): string {
  const score = scoreText(verdict.score, lang)
  const symbol = verdict.symbol === null ? '' : `${verdict.symbol} `
  const scored = score === undefined ? '' : ` (${PROFILE_WORDS[lang].scoreWord} ${score})`
  return `${symbol}${verdict.text[lang]}${scored}`
}

const YEAR = /^\d{4}$/

/** The periods a horizon covers: `2020–2025` (other periods in words). */
function spanText(horizon: EurostatHorizon, lang: Language): string | undefined {
  if (horizon.baseline === null || horizon.latest === null) return undefined
  const from = horizon.baseline.period
  const to = horizon.latest.period
  return YEAR.test(from) && YEAR.test(to)
    ? `${from}–${to}`
    : `${periodText(from, lang)} – ${periodText(to, lang)}`
}

/** A horizon's name with the periods it covers: `Ngắn hạn (5 năm, 2020–2025)`. */
export function horizonName(
  horizon: EurostatHorizon,
  which: 'short' | 'long',
  lang: Language,
): string {
  const w = PROFILE_WORDS[lang]
  const span = spanText(horizon, lang)
  return which === 'short' ? w.shortTerm(horizon.years, span) : w.longTerm(horizon.years, span)
}

/** A horizon's verdict in words, or `chưa đánh giá được` (with the reason when `reason`). */
export function horizonVerdict(
  horizon: EurostatHorizon,
  lang: Language,
  options: { readonly reason?: boolean } = {},
): string {
  if (horizon.verdict !== null) return verdictText(horizon.verdict, lang)
  const why = options.reason ? horizon.explanation?.message[lang] : undefined
  return `${PROFILE_WORDS[lang].notAssessed}${why === undefined ? '' : ` (${why})`}`
}

/**
 * One of Eurostat's horizons in words: `Ngắn hạn (5 năm, 2020–2025): ↘ …`, or
 * `Dài hạn (15 năm): chưa đánh giá được` — with the reason when `reason` is set.
 */
export function horizonText(
  horizon: EurostatHorizon,
  which: 'short' | 'long',
  lang: Language,
  options: { readonly reason?: boolean } = {},
): string {
  return `${horizonName(horizon, which, lang)}: ${horizonVerdict(horizon, lang, options)}`
}

/**
 * A horizon's verdict for a table cell, the periods it covers after it: `↘ Tiến bộ chưa đủ
 * để đạt chỉ tiêu (2020–2025)`, or `chưa đánh giá được` (with the reason when `reason`).
 */
export function horizonCell(
  horizon: EurostatHorizon,
  lang: Language,
  options: { readonly reason?: boolean } = {},
): string {
  const span = horizon.verdict === null ? undefined : spanText(horizon, lang)
  return `${horizonVerdict(horizon, lang, options)}${span === undefined ? '' : ` (${span})`}`
}

/**
 * The institution's verdict on a series in one line, its name first: `Open SDG: Tiến bộ
 * hạn chế (điểm −1,55)`; for Eurostat both horizons, side by side. Undefined when the
 * assessment carries none (no profile named, or none for this case).
 */
export function profileLine(
  assessment: Assessment,
  lang: Language,
  options: { readonly reason?: boolean } = {},
): string | undefined {
  const { horizons, profileVerdict } = assessment
  const name = profileName(assessment.profile)
  if (horizons !== null) {
    return `${name}: ${horizonText(horizons.short, 'short', lang, options)}; ${horizonText(horizons.long, 'long', lang, options)}`
  }
  if (profileVerdict === null) return undefined
  return `${profileName(profileVerdict.profile)}: ${verdictText(profileVerdict, lang)}${escapIndexText(assessment, lang)}`
}

/**
 * The headline verdict in a cell: the institution's name and verdict (Eurostat's short
 * term, its headline), or empty.
 */
export function profileCell(assessment: Assessment, lang: Language): string {
  const verdict = assessment.profileVerdict
  if (verdict === null) {
    return assessment.horizons === null
      ? ''
      : `${profileName(assessment.profile)}: ${PROFILE_WORDS[lang].notAssessed}`
  }
  return `${profileName(verdict.profile)}: ${verdictText(verdict, lang)}${escapIndexText(assessment, lang)}`
}
