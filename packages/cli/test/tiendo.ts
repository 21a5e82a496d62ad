import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

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
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}
