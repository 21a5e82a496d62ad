import { PipelineError } from '@tiendo/pipeline'
import type { Language } from '@tiendo/schema'
import { closestId } from '@tiendo/schema/internal'
import { CliError } from './cli-error'
import type { Command, TextSink } from './command'
import { commands } from './commands'
import { ExitCode } from './exit-codes'
import { commandHelp, programHelp } from './help'
import { languageFromEnvironment } from './language'
import { commonOptions } from './options'
import { parseCommandArguments } from './parse-arguments'
import { terminalWidth } from './terminal-width'
import { version } from './version'

/** Where `run` reads its environment and writes its text. */
export interface RunEnvironment {
  stdout: TextSink
  stderr: TextSink
  /** Defaults to `process.env`. */
  env?: Readonly<Record<string, string | undefined>>
  /** Resolves relative paths. Defaults to `process.cwd()`. */
  cwd?: string
}

/**
 * Runs `tiendo` with the arguments after the program name and returns the exit code. It
 * never throws: every failure becomes a message on `stderr` and exit code 2.
 */
export async function run(argv: readonly string[], environment: RunEnvironment): Promise<number> {
  const env = environment.env ?? process.env
  const lang = languageFromArguments(argv) ?? languageFromEnvironment(env)
  const { stdout, stderr } = environment
  try {
    // `tiendo --lang vi --help`, `tiendo --lang=en validate …`: the language may come first.
    const [name, ...rest] = withoutLeadingLang(argv)
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
      const sink = name === undefined ? stderr : stdout
      sink.write(programHelp(commands, lang, version, terminalWidth(sink, env)))
      return name === undefined ? ExitCode.cannotRun : ExitCode.ok
    }
    if (name === '--version' || name === '-v') {
      stdout.write(`${version}\n`)
      return ExitCode.ok
    }
    const command = commands.find((candidate) => candidate.name === name)
    if (!command) throw unknownCommand(name, commands)
    const options = [...command.options, ...commonOptions]
    const parsed = parseCommandArguments(command, options, rest)
    if (parsed.options.help === true) {
      stdout.write(commandHelp(command, options, lang, terminalWidth(stdout, env)))
      return ExitCode.ok
    }
    const commandLang = (parsed.options.lang as Language | undefined) ?? lang
    return await command.run({
      ...parsed,
      lang: commandLang,
      cwd: environment.cwd ?? process.cwd(),
      env,
      stdout,
      stderr,
    })
  } catch (error) {
    stderr.write(describeFailure(error, lang, env))
    return ExitCode.cannotRun
  }
}

function withoutLeadingLang(argv: readonly string[]): readonly string[] {
  const [first, second] = argv
  if (first === '--lang' && (second === 'vi' || second === 'en')) return argv.slice(2)
  if (first === '--lang=vi' || first === '--lang=en') return argv.slice(1)
  return argv
}

function languageFromArguments(argv: readonly string[]): Language | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    const value =
      arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice(7) : undefined
    if (value === 'vi' || value === 'en') return value
  }
  return undefined
}

function unknownCommand(name: string, known: readonly Command[]): CliError {
  const names = known.map((command) => command.name)
  const near = closestId(name, names)
  return new CliError(
    { vi: `Không có lệnh \`${name}\`.`, en: `There is no command \`${name}\`.` },
    {
      vi: `${near !== undefined ? `Có phải là \`${near}\`? ` : ''}Các lệnh: ${names.join(', ')}. Xem \`tiendo --help\`.`,
      en: `${near !== undefined ? `Did you mean \`${near}\`? ` : ''}Commands: ${names.join(', ')}. See \`tiendo --help\`.`,
    },
  )
}

function describeFailure(
  error: unknown,
  lang: Language,
  env: Readonly<Record<string, string | undefined>>,
): string {
  const label = lang === 'vi' ? 'lỗi' : 'error'
  if (error instanceof CliError || error instanceof PipelineError) {
    const hint = error.hint
      ? `\n  ${lang === 'vi' ? 'Cách sửa' : 'How to fix'}: ${error.hint[lang]}`
      : ''
    return `tiendo: ${label}: ${error.text[lang]}${hint}\n`
  }
  // A bug of ours, not the user's: say so plainly; the stack only on request.
  const detail = error instanceof Error ? error.message : String(error)
  const debug = env.TIENDO_DEBUG && error instanceof Error ? `\n${error.stack}` : ''
  return lang === 'vi'
    ? `tiendo: lỗi nội bộ: ${detail}\n  Đây là lỗi của Tiendo, không phải của dữ liệu. Chạy lại với TIENDO_DEBUG=1 và báo lỗi kèm kết quả.${debug}\n`
    : `tiendo: internal error: ${detail}\n  This is a bug in Tiendo, not in your data. Run again with TIENDO_DEBUG=1 and report it with the output.${debug}\n`
}
