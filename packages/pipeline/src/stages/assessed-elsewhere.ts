/**
 * A series assessed on another thread, as that thread hands it back: its assessment as JSON
 * text, which a run writing JSON writes as it is, and the little a run counts. @internal
 */

import type { Assessment } from '@tiendo/forecast'
import { deserializeAssessment } from '@tiendo/forecast'

/** @internal */
export interface AssessedElsewhere {
  /** `JSON.stringify(serializeAssessment(assessment))`. */
  readonly json: string
  /** The assessment's `status`. */
  readonly status: Assessment['status']
  /** The id of the target it was assessed against (`assessment.target.id`), or null. */
  readonly target: string | null
  /** The assessment's `profile`. */
  readonly profile: Assessment['profile']
}

/** What a thread sends back of one assessment. @internal */
export function assessedElsewhere(assessment: Assessment, json: string): AssessedElsewhere {
  return {
    json,
    status: assessment.status,
    target: assessment.target?.id ?? null,
    profile: assessment.profile,
  }
}

/** The assessment itself, made again from its text. @internal */
export function assessmentFrom(assessed: AssessedElsewhere): Assessment {
  return deserializeAssessment(JSON.parse(assessed.json))
}
