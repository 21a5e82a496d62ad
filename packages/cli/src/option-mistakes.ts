import { closestId } from '@tiendo/schema/internal'
import { CliError } from './cli-error'
import type { Command, OptionSpec } from './command'
import { commands } from './commands'

/**
 * The mistakes people make with options, told in their language with the fix: an option the
 * command does not have (with the closest one it has: `--formt` → `--format`), an option
 * whose value is missing, a switch given a value. Node's own parser says these in English
 * and without the fix, so they are found here first, by the same rules it applies. Returns
 * nothing when the arguments are free of them.
 */
export function findOptionMistake(
  command: Command,
  options: readonly OptionSpec[],
  argv: readonly string[],
): CliError | undefined {
  const byName = new Map(options.map((option) => [option.name, option]))
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    // After `--` every argument is a file, as for Node's parser.
    if (arg === '--') return undefined
    if (!arg.startsWith('-') || arg === '-') continue
    const equals = arg.indexOf('=')
    const name = (equals === -1 ? arg : arg.slice(0, equals)).replace(/^--?/, '')
    const option = byName.get(name)
    if (option === undefined || !arg.startsWith('--')) {
      const written = arg.slice(0, equals === -1 ? undefined : equals)
      return unknownOption(command, written, name, [...byName.keys()])
    }
    if (option.type === 'boolean') {
      if (equals !== -1) return switchWithValue(command, option)
      continue
    }
    if (equals !== -1) continue
    const value = argv[i + 1]
    if (value === undefined || value.startsWith('-')) return missingValue(command, option)
    i++
  }
  return undefined
}

function unknownOption(
  command: Command,
  written: string,
  name: string,
  known: readonly string[],
): CliError {
  // `-h` for `--help`: a single letter stands for the one option it begins, if only one does.
  const initial = known.filter((option) => name.length === 1 && option.startsWith(name))
  const near = initial.length === 1 ? initial[0] : closestId(name, known)
  const list = known.map((option) => `--${option}`).join(', ')
  // `evaluate --fail-on`: an option of other commands, not of this one.
  const elsewhere = commands
    .filter((other) => other.options.some((option) => option.name === name))
    .map((other) => `tiendo ${other.name}`)
  return new CliError(
    {
      vi: `\`tiendo ${command.name}\` không có tùy chọn \`${written}\`.`,
      en: `\`tiendo ${command.name}\` has no option \`${written}\`.`,
    },
    written.startsWith('--') && elsewhere.length > 0
      ? {
          vi: `\`${written}\` là tùy chọn của ${elsewhere.join(', ')}; xem \`tiendo ${command.name} --help\`.`,
          en: `\`${written}\` is an option of ${elsewhere.join(', ')}; see \`tiendo ${command.name} --help\`.`,
        }
      : near !== undefined
        ? {
            vi: `Có phải là \`--${near}\`? Xem \`tiendo ${command.name} --help\`.`,
            en: `Did you mean \`--${near}\`? See \`tiendo ${command.name} --help\`.`,
          }
        : {
            vi: `Các tùy chọn của lệnh: ${list}. Một tệp có tên bắt đầu bằng \`-\` ghi sau \`--\`.`,
            en: `Its options are ${list}. A file whose name starts with \`-\` goes after \`--\`.`,
          },
  )
}

function missingValue(command: Command, option: OptionSpec): CliError {
  const placeholder = option.choices?.join('|') ?? option.valueName ?? 'VALUE'
  return new CliError(
    {
      vi: `Tùy chọn \`--${option.name}\` của \`tiendo ${command.name}\` cần một giá trị.`,
      en: `The option \`--${option.name}\` of \`tiendo ${command.name}\` needs a value.`,
    },
    {
      vi: `Ghi giá trị ngay sau nó: \`--${option.name} <${placeholder}>\` (giá trị bắt đầu bằng \`-\` thì ghi \`--${option.name}=…\`).`,
      en: `Write the value right after it: \`--${option.name} <${placeholder}>\` (a value starting with \`-\` as \`--${option.name}=…\`).`,
    },
  )
}

function switchWithValue(command: Command, option: OptionSpec): CliError {
  return new CliError(
    {
      vi: `Tùy chọn \`--${option.name}\` của \`tiendo ${command.name}\` không nhận giá trị.`,
      en: `The option \`--${option.name}\` of \`tiendo ${command.name}\` takes no value.`,
    },
    {
      vi: `Chỉ ghi \`--${option.name}\`.`,
      en: `Write \`--${option.name}\` alone.`,
    },
  )
}
