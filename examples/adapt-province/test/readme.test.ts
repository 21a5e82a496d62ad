import { readFile, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Outcome } from './shell'
import { runCommand, shellCommands, tiendoOnPath } from './shell'

// Runs every command of the README's ```sh blocks exactly as written, from the example's
// folder, with `tiendo` being the built CLI (what `npm install --global @tiendo/cli` gives),
// and checks each one's exit code and output.

const require = createRequire(import.meta.url)
const example = fileURLToPath(new URL('..', import.meta.url))
const readme = await readFile(join(example, 'README.md'), 'utf8')

/** What each README command must do, by the command exactly as the README writes it. */
const CHECKS: Record<string, (outcome: Outcome) => Promise<void> | void> = {
  'tiendo schema pack --output pack.schema.json': async ({ code }) => {
    expect(code).toBe(0)
    const written = JSON.parse(await readFile(join(example, 'pack.schema.json'), 'utf8'))
    const published = require('@tiendo/schema/pack.schema.json')
    expect(written).toEqual(published)
  },
  'tiendo validate data/lam-dong.csv --pack ./lam-dong.pack.json': ({ code, stdout }) => {
    expect(code).toBe(0)
    expect(stdout).toMatch(/✔ .*9 dòng, 0 lỗi, 0 cảnh báo/)
    expect(stdout.match(/unit_backcast/g)).toHaveLength(3)
  },
  'tiendo validate data/lam-dong-mistakes.csv --pack ./lam-dong.pack.json': ({ code, stdout }) => {
    expect(code).toBe(1)
    expect(stdout).toMatch(
      /lam-dong-mistakes\.csv:2 \[value\] lỗi value_out_of_bounds: Giá trị 839 của chỉ tiêu/,
    )
    expect(stdout).toMatch(/lam-dong-mistakes\.csv:3 \[value\] lỗi ambiguous_number: .*"72,5"/)
    expect(stdout).toMatch(/lam-dong-mistakes\.csv:4 \[unit\] lỗi unit_not_valid_in_period: .*`67`/)
    expect(stdout).toContain('`68@2025-07-01`')
    expect(stdout).toMatch(/3 lỗi/)
  },
  'tiendo evaluate data/lam-dong.csv --pack ./lam-dong.pack.json': ({ code, stdout }) => {
    expect(code).toBe(0)
    // Two half-years in scope (2025-H2, 2026-H1), both complete; fibre rose 82.4 → 83.9.
    expect(stdout).toMatch(/province_reports_every_year\s+lỗi\s+2\s+0\s+0/)
    expect(stdout).toMatch(/household_fibre_rate_does_not_fall\s+cảnh báo\s+1\s+0\s+1/)
  },
  'tiendo evaluate data/lam-dong-incomplete.csv --pack ./lam-dong.pack.json': ({
    code,
    stdout,
  }) => {
    expect(code).toBe(1)
    // The message wraps to the terminal's width: read it as one line.
    expect(stdout.replace(/\s+/g, ' ')).toContain(
      'Tỉnh Lâm Đồng (68@2025-07-01) chưa báo cáo “Tỷ lệ dân số trưởng thành có điện thoại thông minh” (`adult_smartphone_rate`) cho kỳ 2026-H1.',
    )
    expect(stdout).toMatch(/province_reports_every_year\s+lỗi\s+1\s+1\s+0/)
  },
  'tiendo assess data/lam-dong.csv --pack ./lam-dong.pack.json': ({ code, stdout }) => {
    expect(code).toBe(0)
    expect(stdout).toMatch(/Tỷ lệ hộ gia đình có cáp quang.*≥ 85% đến năm 2026\s+Đúng tiến độ/)
    expect(stdout).toMatch(/Tỷ lệ hồ sơ công việc cấp xã.*≥ 75% đến năm 2026\s+Đúng tiến độ/)
  },
  'tiendo report data/lam-dong.csv --pack ./lam-dong.pack.json --output bao-cao.html': async ({
    code,
  }) => {
    expect(code).toBe(0)
    const html = await readFile(join(example, 'bao-cao.html'), 'utf8')
    expect(html).toMatch(/^<!doctype html>/i)
    expect(html).toContain('Lâm Đồng')
    // Opens offline: nothing loaded from the network.
    expect(html).not.toMatch(/<(?:script|link)[^>]+(?:src|href)="https?:/)
  },
}

let bin = { dir: '', remove: async () => {} }
/** What the README's commands write into the example's folder (ignored by git). */
const removeWritten = () =>
  Promise.all(
    ['pack.schema.json', 'bao-cao.html'].map((file) => rm(join(example, file), { force: true })),
  )
beforeAll(async () => {
  bin = await tiendoOnPath()
  await removeWritten()
})
afterAll(async () => {
  await bin.remove()
  await removeWritten()
})

const commands = shellCommands(readme)

describe('examples/adapt-province/README.md', () => {
  it('has a check for every command it shows, and shows every command checked', () => {
    expect(commands).toEqual(Object.keys(CHECKS))
  })

  it.each(commands)('`%s`', async (command) => {
    const outcome = await runCommand(command, example, bin.dir)
    expect(outcome.stderr, 'nothing on stderr: no crash, no stack trace').toBe('')
    await CHECKS[command]!(outcome)
  })
})
