import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { promisify } from 'node:util'
import { CLI } from './paths'

const run = promisify(execFile)

/**
 * Runs the `tiendo` CLI in `dir` on files named as the app names them (bare names: a source's
 * name is the path as given), and returns what it wrote to `--output`. Exit code 1 (the data
 * broke a rule) is an answer, not a failure. `output` is relative to `dir`, or absolute.
 */
export async function cliOutput(
  dir: string,
  args: readonly string[],
  output: string,
): Promise<string> {
  try {
    await run(process.execPath, [CLI, ...args, '--output', output], { cwd: dir })
  } catch (error) {
    if ((error as { code?: number }).code !== 1) throw error
  }
  return readFile(resolve(dir, output), 'utf8')
}
