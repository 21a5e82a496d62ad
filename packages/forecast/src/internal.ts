/**
 * `@tiendo/forecast/internal`: Student's t distribution, as the prediction bands use it, and the JSON text of an assessment as reports write it.
 *
 * Unstable. These are for the other packages and the examples of this repository; they may
 * change or go in any release, without a major version. Nothing here is needed to use
 * `@tiendo/forecast`: its main entry is the public API.
 *
 * @packageDocumentation
 */

export { assessmentJsonText } from './serialize'
export { STUDENT_T_DIGITS, studentTCdf, studentTDensity, studentTQuantile } from './student-t'
