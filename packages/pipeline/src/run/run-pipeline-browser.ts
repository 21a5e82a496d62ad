/**
 * `runPipeline` in a browser: sources given as content (`{ name, text }`, a `File`…) or as
 * rows, packs as built-in ids, objects or text. No Node API, nothing fetched.
 */

import * as io from '@tiendo/io/parse'
import { loadPackInput } from '../pack/load-pack'
import { makeReaders } from '../read/make-readers'
import type { PipelineReport } from '../report/report'
import { assessHere } from '../stages/assess'
import type { PipelineOptions } from './options'
import { runPipelineWith } from './run-pipeline'

const readers = makeReaders(io)

/**
 * Runs the whole job in a browser (or any JavaScript runtime): reads the sources, validates
 * them against the pack, derives what the pack declares and nobody submitted, evaluates the
 * rules and assesses progress to every target — and returns one report. Problems with the
 * data are the report's issues, never thrown; a pack that cannot be used throws a
 * `PipelineError` that says what, where and how to fix it.
 *
 * @example
 * const report = await runPipeline({
 *   pack: 'ninh-thuan',
 *   sources: [...input.files], // the files a user picked or dropped
 * })
 * document.body.dataset.valid = String(report.valid)
 */
export function runPipeline(options: PipelineOptions): Promise<PipelineReport> {
  return runPipelineWith({ readers, loadPack: loadPackInput, assessor: assessHere }, options)
}
