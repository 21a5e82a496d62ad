/** The exit codes CI depends on (see the CLI contract in docs/cli.md). */
export const ExitCode = {
  /** Nothing failed. */
  ok: 0,
  /** The data broke a rule of severity `error` (or, with `--fail-on`, a target is off track). */
  failed: 1,
  /** The command could not run: bad usage, an unreadable file, an invalid pack. */
  cannotRun: 2,
} as const

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode]
