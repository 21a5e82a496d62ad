/**
 * A national run in parts: each part of the unit tree under its top (a province, with the
 * provinces a merger joined to it) run on its own, then the top (the country) from the
 * parts' figures of the units just under it, and one report merged from them all. What a
 * run holds is then one province's, whatever the country's size. @internal
 */

import { unitParts } from '@tiendo/core'
import { DEFAULT_MAX_ISSUES } from '@tiendo/io'
import type { PipelineReport } from '../report/report'
import type { PipelineOptions, Source } from '../run/options'
import { PipelineError } from '../run/pipeline-error'
import { hooksOf, withoutHooks } from '../run/run-hooks'
import {
  type GivenFigures,
  type PipelineHost,
  preparePack,
  runPipelineWith,
} from '../run/run-pipeline'
import { givenFigures, joinGiven } from './given-figures'
import { MergedReport } from './merged-report'
import type { ReportSpool } from './report-spool'

/** A part about to run, for progress. */
export interface PartProgress {
  /** Its place among the runs, from 1; the top's run is the last. */
  readonly index: number
  /** How many runs there are, the top's included. */
  readonly count: number
  /** The units it was grown from (the provinces), by key; the top's run names the top's units. */
  readonly units: readonly string[]
}

/** What {@link runInPartsWith} takes beside a run's options. @internal */
export interface InPartsRun {
  readonly spool: ReportSpool
  readonly onPart?: ((part: PartProgress) => void) | undefined
  /** Lets go of what a part's run left behind before the next begins (a full collection). */
  readonly betweenParts?: (() => void) | undefined
}

/** @internal */
export async function runInPartsWith(
  host: PipelineHost,
  options: PipelineOptions<Source>,
  run: InPartsRun,
): Promise<MergedReport> {
  if (options.units !== undefined) {
    throw new PipelineError(
      'invalid_option',
      {
        vi: 'Chạy theo từng phần là chạy cho cả nước: không dùng cùng `units`.',
        en: 'A run in parts covers the whole country: it does not take `units`.',
      },
      {
        vi: 'Bỏ `units` để chạy cả nước theo từng tỉnh, hoặc bỏ chạy theo từng phần để chạy cho một tỉnh.',
        en: 'Leave `units` out to run the whole country province by province, or run one province without parts.',
      },
    )
  }
  const prepared = await preparePack(host, options)
  // Each part's figures and series are merged from its report, then handed to the caller's hooks.
  const { onFigure, onSeries } = hooksOf(options)
  const partOptions = withoutHooks(options)
  const merged = new MergedReport(run.spool, {
    lang: options.lang ?? 'vi',
    maxIssues: options.maxIssues ?? DEFAULT_MAX_ISSUES,
  })
  const cut = unitParts(prepared.units)
  if (cut === undefined) {
    // A tree that does not cut (no units under its top, or a top merged into them): one run.
    run.onPart?.({ index: 1, count: 1, units: [] })
    add(await runPipelineWith(host, partOptions, { prepared }))
    return merged
  }
  const count = cut.parts.length + 1
  const under = new Set(cut.under)
  const given: GivenFigures[] = []
  for (const [i, part] of cut.parts.entries()) {
    if (i > 0) run.betweenParts?.()
    run.onPart?.({ index: i + 1, count, units: part })
    given.push(await runPart(host, { ...partOptions, units: part }, { prepared, role: 'part' }))
  }
  run.betweenParts?.()
  run.onPart?.({ index: count, count, units: cut.top })
  const top = await runPipelineWith(
    host,
    { ...partOptions, units: cut.top },
    { prepared, role: 'top', given: joinGiven(given) },
  )
  add(top)
  return merged

  function add(report: PipelineReport): void {
    merged.add(report)
    if (onFigure !== undefined) for (const figure of report.derived.figures) onFigure(figure)
    if (onSeries !== undefined) for (const series of report.targets) onSeries(series)
  }

  /**
   * One part's run, merged, and its figures for the top. Its own function, so its report is
   * let go when it returns: a local of the loop would live on in the suspended caller until
   * the next part's report replaced it, two parts held at once.
   */
  async function runPart(...args: Parameters<typeof runPipelineWith>): Promise<GivenFigures> {
    const report = await runPipelineWith(...args)
    add(report)
    return givenFigures(report.dataset, under)
  }
}
