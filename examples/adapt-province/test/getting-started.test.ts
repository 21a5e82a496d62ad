import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Outcome } from './shell'
import { runCommand, shellCommands, tiendoOnPath } from './shell'

// Follows docs/getting-started.md in an empty folder, in the order the guide gives: writes each
// file a `<!-- file: NAME -->` marker introduces, runs each command of its ```sh blocks exactly
// as written, and checks what each one does.

const guide = await readFile(new URL('../../../docs/getting-started.md', import.meta.url), 'utf8')

type Step = { readonly file: string; readonly text: string } | { readonly command: string }

/** The guide's files and commands, in order. */
function steps(markdown: string): Step[] {
  const found: { at: number; step: Step }[] = []
  for (const match of markdown.matchAll(/<!-- file: (\S+) -->\n+```\w*\n([\s\S]*?)\n```/g)) {
    found.push({ at: match.index, step: { file: match[1]!, text: `${match[2]}\n` } })
  }
  for (const match of markdown.matchAll(/^```sh\n[\s\S]*?^```$/gm)) {
    for (const command of shellCommands(match[0]))
      found.push({ at: match.index, step: { command } })
  }
  return found.sort((a, b) => a.at - b.at).map((item) => item.step)
}

const CHECKS: Record<string, (outcome: Outcome, folder: string) => Promise<void> | void> = {
  'tiendo init lam-dong.pack.json --extends vn-national': async ({ code }, folder) => {
    expect(code).toBe(0)
    const pack = JSON.parse(await readFile(join(folder, 'lam-dong.pack.json'), 'utf8'))
    expect(pack).toMatchObject({ id: 'lam-dong', extends: 'vn-national' })
    expect(await readFile(join(folder, 'lam-dong.sample.csv'), 'utf8')).toMatch(/^indicator,unit/)
  },
  'tiendo validate lam-dong.sample.csv --pack ./lam-dong.pack.json': ({ code, stdout }) => {
    expect(code).toBe(0)
    expect(stdout).toMatch(/✔ .*0 lỗi/)
  },
  'tiendo units --pack vn-national --on 2025-07-01 --kind province': ({ code, stdout }) => {
    expect(code).toBe(0)
    expect(stdout).toMatch(/^34 đơn vị của bộ quy tắc vn-national có hiệu lực ngày 2025-07-01/)
    expect(stdout).toMatch(/\n68@2025-07-01 +Tỉnh Lâm/)
  },
  'tiendo validate so-lieu.csv --pack ./lam-dong.pack.json': ({ code, stdout }) => {
    expect(code).toBe(1)
    expect(stdout).toMatch(/so-lieu\.csv:2 \[value\] lỗi ambiguous_number: .*"82,4"/)
    expect(stdout).toMatch(/so-lieu\.csv:3 \[value\] lỗi ambiguous_number: .*"83,9"/)
    expect(stdout).toContain('--number-locale vi')
  },
  'tiendo validate so-lieu.csv --pack ./lam-dong.pack.json --number-locale vi': ({
    code,
    stdout,
  }) => {
    expect(code).toBe(0)
    expect(stdout).toMatch(/✔ .*2 dòng, 0 lỗi, 0 cảnh báo/)
  },
  'tiendo assess so-lieu.csv --pack ./lam-dong.pack.json --number-locale vi': ({
    code,
    stdout,
  }) => {
    expect(code).toBe(0)
    expect(stdout).toMatch(
      /cáp quang.*83,9% \(6 tháng đầu năm 2026\)\s+≥ 85% đến năm 2026\s+Chưa đủ dữ liệu/,
    )
    expect(stdout).toMatch(/ít nhất một năm|at least one year/)
  },
  'tiendo template --pack ./lam-dong.pack.json --unit 68 --output mau-so-lieu.xlsx': async (
    { code, stdout },
    folder,
  ) => {
    expect(code).toBe(0)
    expect(stdout).toContain('mau-so-lieu.xlsx')
    const bytes = await readFile(join(folder, 'mau-so-lieu.xlsx'))
    expect(bytes.subarray(0, 2).toString()).toBe('PK')
  },
}

let bin = { dir: '', remove: async () => {} }
let folder = ''
beforeAll(async () => {
  bin = await tiendoOnPath()
  folder = await mkdtemp(join(tmpdir(), 'tiendo-getting-started-'))
})
afterAll(async () => {
  await bin.remove()
  if (folder.includes('tiendo-getting-started-')) await rm(folder, { recursive: true, force: true })
})

describe('docs/getting-started.md', () => {
  const guideSteps = steps(guide)
  const commands = guideSteps.flatMap((step) => ('command' in step ? [step.command] : []))

  it('has a check for every command it shows, and shows every command checked', () => {
    expect(commands).toEqual(Object.keys(CHECKS))
    expect(
      guideSteps.filter((step) => 'file' in step).map((step) => 'file' in step && step.file),
    ).toEqual(['lam-dong.pack.json', 'so-lieu.csv'])
  })

  it('works step by step, as written', async () => {
    for (const step of guideSteps) {
      if ('file' in step) {
        await writeFile(join(folder, step.file), step.text)
        continue
      }
      const outcome = await runCommand(step.command, folder, bin.dir)
      expect(outcome.stderr, `${step.command}: nothing on stderr`).toBe('')
      await CHECKS[step.command]!(outcome, folder)
    }
  })
})
