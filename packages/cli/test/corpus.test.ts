// The corpus of broken inputs (issue #9): every file under `corpus/` is validated by the BUILT
// command, as CI runs it, and must end with the exit code, issue code, location and message
// that `corpus/corpus.json` records. Vietnamese messages are checked through the in-process
// `run`, and a few through the built command's pretty output. Huge inputs (a 10 MB cell, a
// million rows, a zip bomb) are generated into a temporary folder, never committed.
import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { createWriteStream, existsSync } from 'node:fs'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { tiendoInProcess } from './tiendo'

const here = fileURLToPath(new URL('.', import.meta.url))
const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url))
const TODAY = '2026-11-29'

interface Entry {
  file: string
  pack?: string
  description: string
  args?: string[]
  exit: 0 | 1 | 2
  /** No issue at all. */
  issues?: 0
  code?: string
  severity?: string
  row?: number
  column?: string
  path?: string
  /** The other locations of a duplicate or conflict. */
  related?: Array<{ row?: number; path?: string }>
  message?: { en: string[]; vi: string[] }
  /** Also checked in Vietnamese (one case per issue code, to keep the suite fast). */
  vi?: boolean
  /** For a command that cannot run: where (file, JSON Pointer) and what, on standard error. */
  stderr?: { where?: string; en: string[]; vi: string[] }
  /** What standard error must never hold (file contents a hostile pack tried to read). */
  forbid?: string[]
}

const manifest = JSON.parse(await readFile(join(here, 'corpus/corpus.json'), 'utf8')) as Entry[]

interface Outcome {
  code: number
  stdout: string
  stderr: string
}

/** Runs the built command from this folder, never through a shell. */
function tiendo(args: readonly string[], cwd = here): Promise<Outcome> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [bin, ...args],
      { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 ** 2, env: { PATH: process.env.PATH ?? '' } },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0
        resolve({ code, stdout, stderr })
      },
    )
  })
}

/** Runs the command in-process (from source), in the corpus folder. */
const inProcess = (args: readonly string[]): Promise<Outcome> => tiendoInProcess(args, here)

/** Runs jobs a few at a time: the machine has two cores. */
async function pool<T, R>(items: readonly T[], width: number, job: (item: T) => Promise<R>) {
  const results: R[] = new Array(items.length)
  let next = 0
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) {
        const index = next++
        results[index] = await job(items[index]!)
      }
    }),
  )
  return results
}

const argsOf = (entry: Entry, lang: 'en' | 'vi', format = 'json') => [
  'validate',
  `corpus/${entry.file}`,
  '--pack',
  entry.pack === undefined ? 'ninh-thuan' : `corpus/${entry.pack}`,
  '--format',
  format,
  '--today',
  TODAY,
  ...(entry.args ?? []),
  '--lang',
  lang,
]

const nameOf = (entry: Entry) =>
  `${entry.pack ?? entry.file}${entry.args ? ` ${entry.args.join(' ')}` : ''}: ${entry.description}`

/** Hashes every committed corpus file, to prove a run modifies none. */
async function hashCorpus(): Promise<Map<string, string>> {
  const hashes = new Map<string, string>()
  for (const dir of ['csv', 'ndjson', 'json', 'xlsx', 'packs']) {
    for (const name of await readdir(join(here, 'corpus', dir))) {
      const bytes = await readFile(join(here, 'corpus', dir, name))
      hashes.set(`${dir}/${name}`, createHash('sha256').update(bytes).digest('hex'))
    }
  }
  return hashes
}

const STACK_TRACE = /\n\s+at .+:\d+:\d+\)?/

function expectReport(entry: Entry, outcome: Outcome, lang: 'en' | 'vi') {
  expect(outcome.stderr + outcome.stdout).not.toMatch(STACK_TRACE)
  expect(outcome.code).toBe(entry.exit)
  if (entry.stderr !== undefined) {
    const where = entry.stderr.where
    if (where !== undefined) expect(outcome.stderr).toContain(where)
    for (const fragment of entry.stderr[lang]) expect(outcome.stderr).toContain(fragment)
    for (const secret of entry.forbid ?? []) expect(outcome.stderr).not.toContain(secret)
    expect(outcome.stderr).toMatch(lang === 'en' ? /How to fix:/ : /Cách sửa:/)
    return
  }
  const report = JSON.parse(outcome.stdout) as {
    valid: boolean
    issues: Array<Record<string, unknown> & { code: string; message: string }>
  }
  expect(report.valid).toBe(entry.exit === 0)
  if (entry.issues === 0) {
    expect(report.issues).toEqual([])
    return
  }
  const issue = report.issues.find((candidate) => candidate.code === entry.code)
  expect(issue, `no ${entry.code} among ${report.issues.map((i) => i.code)}`).toBeDefined()
  if (issue === undefined) return
  expect(issue.severity).toBe(entry.severity)
  expect(issue.file).toBe(`corpus/${entry.file}`)
  if (entry.row !== undefined) expect(issue.row).toBe(entry.row)
  if (entry.column !== undefined) expect(issue.column).toBe(entry.column)
  if (entry.path !== undefined) expect(issue.path).toBe(entry.path)
  for (const fragment of entry.message?.[lang] ?? []) expect(issue.message).toContain(fragment)
  // Every error says how to fix it.
  if (issue.severity === 'error') expect(String(issue.hint ?? '')).not.toBe('')
  if (entry.related !== undefined) {
    // Both places of a duplicate: the issue's own row and the other, also named in the message.
    expect(issue.related).toEqual(
      entry.related.map((place) => ({ file: `corpus/${entry.file}`, ...place })),
    )
    for (const place of entry.related) {
      const named = [`corpus/${entry.file}:${place.row}`, `row ${place.row}`, `dòng ${place.row}`]
      expect(
        named.some((text) => issue.message.includes(text)),
        issue.message,
      ).toBe(true)
    }
  }
}

let before: Map<string, string>
const outcomes = new Map<Entry, Outcome>()
// Cases with `vi` (one per issue code, every pack case, every accepted file) run through the
// built command; the rest run in-process, which shares the command's code but not its
// start-up cost on a two-core machine.
const built = (entry: Entry) => entry.vi === true || entry.exit === 0
const previousCwd = process.cwd()

beforeAll(async () => {
  before = await hashCorpus()
  const subprocess = manifest.filter(built)
  const results = await pool(subprocess, 3, (entry) => tiendo(argsOf(entry, 'en')))
  subprocess.forEach((entry, index) => {
    outcomes.set(entry, results[index]!)
  })
})

describe('the corpus', () => {
  it('holds at least 60 broken inputs across CSV, NDJSON, JSON and XLSX', () => {
    const broken = manifest.filter((entry) => entry.exit !== 0 || entry.issues !== 0)
    expect(broken.length).toBeGreaterThanOrEqual(60)
    for (const format of ['csv', 'ndjson', 'json', 'xlsx']) {
      expect(
        broken.some((entry) => entry.file.endsWith(`.${format}`)),
        format,
      ).toBe(true)
    }
    expect(manifest.filter(built).length).toBeGreaterThanOrEqual(50)
  })

  for (const entry of manifest) {
    const how = built(entry) ? 'built' : 'in-process'
    it(`${nameOf(entry)} (${how})`, async () => {
      const outcome = outcomes.get(entry) ?? (await inProcess(argsOf(entry, 'en')))
      expectReport(entry, outcome, 'en')
    })
  }
})

describe('the corpus in Vietnamese, in-process (one case per issue code)', () => {
  for (const entry of manifest.filter((candidate) => candidate.vi === true)) {
    it(nameOf(entry), async () => {
      expectReport(entry, await inProcess(argsOf(entry, 'vi')), 'vi')
    })
  }
})

describe('run(argv, { cwd })', () => {
  it('reads data files and packs relative to cwd, whatever the process folder, naming them as given', async () => {
    process.chdir(previousCwd === here ? tmpdir() : previousCwd)
    try {
      const outcome = await inProcess(argsOf(manifest[0]!, 'en'))
      expect(outcome.stderr).toBe('')
      expect(outcome.code).toBe(0)
      const broken = manifest.find((entry) => entry.file === 'csv/unknown-unit.csv')!
      const report = JSON.parse((await inProcess(argsOf(broken, 'en'))).stdout)
      expect(report.issues[0].file).toBe('corpus/csv/unknown-unit.csv')
      const pack = await inProcess([
        ...argsOf(manifest[0]!, 'en'),
        '--pack',
        'corpus/packs/ok-extends-ninh-thuan.json',
      ])
      expect(pack.code).toBe(0)
    } finally {
      process.chdir(previousCwd)
    }
  })
})

describe('pretty output in Vietnamese, through the built command', () => {
  const picked = manifest.filter((entry) =>
    [
      'csv/percent-out-of-bounds.csv',
      'csv/duplicate-conflicting.csv',
      'csv/semicolon.csv',
      'csv/binary-garbage.csv',
      'ndjson/imprecise-number.ndjson',
      'json/truncated.json',
      'xlsx/corrupt-truncated.xlsx',
      'packs/extends-self.json',
    ].includes(entry.pack ?? entry.file),
  )
  it('says what, where and how to fix it, in Vietnamese, with the right exit code', async () => {
    expect(picked.length).toBe(8)
    const outcomes = await pool(picked, 3, (entry) => tiendo(argsOf(entry, 'vi', 'pretty')))
    picked.forEach((entry, index) => {
      const { code, stdout, stderr } = outcomes[index]!
      // Pretty output wraps to the terminal's width (80 without one): a fragment may span lines.
      const text = (stdout + stderr).replace(/\s*\n\s*/g, ' ')
      expect(code, entry.file).toBe(entry.exit)
      expect(text).not.toMatch(STACK_TRACE)
      const fragments = entry.stderr?.vi ?? entry.message?.vi ?? []
      for (const fragment of fragments) expect(text, entry.file).toContain(fragment)
      if (entry.row !== undefined) expect(text).toContain(`${entry.file}:${entry.row}`)
    })
  })
})

describe('huge inputs, generated at test time', () => {
  let dir: string
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tiendo-corpus-'))
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('refuses a 10 MB cell with the limit and the option that raises it', async () => {
    const file = join(dir, 'huge-cell.csv')
    const note = 'x'.repeat(10 * 1024 * 1024)
    await writeFile(
      file,
      `indicator,unit,period,value,note\nhousehold_fibre_rate,58,2023,70,${note}\n`,
    )
    const { code, stdout, stderr } = await tiendo([
      'validate',
      file,
      '--pack',
      'ninh-thuan',
      '--format',
      'json',
      '--lang',
      'en',
    ])
    expect(stderr).not.toMatch(STACK_TRACE)
    expect(code).toBe(1)
    const report = JSON.parse(stdout)
    const issue = report.issues.find((i: { code: string }) => i.code === 'limit_exceeded')
    expect(issue).toMatchObject({ row: 2 })
    expect(issue.message).toContain('maxCellChars')
    expect(issue.hint).toContain('--max-cell-chars')
    // The message quotes the limit, not the cell.
    expect(stdout.length).toBeLessThan(10_000)
  })

  it('reads a million rows, and stops at --max-rows with the flag named', async () => {
    const file = join(dir, 'million.csv')
    const out = createWriteStream(file)
    out.write('indicator,unit,period,value\n')
    const units = ['58', '56']
    for (let i = 0; i < 1_000_000; i += 10_000) {
      let chunk = ''
      for (let j = i; j < i + 10_000; j++) {
        // Valid rows (values inside bounds); keys repeat, which only --max-rows keeps short.
        const month = String((j % 12) + 1).padStart(2, '0')
        const year = 2000 + (Math.floor(j / 12) % 24)
        chunk += `dx_products_completed,${units[j % 2]},${year}-${month},${j % 97}\n`
      }
      if (!out.write(chunk))
        await new Promise<void>((resolve) => out.once('drain', () => resolve()))
    }
    await new Promise<void>((resolve) => out.end(() => resolve()))
    const args = ['validate', file, '--pack', 'ninh-thuan', '--format', 'json', '--today', TODAY]
    const limited = await tiendo([...args, '--max-rows', '1000', '--lang', 'en'])
    expect(limited.stderr).not.toMatch(STACK_TRACE)
    // The rest of the file was not validated: the command could not do its job (docs/cli.md).
    expect(limited.code).toBe(2)
    const report = JSON.parse(limited.stdout)
    const issue = report.issues.find((i: { code: string }) => i.code === 'limit_exceeded')
    expect(issue).toMatchObject({ row: 1002 })
    expect(issue.message).toMatch(/maxRows = 1\s?000/u)
    expect(issue.hint).toContain('--max-rows')
  })

  it('refuses a zip bomb by its declared unzipped size, without inflating it', async () => {
    const file = join(dir, 'bomb.xlsx')
    await writeFile(file, zipBomb(2 * 1024 ** 3))
    const { code, stdout, stderr } = await tiendo([
      'validate',
      file,
      '--pack',
      'ninh-thuan',
      '--format',
      'json',
      '--lang',
      'en',
    ])
    expect(stderr).not.toMatch(STACK_TRACE)
    expect([1, 2]).toContain(code)
    const report = JSON.parse(stdout)
    const codes = report.issues.map((i: { code: string }) => i.code)
    expect(codes.some((c: string) => c === 'limit_exceeded' || c === 'invalid_xlsx')).toBe(true)
    const limit = report.issues.find((i: { code: string }) => i.code === 'limit_exceeded')
    if (limit) expect(limit.hint).toContain('--max-in-memory-bytes')
  })
})

describe('nothing lost', () => {
  let dir: string
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tiendo-output-'))
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('writes --output whole, and leaves the old file intact when the run fails', async () => {
    const target = join(dir, 'report.json')
    await writeFile(target, 'OLD REPORT')
    const ok = await tiendo([
      'validate',
      'corpus/csv/percent-out-of-bounds.csv',
      '--pack',
      'ninh-thuan',
      '--format',
      'json',
      '--output',
      target,
    ])
    expect(ok.code).toBe(1)
    expect(JSON.parse(await readFile(target, 'utf8')).valid).toBe(false)
    // A pack that cannot load stops the run before anything is written.
    await writeFile(target, 'OLD REPORT')
    const failed = await tiendo([
      'validate',
      'corpus/csv/ok-bom.csv',
      '--pack',
      'corpus/packs/not-json.json',
      '--output',
      target,
    ])
    expect(failed.code).toBe(2)
    expect(await readFile(target, 'utf8')).toBe('OLD REPORT')
    // An output folder that does not exist: a clear error, and nothing half-written anywhere.
    const missing = await tiendo([
      'validate',
      'corpus/csv/ok-bom.csv',
      '--pack',
      'ninh-thuan',
      '--output',
      join(dir, 'no-such-folder', 'report.json'),
      '--lang',
      'en',
    ])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toMatch(/^tiendo: error: /)
    expect(missing.stderr).not.toMatch(STACK_TRACE)
    // What is wrong (the folder, named), how to fix it, and no temporary file name.
    expect(missing.stderr).toContain(`the folder ${join(dir, 'no-such-folder')} does not exist`)
    expect(missing.stderr).toContain('Tiendo does not create folders')
    expect(missing.stderr).not.toContain('.tmp')
    expect((await readdir(dir)).sort()).toEqual(['report.json'])
  })

  it('does not call a folder that is there missing when it takes no file (/proc)', async () => {
    if (!existsSync('/proc/self')) return
    const refused = await tiendo([
      'validate',
      'corpus/csv/ok-bom.csv',
      '--pack',
      'ninh-thuan',
      '--output',
      '/proc/report.json',
      '--lang',
      'en',
    ])
    expect(refused.code).toBe(2)
    expect(refused.stderr).not.toContain('does not exist')
    expect(refused.stderr).toContain('Cannot write /proc/report.json')
  })

  it('leaves no partial output when the run is killed mid-way', async () => {
    const target = join(dir, 'killed.json')
    await writeFile(target, 'OLD REPORT')
    const big = join(dir, 'big.csv')
    let rows = 'indicator,unit,period,value\n'
    for (let i = 0; i < 200_000; i++) rows += `bts_5g_count,58,${2000 + (i % 24)},${i}\n`
    await writeFile(big, rows)
    const child = execFile(process.execPath, [
      bin,
      'validate',
      big,
      '--pack',
      'ninh-thuan',
      '--format',
      'json',
      '--output',
      target,
    ])
    const ended = new Promise((resolve) => child.once('exit', resolve))
    await new Promise((resolve) => setTimeout(resolve, 400))
    child.kill('SIGKILL')
    await ended
    // Killed before the rename: the old file whole; after it: a whole new report. Never a mix.
    const text = await readFile(target, 'utf8')
    if (text !== 'OLD REPORT') expect(() => JSON.parse(text)).not.toThrow()
    const leftovers = (await readdir(dir)).filter(
      (name) => !['killed.json', 'big.csv', 'report.json'].includes(name),
    )
    for (const name of leftovers) expect(name).toMatch(/^\.killed\.json\..*\.tmp$/)
  })

  it('never modifies an input file', async () => {
    expect(await hashCorpus()).toEqual(before)
  })
})

/**
 * A zip whose one entry, `xl/worksheets/sheet1.xml`, declares `size` unzipped bytes while
 * holding a few: the shape of a zip bomb, built by hand so no gigabyte is ever written.
 */
function zipBomb(size: number): Buffer {
  const name = Buffer.from('xl/worksheets/sheet1.xml')
  const data = Buffer.from([0x03, 0x00]) // an empty deflate stream
  const local = Buffer.alloc(30)
  local.writeUInt32LE(0x04034b50, 0)
  local.writeUInt16LE(20, 4)
  local.writeUInt16LE(8, 8) // deflate
  local.writeUInt32LE(data.length, 18)
  local.writeUInt32LE(size >>> 0, 22)
  local.writeUInt16LE(name.length, 26)
  const central = Buffer.alloc(46)
  central.writeUInt32LE(0x02014b50, 0)
  central.writeUInt16LE(20, 4)
  central.writeUInt16LE(20, 6)
  central.writeUInt16LE(8, 10)
  central.writeUInt32LE(data.length, 20)
  central.writeUInt32LE(size >>> 0, 24)
  central.writeUInt16LE(name.length, 28)
  const centralOffset = local.length + name.length + data.length
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(1, 8)
  end.writeUInt16LE(1, 10)
  end.writeUInt32LE(central.length + name.length, 12)
  end.writeUInt32LE(centralOffset, 16)
  return Buffer.concat([local, name, data, central, name, end])
}
