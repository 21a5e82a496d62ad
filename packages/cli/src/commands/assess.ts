import { flattenIssue, sortIssues } from '@tiendo/io'
import {
  indicatorProgressJson,
  indicatorProgressOf,
  JsonList,
  jsonChunks,
  type PipelineReport,
  reportToMarkdown,
  reportToPretty,
  runPipeline,
} from '@tiendo/pipeline'
import { serializeTargetReport } from '@tiendo/rules'
import { FAIL_ON, failOnOption } from '../assessment/fail-on'
import { methodologyOf, methodologyOption } from '../assessment/methodology-option'
import { targetIssues } from '../assessment/target-issues'
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
  synopsis: '<files…> --pack <id|path> [--fail-on off-track] [--format …] [--output FILE]',
  examples: [
    'tiendo assess ninh-thuan.csv --pack ninh-thuan',
    'tiendo assess vietnam.csv --pack vn-national --fail-on off-track --format github',
    'tiendo assess data.csv --pack ./tinh.pack.json --methodology opensdg --format json --output progress.json',
  ],
  options: [
    packOption,
    formatOption(ISSUE_FORMATS),
    failOnOption,
    methodologyOption,
    ...readOptions,
  ],
  async run(context) {
    return withPipelineInput(context, 'assess', async (input, files) => {
      const report = await runPipeline({
        ...input,
        evaluate: false,
        methodology: methodologyOf(context),
      })
      const failOn = stringOption(context.options['fail-on'])
      const failing = failOn === undefined ? undefined : FAIL_ON[failOn]
      await emit(context, renderAssessment(report, files, failing, context))
      return exitCodeOf(report, failing)
    })
  },
}

/** The assessment in the format asked for. */
function renderAssessment(
  report: PipelineReport,
  files: readonly string[],
  failing: ReadonlySet<string> | undefined,
  context: CommandContext,
): string | Iterable<string> {
  const issues = sortIssues([...report.validation.issues, ...targetIssues(report, failing)])
  const { lang } = context
  const format = formatOf(context)
  const ci = ciIssues(format, files, issues, lang)
  if (ci !== undefined) return ci
  switch (format) {
    case 'json': {
      // Written as it is made, one series at a time: never one string of the whole.
      const body = {
        valid: report.valid,
        pack: { id: report.pack.id, version: report.pack.version },
        stats: report.validation.stats,
        targets: new JsonList(report.targets, serializeTargetReport),
        indicatorProgress: new JsonList(indicatorProgressOf(report.targets), indicatorProgressJson),
        issues: new JsonList(issues, (issue) => flattenIssue(issue, lang)),
      }
      return withNewline(jsonChunks(body, 2, { lines: true }))
    }
    case 'markdown':
      return reportToMarkdown(report, { lang })
    default: // pretty
      return reportToPretty(report, { lang, color: colorFor(context), width: widthFor(context) })
  }
}

function* withNewline(pieces: Iterable<string>): Generator<string> {
  yield* pieces
  yield '\n'
}
