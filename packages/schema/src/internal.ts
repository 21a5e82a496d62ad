/**
 * `@tiendo/schema/internal`: the fast paths the readers take for every row, loaders for every
 * pack, how copies of JSON-like values set their keys, where a row's field is, whether a
 * spreadsheet wrote a whole number with decimals, a clerk's word folded, whether an
 * indicator takes whole numbers, and the known id closest to a mistyped one.
 *
 * Unstable. These are for the other packages and the examples of this repository; they may
 * change or go in any release, without a major version. Nothing here is needed to use
 * `@tiendo/schema`: its main entry is the public API.
 *
 * @packageDocumentation
 */

// The types the fast paths return and the schemas they are inferred from, as types only: the
// schemas to use as values are the main entry's (this entry's bundle has its own copy).
export { closestId } from './closest-id'
export { CONTROL_CHARACTERS } from './control-characters'
export { cellOfRow, fieldLocation } from './field-location'
export { fold } from './fold'
export { takesWholeNumbers } from './indicator'
export { MEASURE_BESIDE_ONE, MEASURE_BESIDE_VALUE, MEASURE_WORDS } from './measures'
export type { Observation, ObservationSchema } from './observation'
export { setOwnKey } from './own-key'
export type { Pack, PackSchema } from './pack'
export { safeParsePack } from './pack-fast-path'
export { isNumberWithZeroDecimals, suggestPeriod } from './period-suggestion'
export type { RecordSchema, SubmittedRecord } from './record'
export { fastParseObservation, fastParseRecord } from './row-fast-path'
export { COMPARATOR_SIGNS } from './target'
export { memoizeText, TEXT_MEMO_LIMITS } from './text-memo'
