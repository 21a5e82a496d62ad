// Property-based fuzzing of the pack loader and the command: malformed packs, argument lists
// and files never end in an uncaught exception or a stack trace; the command always ends with
// exit code 0, 1 or 2 and says something. Bounded: a few hundred runs, small inputs.
import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { getBuiltInPack } from '@tiendo/packs'
import { compilePack, resolvePack } from '@tiendo/rules'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { tiendoInProcess } from './tiendo'

const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url))
const corpus = fileURLToPath(new URL('./corpus/', import.meta.url))
const STACK_TRACE = /\n\s+at .+:\d+:\d+\)?/

let dir: string
let serial = 0
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tiendo-cli-fuzz-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
  expect(({} as Record<string, unknown>).polluted).toBeUndefined()
})

const inProcess = (argv: readonly string[]) => tiendoInProcess(argv, dir)

function expectCalmEnd(outcome: { code: number; stdout: string; stderr: string }) {
  expect([0, 1, 2]).toContain(outcome.code)
  expect(outcome.stdout + outcome.stderr).not.toMatch(STACK_TRACE)
  expect(outcome.stderr).not.toContain('internal error')
  // Something is always said: a report, or why not.
  expect((outcome.stdout + outcome.stderr).trim().length).toBeGreaterThan(0)
}

/** Mutations of a valid pack: values replaced by others of any type, keys added or dropped. */
const mutatedPack = fc
  .tuple(
    fc.array(
      fc.tuple(
        fc.constantFrom(
          'id',
          'version',
          'title',
          'extends',
          'rules',
          'indicators',
          'units',
          'remove',
          '__proto__',
          'constructor',
        ),
        fc.oneof(
          fc.jsonValue({ maxDepth: 3 }),
          fc.constantFrom('ninh-thuan', 'vn-national', '../../etc/passwd', '', 'x'.repeat(600)),
        ),
      ),
      { maxLength: 4 },
    ),
    fc.array(
      fc.record({
        id: fc.oneof(fc.constant('r'), fc.string({ maxLength: 8 })),
        severity: fc.constantFrom('error', 'warning', 'info', 'fatal'),
        template: fc.constantFrom('bounds', 'outlier', 'completeness', 'nope', 'constructor'),
        params: fc.dictionary(
          fc.constantFrom('indicator', 'min', 'factor', 'indicators', '__proto__', 'x'),
          fc.jsonValue({ maxDepth: 2 }),
          { maxKeys: 3 },
        ),
      }),
      { maxLength: 3 },
    ),
  )
  .chain(([edits, rules]) => fc.boolean().map((hostile) => [edits, rules, hostile] as const))
  .map(([edits, rules, hostile]) => {
    const pack: Record<string, unknown> = {
      id: 'tinh-fuzz',
      version: '1.0.0',
      title: { vi: 'Gói thử', en: 'Fuzz pack' },
      extends: 'ninh-thuan',
      rules,
    }
    for (const [key, value] of edits) pack[key] = value
    // Through JSON text, as a file arrives: a `__proto__` key becomes an own key.
    const text = JSON.stringify(pack)
    return JSON.parse(hostile ? text.replace('"id":', '"__proto__":{"polluted":1},"id":') : text)
  })

describe('the pack loader on malformed packs', () => {
  it('resolves and compiles or returns issues, never throws, never pollutes', async () => {
    const load = (ref: string) =>
      ref === 'ninh-thuan' || ref === 'vn-national' ? getBuiltInPack(ref) : undefined
    await fc.assert(
      fc.asyncProperty(fc.oneof(mutatedPack, fc.jsonValue({ maxDepth: 4 })), async (input) => {
        const resolved = await resolvePack(input, { load, ref: 'fuzz.json' })
        if (resolved.ok) {
          const compiled = compilePack(resolved.pack)
          if (!compiled.ok) expect(compiled.issues.length).toBeGreaterThan(0)
        } else {
          expect(resolved.issues.length).toBeGreaterThan(0)
          for (const issue of resolved.issues) {
            expect(issue.message.en.length).toBeGreaterThan(0)
            expect(issue.message.vi.length).toBeGreaterThan(0)
          }
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined()
      }),
      { numRuns: 120 },
    )
  })
})

const word = fc.oneof(
  fc.constantFrom(
    'validate',
    'evaluate',
    'assess',
    'report',
    'schema',
    'init',
    '--pack',
    'ninh-thuan',
    'vn-national',
    '--format',
    'json',
    'sarif',
    'junit',
    'github',
    'markdown',
    'pretty',
    '--lang',
    'vi',
    'en',
    'fr',
    '--number-locale',
    '--max-rows',
    '--max-cell-chars',
    '-1',
    '0',
    '1e3',
    '99999999999999999999',
    '--sheet',
    '--records',
    '--today',
    '2024-13-45',
    '--help',
    '--',
    '-',
    '',
    '--pack=',
    '--format=json',
    '\u0000',
  ),
  fc
    .constantFrom(
      'csv/nan.csv',
      'csv/ok-bom.csv',
      'json/truncated.json',
      'xlsx/formulas.xlsx',
      'packs/cycle-b.json',
      'packs/proto-pollution.json',
    )
    .map((name) => join(corpus, name)),
  fc.string({ maxLength: 10 }),
)

describe('the command on malformed arguments, files and packs', () => {
  it('in-process: always exit 0, 1 or 2 with a message, never a stack trace', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(word, { maxLength: 7 }), async (argv) => {
        expectCalmEnd(await inProcess(argv))
      }),
      { numRuns: 150 },
    )
  })

  it('in-process: validate on generated files and packs', async () => {
    const content = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.uint8Array({ maxLength: 200 }),
      fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 4 }).map((v) => JSON.stringify(v)),
    )
    await fc.assert(
      fc.asyncProperty(
        content,
        fc.constantFrom('csv', 'ndjson', 'json', 'xlsx', 'txt'),
        fc.option(mutatedPack, { nil: undefined }),
        async (data, extension, pack) => {
          const file = join(dir, `d${serial++}.${extension}`)
          await writeFile(file, data)
          let packRef = 'ninh-thuan'
          if (pack !== undefined) {
            packRef = join(dir, `p${serial++}.json`)
            await writeFile(packRef, JSON.stringify(pack))
          }
          expectCalmEnd(
            await inProcess([
              'validate',
              file,
              '--pack',
              packRef,
              '--format',
              'json',
              '--lang',
              'en',
            ]),
          )
        },
      ),
      { numRuns: 60 },
    )
  })

  it('the built command: a handful of hostile runs', async () => {
    const runs = [
      [
        'validate',
        join(corpus, 'csv/binary-garbage.csv'),
        '--pack',
        join(corpus, 'packs/proto-pollution.json'),
      ],
      [
        'validate',
        join(corpus, 'xlsx/corrupt-truncated.xlsx'),
        '--pack',
        'ninh-thuan',
        '--format',
        'sarif',
      ],
      ['validate', '--pack', 'ninh-thuan'],
      [
        'validate',
        join(corpus, 'json/proto-key.json'),
        '--pack',
        'ninh-thuan',
        '--format',
        'junit',
      ],
      [
        'evaluate',
        join(corpus, 'csv/nan.csv'),
        '--pack',
        join(corpus, 'packs/deep-conditions.json'),
      ],
      [
        'validate',
        join(corpus, 'csv/ok-bom.csv'),
        '--pack',
        join(corpus, 'packs/extends-self.json'),
        '--lang',
        'vi',
      ],
    ]
    for (const argv of runs) {
      const outcome = await new Promise<{ code: number; stdout: string; stderr: string }>(
        (resolve) =>
          execFile(
            process.execPath,
            [bin, ...argv],
            { encoding: 'utf8' },
            (error, stdout, stderr) =>
              resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
          ),
      )
      expectCalmEnd(outcome)
    }
  })
})
