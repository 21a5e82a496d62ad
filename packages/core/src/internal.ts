/**
 * `@tiendo/core/internal`: the growth factor behind `compoundGrowthRate`, for callers that memoise it.
 *
 * Unstable. These are for the other packages and the examples of this repository; they may
 * change or go in any release, without a major version. Nothing here is needed to use
 * `@tiendo/core`: its main entry is the public API.
 *
 * @packageDocumentation
 */

export { compoundGrowth } from './progress'
