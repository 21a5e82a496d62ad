import { CliError } from '../cli-error'
import type { CommandContext } from '../command'

/** The files a data command reads: its arguments, and those given with `--records`. */
export interface SubmissionFiles {
  /** Files given as arguments: each is an observation or a record file, by its header. */
  readonly files: readonly string[]
  /** Files given with `--records`. */
  readonly records: readonly string[]
}

/** The data files of a command: its arguments and `--records`; at least one unless `optional`. */
export function requireFiles(
  context: CommandContext,
  command: string,
  optional = false,
): SubmissionFiles {
  const records = context.options.records
  const input: SubmissionFiles = {
    files: context.files,
    records: Array.isArray(records) ? records : typeof records === 'string' ? [records] : [],
  }
  if (!optional && input.files.length + input.records.length === 0) {
    throw new CliError(
      {
        vi: `\`tiendo ${command}\` cần ít nhất một tệp số liệu.`,
        en: `\`tiendo ${command}\` needs at least one data file.`,
      },
      {
        vi: `Ví dụ \`tiendo ${command} quy-3.csv --pack ninh-thuan\`; xem \`tiendo ${command} --help\`.`,
        en: `For example \`tiendo ${command} q3.csv --pack ninh-thuan\`; see \`tiendo ${command} --help\`.`,
      },
    )
  }
  return input
}
