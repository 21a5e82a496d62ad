import {
  type PipelineReport,
  reportToMarkdown,
  reportToPretty,
  runPipeline,
} from '@tiendo/pipeline'
import { assessedOf, assessedOptions } from '../assessment/assessed-options'
import { FAIL_ON, failOnOption } from '../assessment/fail-on'
import { methodologyOf, methodologyOption } from '../assessment/methodology-option'
import { assessWritten } from '../assessment/written-assessment'
import type { Command, CommandContext } from '../command'
import { ciIssues, colorFor, formatOf, ISSUE_FORMATS, widthFor } from '../formats/issues-format'
import { readOptions } from '../input/read-options'
import { withPipelineInput } from '../input/store-input'
import { formatOption, packOption, stringOption } from '../options'
import { emit } from '../output'
import { exitCodeOf } from './exit-code-of'

/** `tiendo assess <files…> --pack <id|path>`: progress and forecast for every target. */
export const assessCommand: Command = {
  name: 'assess',
  summary: {
    vi: 'Đánh giá tiến độ và dự báo đến từng mục tiêu (đúng tiến độ, cần tăng tốc, đi lùi…)',
    en: 'Assess progress and forecast to every target (on track, needs acceleration, deterioration…)',
  },
  synopsis:
    '<files…> --pack <id|path> [--indicator I] [--target ID] [--fail-on off-track] [--format …] [--output FILE]',
  examples: [
    'tiendo assess ninh-thuan.csv --pack ninh-thuan',
    'tiendo assess vietnam.csv --pack vn-national --indicator household_fibre_rate --format json',
    'tiendo assess vietnam.csv --pack vn-national --fail-on off-track --format github',
    'tiendo assess data.csv --pack ./tinh.pack.json --methodology opensdg --format json --output progress.json',
  ],
  options: [
    packOption,
    formatOption(ISSUE_FORMATS),
    failOnOption,
    methodologyOption,
    ...assessedOptions,
    ...readOptions,
  ],
  async run(context) {
    return withPipelineInput(context, 'assess', async (input, files) => {
      const failOn = stringOption(context.options['fail-on'])
      const failing = failOn === undefined ? undefined : FAIL_ON[failOn]
      const format = formatOf(context)
      const options = { ...input, methodology: methodologyOf(context) }
      const assessed = assessedOf(context)
      if (format === 'pretty' || format === 'markdown') {
        // The tables show every series and every derived figure: the run keeps them all.
        const report = await runPipeline({ ...options, evaluate: false, assess: assessed })
        await emit(context, renderSeries(report, format, context))
        return exitCodeOf(report, failing)
      }
      const written = await assessWritten(options, assessed, failing, format === 'json')
      try {
        await emit(
          context,
          ciIssues(format, files, written.issues, context, written.report) ??
            written.jsonPieces(context.lang),
        )
      } finally {
        await written.close()
      }
      return exitCodeOf(written.report, failing)
    })
  },
}

/** The assessment as the tables of a terminal or a Markdown page. */
function renderSeries(
  report: PipelineReport,
  format: 'pretty' | 'markdown',
  context: CommandContext,
): string {
  const { lang } = context
  return format === 'markdown'
    ? reportToMarkdown(report, { lang })
    : reportToPretty(report, { lang, color: colorFor(context), width: widthFor(context) })
}
