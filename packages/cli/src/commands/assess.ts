import {
  flattenIssue,
  issuesToGithubAnnotations,
  issuesToJunit,
  issuesToSarif,
  progressReportToMarkdown,
  progressReportToPretty,
  sortIssues,
} from '@tiendo/io'
import { serializeTargetReport } from '@tiendo/rules'
import { FAIL_ON, failOnOption } from '../assessment/fail-on'
import { progressInput, toProgressReport } from '../assessment/progress-input'
import { anyFailing, targetIssues } from '../assessment/target-issues'
import type { Command } from '../command'
import { ExitCode } from '../exit-codes'
import { colorFor, formatOf, ISSUE_FORMATS } from '../formats/issues-format'
import { readOptions } from '../input/read-options'
import { formatOption, packOption, stringOption } from '../options'
import { emit } from '../output'
import { version } from '../version'

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
    'tiendo assess data.csv --pack ./tinh.pack.json --format json --output progress.json',
  ],
  options: [packOption, formatOption(ISSUE_FORMATS), failOnOption, ...readOptions],
  async run(context) {
    const input = await progressInput(context, 'assess', { evaluate: false })
    const { submission, targets } = input
    const failOn = stringOption(context.options['fail-on'])
    const failing = failOn === undefined ? undefined : FAIL_ON[failOn]
    const issues = sortIssues([
      ...submission.issues.kept,
      ...targetIssues(targets, submission.dataset, failing),
    ])
    const { lang } = context
    let text: string
    switch (formatOf(context)) {
      case 'json': {
        const body = {
          valid: submission.issues.errors === 0,
          pack: { id: input.pack.id, version: input.pack.version },
          stats: {
            ...submission.stats,
            errors: submission.issues.errors,
            warnings: submission.issues.warnings,
          },
          targets: targets.map(serializeTargetReport),
          issues: issues.map((issue) => flattenIssue(issue, lang)),
        }
        text = `${JSON.stringify(body, null, 2)}\n`
        break
      }
      case 'junit':
        text = issuesToJunit(input.files, issues, lang)
        break
      case 'sarif':
        text = issuesToSarif(issues, lang, { version })
        break
      case 'github':
        text = issuesToGithubAnnotations(issues, lang)
        break
      case 'markdown':
        text = progressReportToMarkdown(toProgressReport(input), { lang })
        break
      case 'pretty':
        text = progressReportToPretty(toProgressReport(input), { lang, color: colorFor(context) })
        break
    }
    await emit(context, text)
    if (submission.cannotRead) return ExitCode.cannotRun
    if (submission.issues.errors > 0 || anyFailing(targets, failing)) return ExitCode.failed
    return ExitCode.ok
  },
}
