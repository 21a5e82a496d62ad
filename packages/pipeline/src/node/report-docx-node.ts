import type { ChartRasterizer } from '../render/docx/chart-png'
import { type DocxOptions, reportToDocx as reportToDocxWith } from '../render/docx/report-docx'
import type { PipelineReport } from '../report/report'
import { nodeChartRasterizer } from './chart-png-node'

/** Options of the Node entry's `reportToDocx`. */
export interface NodeDocxOptions extends Omit<DocxOptions, 'charts'> {
  /**
   * Renders the charts as PNG. Defaults to `nodeChartRasterizer()` (resvg's WebAssembly and
   * Noto Sans, from the installed packages); `false` leaves the charts out.
   */
  readonly charts?: ChartRasterizer | false | undefined
}

/**
 * The report as a Word document in the form of Decree 30/2020/NĐ-CP (see the browser entry's
 * `reportToDocx`), with its charts rendered as images by default.
 */
export async function reportToDocx(
  report: PipelineReport,
  options: NodeDocxOptions = {},
): Promise<Uint8Array> {
  const charts =
    options.charts === false ? undefined : (options.charts ?? (await nodeChartRasterizer()))
  return reportToDocxWith(report, { ...options, charts })
}
