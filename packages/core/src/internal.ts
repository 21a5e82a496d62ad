/**
 * `@tiendo/core/internal`: the growth factor behind `compoundGrowthRate`, for callers that memoise it.
 *
 * Unstable. These are for the other packages and the examples of this repository; they may
 * change or go in any release, without a major version. Nothing here is needed to use
 * `@tiendo/core`: its main entry is the public API.
 *
 * @packageDocumentation
 */

// The main entry's types `compoundGrowth` takes and gives, so this entry names them too.
export type { ExactInput } from './decimal'
export type { GrowthResult, ProgressRefusal, ProgressRefusalCode } from './progress'
export { compoundGrowth } from './progress'
