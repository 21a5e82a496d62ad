import type { Language, LocalizedText } from '@tiendo/schema'

/** One option a command accepts. */
export interface OptionSpec {
  name: string
  type: 'string' | 'boolean'
  /** The value's placeholder in help, e.g. `FILE`. */
  valueName?: string
  description: LocalizedText
  /** Allowed values, checked before the command runs. */
  choices?: readonly string[]
  multiple?: boolean
}

/** What a command is given to run. */
export interface CommandContext {
  /** File arguments, in order. */
  files: string[]
  /** Parsed option values by name. */
  options: Record<string, string | boolean | string[] | undefined>
  lang: Language
  cwd: string
  env: Readonly<Record<string, string | undefined>>
  stdout: TextSink
  stderr: TextSink
}

/** Where text goes: `process.stdout`, or a buffer in tests. */
export interface TextSink {
  write(text: string): unknown
  isTTY?: boolean
}

/** A `tiendo` command. */
export interface Command {
  name: string
  summary: LocalizedText
  /** The synopsis after `tiendo <name>`, e.g. `<files…> [--pack <id|path>]`. */
  synopsis: string
  examples: readonly string[]
  options: readonly OptionSpec[]
  /** Returns the exit code. Throws `CliError` when it cannot run. */
  run(context: CommandContext): Promise<number>
}
