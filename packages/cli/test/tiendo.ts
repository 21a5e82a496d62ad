import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { run } from '../src/index'

/** The built executable, run as CI runs it. */
export const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url))

/** The fixtures folder: tests run there and name files relatively, as CI does. */
export const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url))

/** Runs the built `tiendo` with arguments, in `cwd` (the fixtures by default), without colour. */
export function tiendo(
  args: string[],
  options: { env?: Record<string, string>; cwd?: string } = {},
) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    cwd: options.cwd ?? fixtures,
    env: { PATH: process.env.PATH ?? '', ...options.env },
    // Reports with every rule result run to megabytes; the default (1 MB) would cut them.
    maxBuffer: 64 * 1024 * 1024,
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

/** Runs `tiendo` in-process (from source) in `cwd`, collecting what it writes: fast, for many cases. */
export async function tiendoInProcess(args: readonly string[], cwd: string) {
  let stdout = ''
  let stderr = ''
  const code = await run(args, {
    stdout: {
      write: (text: string) => {
        stdout += text
      },
    },
    stderr: {
      write: (text: string) => {
        stderr += text
      },
    },
    env: {},
    cwd,
  })
  return { code, stdout, stderr }
}
