/**
 * `runPipelineInParts` in Node: a national run province by province, its lists spooled to
 * the system's temporary folder, and one JSON report written from them.
 */

import type { PartProgress } from '../parts/run-in-parts'
import { runInPartsWith } from '../parts/run-in-parts'
import { type JsonChunksOptions, piecesAsText } from '../report/json-chunks'
import type { ReportSummary, RulesSummary } from '../report/report'
import { fileSpool } from './file-spool'
import { fullCollection } from './full-collection'
import { type NodePipelineOptions, nodeHost } from './run-pipeline-node'

/** What {@link runPipelineInParts} takes: what `runPipeline` takes, but `units`, and more. */
export interface InPartsOptions extends Omit<NodePipelineOptions, 'units'> {
  /** Called as each part's run begins (the top's is the last). Defaults to none. */
  readonly onPart?: ((part: PartProgress) => void) | undefined
  /**
   * The folder the parts' figures, results and series wait in until the report is written
   * (a folder of its own is made there and removed by `close`). Defaults to the system's
   * temporary folder.
   */
  readonly spoolFolder?: string | undefined
}

/** A national run's report made in parts: its answers, and its JSON written on demand. */
export interface ReportInParts {
  /** No data error in any part. */
  readonly valid: boolean
  /** A source could not be read, or not to its end. */
  readonly cannotRead: boolean
  readonly summary: ReportSummary
  readonly rules: RulesSummary
  /** The runs made: the parts and the top. */
  readonly runs: number
  /**
   * The JSON report (the shape of `reportJsonChunks`, messages in the run's `lang`) in
   * pieces, read from the spool as they are written. Its lists say what the whole run's
   * say; within a list they come part by part.
   */
  jsonChunks(
    options?: Pick<JsonChunksOptions, 'lines'> & { readonly indent?: number },
  ): Generator<string>
  /**
   * {@link ReportInParts.jsonChunks} with the spooled lists' lines as the UTF-8 bytes they
   * were written in. A piece of bytes is valid only until the next piece is asked for (its
   * memory is read into again): write each before asking for the next, as `writeSync` does.
   * A stream that buffers what it is given (`Readable.from`) needs {@link ReportInParts.jsonChunks}.
   * @internal
   */
  jsonPieces(
    options?: Pick<JsonChunksOptions, 'lines'> & { readonly indent?: number },
  ): Generator<string | Uint8Array>
  /** Removes what was spooled. */
  close(): Promise<void>
}

/**
 * Runs the whole job for a country too large for one run's memory: each province (each unit
 * just under the top of the tree, with everything under it and the provinces a merger joined
 * to it) on its own, then the country from the provinces' figures, and one report merged
 * from them. What the run holds at a time is one province's; over a store (`@tiendo/duckdb`)
 * each province reads only its rows. Every figure, rule result and series is the one the
 * whole run finds (the lists come province by province rather than in the whole run's
 * order). The report is JSON only; call `close` when it is written. Between parts it runs
 * a full garbage collection (V8 would keep the heap of the largest part so far), exposing
 * `gc` once for it when Node was not started with `--expose-gc`.
 *
 * @example
 * const report = await runPipelineInParts({ pack: 'vn-national', sources: await store.sources() })
 * try {
 *   await pipeline(Readable.from(report.jsonChunks()), createWriteStream('bao-cao.json'))
 * } finally {
 *   await report.close()
 * }
 */
export async function runPipelineInParts(options: InPartsOptions): Promise<ReportInParts> {
  const spool = fileSpool(options.spoolFolder)
  try {
    const merged = await runInPartsWith(nodeHost(options), options, {
      spool,
      onPart: options.onPart,
      betweenParts: fullCollection,
    })
    const head = merged.reportHead()
    return {
      valid: head.valid,
      cannotRead: head.cannotRead,
      summary: head.summary,
      rules: head.rules,
      runs: merged.runs,
      jsonChunks: (json) => piecesAsText(merged.jsonPieces(json)),
      jsonPieces: (json) => merged.jsonPieces(json),
      close: () => spool.close(),
    }
  } catch (error) {
    await spool.close()
    throw error
  }
}
