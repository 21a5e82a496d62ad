/**
 * `@tiendo/pipeline/internal`: the spool a run writes its long lists to, JSON written
 * with those lists' lines as the bytes they were spooled in, and a series' latest value as
 * the reports write it. Node only.
 *
 * Unstable. These are for the other packages and the examples of this repository; they may
 * change or go in any release, without a major version. Nothing here is needed to use
 * `@tiendo/pipeline`: its main entry is the public API.
 *
 * This entry is a bundle of its own: a `JsonList` or `JsonLines` given to its `jsonPieces`
 * must come from here too (a class of the main entry is another class to it).
 *
 * @packageDocumentation
 */

export { fileSpool } from './node/file-spool'
export type { ReportSpool, SpooledList, SpoolWriter } from './parts/report-spool'
export { latestText } from './render/report-view'
export type { JsonChunksOptions } from './report/json-chunks'
export { JsonList, jsonChunks, jsonPieces } from './report/json-chunks'
export { JsonLines } from './report/json-lines'
