/**
 * `@tiendo/schema/internal`: the fast paths the readers take for every row.
 *
 * Unstable. These are for the other packages and the examples of this repository; they may
 * change or go in any release, without a major version. Nothing here is needed to use
 * `@tiendo/schema`: its main entry is the public API.
 *
 * @packageDocumentation
 */

export { fastParseObservation, fastParseRecord } from './row-fast-path'
export { memoizeText, TEXT_MEMO_LIMITS } from './text-memo'
