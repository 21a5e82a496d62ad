/**
 * One series' assessment that never throws on what a pack says: `assessProgress`, with input
 * it refuses (a target whose comparator goes against the indicator's direction…) turned into
 * `insufficient_data` with the reason.
 */

import type { Assessment, AssessProgressInput } from '@tiendo/forecast'
import { AssessmentInputError, assessProgress, getProfile, unassessed } from '@tiendo/forecast'
import type { Language } from '@tiendo/schema'

/**
 * The assessment of input `assessProgress` refuses (a target whose comparator goes against
 * the indicator's direction…): `insufficient_data` with the reason, so one bad target in a
 * pack never stops the report.
 */
function refusedAssessment(
  error: AssessmentInputError,
  input: AssessProgressInput,
  lang: Language,
): Assessment {
  const profile = getProfile(input.profile ?? 'eurostat')
  const message = {
    vi: `${error.text.vi} ${error.hint.vi}`,
    en: `${error.text.en} ${error.hint.en}`,
  }
  return unassessed({
    method: input.method ?? profile.method,
    profile: profile.name,
    direction: input.direction,
    reason: message[lang],
    explanation: { code: error.code, message },
  })
}

/**
 * Assesses one planned series (see `planAssessments`): `assessProgress`, except that input
 * it refuses gives `insufficient_data` with the reason, so one bad target in a pack never
 * stops a report. Pure and synchronous: a worker thread can run it on the plan's `input`.
 */
export function assessSeries(input: AssessProgressInput): Assessment {
  try {
    return assessProgress(input)
  } catch (error) {
    if (!(error instanceof AssessmentInputError)) throw error
    return refusedAssessment(error, input, input.lang ?? 'en')
  }
}
