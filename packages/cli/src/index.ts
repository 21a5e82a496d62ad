/**
 * `@tiendo/cli`: the `tiendo` command as a function. `run(argv, environment)` runs it with
 * the arguments after the program name, writes to the sinks given and returns the exit code
 * (see {@link ExitCode}); it never throws. The commands themselves are not part of the API:
 * run them through `run`.
 *
 * @packageDocumentation
 */

export type { TextSink } from './command'
export { ExitCode } from './exit-codes'
export type { RunEnvironment } from './run'
export { run } from './run'
