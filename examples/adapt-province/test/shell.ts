import { execFile } from 'node:child_process'
import { chmod, mkdtemp, rm, stat, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { delimiter, dirname, join } from 'node:path'
import { promisify } from 'node:util'

// Runs documented shell commands as a reader would, with `tiendo` on the PATH being the
// built CLI of @tiendo/cli (what `npm install --global @tiendo/cli` gives).

const run = promisify(execFile)
const require = createRequire(import.meta.url)

/** What a command did. */
export interface Outcome {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

/** The commands of a Markdown text's ```sh blocks, in order, each once. */
export function shellCommands(markdown: string): string[] {
  const commands: string[] = []
  for (const block of markdown.matchAll(/^```sh\n([\s\S]*?)^```$/gm)) {
    for (const line of block[1]!.split('\n')) {
      const command = line.trim()
      if (command !== '' && !command.startsWith('#') && !commands.includes(command)) {
        commands.push(command)
      }
    }
  }
  return commands
}

/** A folder holding a `tiendo` that runs the built CLI; remove it with `remove`. */
export async function tiendoOnPath(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'tiendo-bin-'))
  const manifest = require('@tiendo/cli/package.json') as { bin: { tiendo: string } }
  const entry = join(dirname(require.resolve('@tiendo/cli/package.json')), manifest.bin.tiendo)
  await stat(entry)
  await writeFile(
    join(dir, 'tiendo'),
    `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(entry)} "$@"\n`,
  )
  await chmod(join(dir, 'tiendo'), 0o755)
  // Only the folder made here is ever removed.
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) }
}

/**
 * Runs one command line with `sh` in `cwd`, in a Vietnamese locale, and never throws. The
 * terminal is wide (COLUMNS=200), so a table row stays on one line for the checks.
 */
export async function runCommand(command: string, cwd: string, bin: string): Promise<Outcome> {
  const env = {
    ...process.env,
    PATH: `${bin}${delimiter}${process.env.PATH ?? ''}`,
    LANG: 'vi_VN.UTF-8',
    LC_ALL: '',
    LC_MESSAGES: '',
    NO_COLOR: '1',
    COLUMNS: '200',
  }
  try {
    const { stdout, stderr } = await run('sh', ['-c', command], { cwd, env })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string }
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' }
  }
}
