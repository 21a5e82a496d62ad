import {
  flattenIssue,
  issuesToGithubAnnotations,
  issuesToJunit,
  issuesToSarif,
  sortIssues,
} from '@tiendo/io'
import {
  indicatorProgressJson,
  indicatorProgressOf,
  reportToMarkdown,
  reportToPretty,
  runPipeline,
} from '@tiendo/pipeline'
import { serializeTargetReport } from '@tiendo/rules'
import { FAIL_ON, failOnOption } from '../assessment/fail-on'
import { methodologyOf, methodologyOption } from '../assessment/methodology-option'
import { targetIssues } from '../assessment/target-issues'
import type { Command } from '../command'
import { colorFor, formatOf, ISSUE_FORMATS, widthFor } from '../formats/issues-format'
import { pipelineInput } from '../input/pipeline-input'
import { readOptions } from '../input/read-options'
import { formatOption, packOption, stringOption } from '../options'
import { emit } from '../output'
import { version } from '../version'
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
    const input = pipelineInput(context, 'assess')
    const report = await runPipeline({
      ...input,
      evaluate: false,
      methodology: methodologyOf(context),
    })
    const failOn = stringOption(context.options['fail-on'])
    const failing = failOn === undefined ? undefined : FAIL_ON[failOn]
    const issues = sortIssues([...report.validation.issues, ...targetIssues(report, failing)])
    const files = input.sources.map((source) => ('path' in source ? source.path : ''))
    const { lang } = context
    let text: string
    switch (formatOf(context)) {
      case 'json': {
        const body = {
          valid: report.valid,
          pack: { id: report.pack.id, version: report.pack.version },
          stats: report.validation.stats,
          targets: report.targets.map(serializeTargetReport),
          indicatorProgress: indicatorProgressOf(report.targets).map(indicatorProgressJson),
          issues: issues.map((issue) => flattenIssue(issue, lang)),
        }
        text = `${JSON.stringify(body, null, 2)}\n`
        break
      }
      case 'junit':
        text = issuesToJunit(files, issues, lang)
        break
      case 'sarif':
        text = issuesToSarif(issues, lang, { version })
        break
      case 'github':
        text = issuesToGithubAnnotations(issues, lang)
        break
      case 'markdown':
        text = reportToMarkdown(report, { lang })
        break
      case 'pretty':
        text = reportToPretty(report, {
          lang,
          color: colorFor(context),
          width: widthFor(context),
        })
        break
    }
    await emit(context, text)
    return exitCodeOf(report, failing)
  },
}
