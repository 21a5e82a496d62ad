import { parseArgs } from 'node:util'
import { closestId } from '@tiendo/schema/internal'
import { CliError } from './cli-error'
import type { Command, CommandContext, OptionSpec } from './command'
import { findOptionMistake } from './option-mistakes'

/** Parses a command's arguments strictly: an unknown option or a bad choice is a usage error. */
export function parseCommandArguments(
  command: Command,
  options: readonly OptionSpec[],
  argv: readonly string[],
): Pick<CommandContext, 'files' | 'options'> {
  const config = Object.fromEntries(
    options.map((option) => [
      option.name,
      { type: option.type, multiple: option.multiple ?? false },
    ]),
  )
  const mistake = findOptionMistake(command, options, argv)
  if (mistake) throw mistake
  let parsed: ReturnType<typeof parseArgs>
  try {
    parsed = parseArgs({ args: [...argv], options: config, allowPositionals: true, strict: true })
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    throw new CliError(
      {
        vi: `Tham số không hợp lệ cho \`tiendo ${command.name}\`: ${detail}`,
        en: `Invalid arguments for \`tiendo ${command.name}\`: ${detail}`,
      },
      {
        vi: `Xem \`tiendo ${command.name} --help\`.`,
        en: `See \`tiendo ${command.name} --help\`.`,
      },
    )
  }
  for (const option of options) {
    const value = parsed.values[option.name]
    if (option.choices && typeof value === 'string' && !option.choices.includes(value)) {
      // `JSON`, `jsn`: the choice meant, in its case or a keystroke away (choices are lower case).
      const near = closestId(value.toLowerCase(), option.choices)
      const meant = (lead: string) => (near === undefined ? '' : `${lead} \`${near}\`? `)
      throw new CliError(
        {
          vi: `\`--${option.name}\` không nhận giá trị \`${value}\`.`,
          en: `\`--${option.name}\` does not accept \`${value}\`.`,
        },
        {
          vi: `${meant('Có phải là')}Dùng một trong: ${option.choices.join(', ')}.`,
          en: `${meant('Did you mean')}Use one of: ${option.choices.join(', ')}.`,
        },
      )
    }
  }
  return { files: parsed.positionals, options: parsed.values as CommandContext['options'] }
}
