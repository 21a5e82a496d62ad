import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { datasetPath } from '@tiendo/packs/node'
import { runPipeline } from '@tiendo/pipeline'
import { serializeTargetReport } from '@tiendo/rules'
import { describe, expect, it } from 'vitest'
import { commands } from '../src/commands'
import { fixtures, tiendo } from './tiendo'

const TODAY = ['--today', '2025-01-01']

describe('tiendo <command> --help (built)', () => {
  it('gives every command a usage and an example, in both languages', () => {
    for (const command of commands) {
      const en = tiendo([command.name, '--help', '--lang', 'en'])
      expect(en.code, command.name).toBe(0)
      expect(en.stdout).toContain(`Usage: tiendo ${command.name}`)
      expect(en.stdout).toContain(`Examples:\n  tiendo ${command.name}`)
      const vi = tiendo([command.name, '--help', '--lang', 'vi'])
      expect(vi.stdout).toContain(`Cách dùng: tiendo ${command.name}`)
    }
    const help = tiendo(['--help', '--lang', 'en']).stdout
    for (const name of [
      'validate',
      'evaluate',
      'assess',
      'report',
      'history',
      'schema',
      'init',
      'indicators',
      'units',
      'template',
    ]) {
      expect(help).toMatch(new RegExp(`\\n  ${name}\\s`))
    }
  })
})

describe('tiendo evaluate (built)', () => {
  it('judges completeness that validate leaves alone, and exits 1 on an error rule', () => {
    // One agency completed a product in 2024; every other agency and commune did not.
    const { code, stdout } = tiendo([
      'evaluate',
      'valid.csv',
      'products.csv',
      '--pack',
      'ninh-thuan',
      '--from',
      '2024',
      '--to',
      '2024',
      '--format',
      'json',
      '--lang',
      'en',
      ...TODAY,
    ])
    expect(code).toBe(1)
    const report = JSON.parse(stdout)
    // The data is valid: a failed rule is a rule outcome, reported apart from validity.
    expect(report.valid).toBe(true)
    expect(report.stats.errors).toBe(0)
    const quota = report.results.filter((r: { rule: string }) => r.rule === 'dx_product_every_year')
    const passed = quota.filter((r: { outcome: string }) => r.outcome === 'passed')
    expect(passed.map((r: { unit: string }) => r.unit).sort()).toEqual(['58.SNV', '58.VPUBND'])
    expect(
      report.issues.some(
        (i: { code: string; rule?: string; unit: string }) =>
          i.code === 'rule_failed' && i.rule === 'dx_product_every_year' && i.unit === '58.STP',
      ),
    ).toBe(true)
    expect(report.rules.failedBySeverity.error).toBeGreaterThan(0)
  })

  it('explains failed results only by default, and every result with --explain all', () => {
    const args = ['evaluate', 'valid.csv', 'products.csv', '--pack', 'ninh-thuan']
    const rest = ['--from', '2024', '--to', '2024', '--format', 'json', ...TODAY]
    type Row = { outcome: string; conditions: unknown[] }
    const byOutcome = (stdout: string, outcome: string): Row[] =>
      JSON.parse(stdout).results.filter((r: Row) => r.outcome === outcome)
    const failures = tiendo([...args, ...rest]).stdout
    expect(byOutcome(failures, 'passed').length).toBeGreaterThan(0)
    expect(byOutcome(failures, 'passed').every((r) => r.conditions.length === 0)).toBe(true)
    expect(byOutcome(failures, 'failed').every((r) => r.conditions.length > 0)).toBe(true)
    const all = tiendo([...args, ...rest, '--explain', 'all']).stdout
    expect(byOutcome(all, 'passed').every((r) => r.conditions.length > 0)).toBe(true)
    expect(JSON.parse(all).rules).toEqual(JSON.parse(failures).rules)
    const bad = tiendo([...args, ...rest, '--explain', 'some', '--lang', 'en'])
    expect(bad.code).toBe(2)
  })

  it('exits 0 when no error rule fails, with a table in pretty form', () => {
    const { code, stdout } = tiendo([
      'evaluate',
      'regression.csv',
      '--pack',
      'khanh-hoa',
      '--lang',
      'vi',
      ...TODAY,
    ])
    expect(code).toBe(0)
    expect(stdout).toContain('Quy tắc')
    expect(stdout).toContain('no_regression_household_fibre_rate')
  })

  it('refuses a bad --from with exit 2', () => {
    const { code, stderr } = tiendo([
      'evaluate',
      'valid.csv',
      '--pack',
      'ninh-thuan',
      '--from',
      '2024-Q5',
      '--lang',
      'en',
    ])
    expect(code).toBe(2)
    expect(stderr).toContain('How to fix:')
  })
})

describe('tiendo init (built)', () => {
  it('scaffolds a pack extending a built-in one, with sample data that validates', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tiendo-init-'))
    const made = tiendo(['init', 'tinh-moi.pack.json', '--extends', 'ninh-thuan', '--lang', 'en'], {
      cwd: dir,
    })
    expect(made.code).toBe(0)
    expect(made.stdout).toContain('tiendo validate tinh-moi.sample.csv --pack tinh-moi.pack.json')
    expect(made.stdout).toContain('tiendo template --pack tinh-moi.pack.json')
    const pack = JSON.parse(readFileSync(join(dir, 'tinh-moi.pack.json'), 'utf8'))
    expect(pack).toMatchObject({ id: 'tinh-moi', extends: 'ninh-thuan', version: '0.1.0' })
    const sample = tiendo(
      ['validate', 'tinh-moi.sample.csv', '--pack', 'tinh-moi.pack.json', '--format', 'json'],
      { cwd: dir },
    )
    expect(sample.code).toBe(0)
    expect(JSON.parse(sample.stdout).stats.observations).toBeGreaterThan(0)
  })

  it('points $schema at the installed JSON Schema, or the published one', () => {
    const bare = mkdtempSync(join(tmpdir(), 'tiendo-init-'))
    expect(tiendo(['init', 'a.pack.json'], { cwd: bare }).code).toBe(0)
    expect(JSON.parse(readFileSync(join(bare, 'a.pack.json'), 'utf8')).$schema).toBe(
      'https://unpkg.com/@tiendo/schema/json-schema/pack.schema.json',
    )
    // A project that installed @tiendo/cli: the schema nearest the pack, relative to it.
    const project = mkdtempSync(join(tmpdir(), 'tiendo-init-'))
    const schemaDir = join(project, 'node_modules', '@tiendo', 'schema', 'json-schema')
    mkdirSync(schemaDir, { recursive: true })
    writeFileSync(join(schemaDir, 'pack.schema.json'), '{}')
    mkdirSync(join(project, 'packs'))
    expect(tiendo(['init', 'packs/b.pack.json'], { cwd: project }).code).toBe(0)
    const made = JSON.parse(readFileSync(join(project, 'packs', 'b.pack.json'), 'utf8'))
    expect(made.$schema).toBe('../node_modules/@tiendo/schema/json-schema/pack.schema.json')
    expect(tiendo(['init', 'c.pack.json'], { cwd: project }).code).toBe(0)
    expect(JSON.parse(readFileSync(join(project, 'c.pack.json'), 'utf8')).$schema).toBe(
      './node_modules/@tiendo/schema/json-schema/pack.schema.json',
    )
    // The pack made still validates, $schema and all.
    const check = tiendo(['validate', 'c.sample.csv', '--pack', 'c.pack.json'], { cwd: project })
    expect(check.code).toBe(0)
  })

  it('says which folder is missing rather than creating it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tiendo-init-'))
    const made = tiendo(['init', 'no-such/x.pack.json', '--lang', 'en'], { cwd: dir })
    expect(made.code).toBe(2)
    expect(made.stderr).toContain(`the folder ${join(dir, 'no-such')} does not exist`)
    expect(made.stderr).not.toContain('.tmp')
    expect(existsSync(join(dir, 'no-such'))).toBe(false)
  })

  it('never overwrites a file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tiendo-init-'))
    writeFileSync(join(dir, 'tiendo.pack.json'), 'mine')
    const again = tiendo(['init', '--lang', 'vi'], { cwd: dir })
    expect(again.code).toBe(2)
    expect(again.stderr).toContain('không ghi đè')
    expect(readFileSync(join(dir, 'tiendo.pack.json'), 'utf8')).toBe('mine')
  })

  it('writes the pack --output names, and refuses two different names', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tiendo-init-'))
    const made = tiendo(['init', '--output', 'tinh.pack.json', '--lang', 'en'], { cwd: dir })
    expect(made.code).toBe(0)
    expect(readdirSync(dir).sort()).toEqual(['tinh.pack.json', 'tinh.sample.csv'])
    const both = tiendo(['init', 'a.pack.json', '--output', 'b.pack.json', '--lang', 'en'], {
      cwd: dir,
    })
    expect(both.code).toBe(2)
    expect(both.stderr).toContain('does not understand `a.pack.json --output b.pack.json`')
  })
})

describe('tiendo assess and report (built)', () => {
  const data = ['assess-vn.csv', '--pack', 'vn-national', '--today', '2026-01-01']

  it('heads the pretty assessment with the pack title once', () => {
    const { code, stdout } = tiendo(['assess', ...data, '--lang', 'en'])
    expect(code).toBe(0)
    const heading = stdout.split('\n')[0]!
    const title = 'National digital transformation targets'
    expect(heading).toContain(title)
    expect(heading.split(title)).toHaveLength(2)
  })

  it('assesses every target; --fail-on off-track exits 1 on a lagging target', () => {
    const plain = tiendo(['assess', ...data, '--format', 'json', '--lang', 'en'])
    expect(plain.code).toBe(0)
    const report = JSON.parse(plain.stdout)
    const share = report.targets.find(
      (t: { indicator: string; target: string | null }) =>
        t.indicator === 'digital_economy_share_grdp' && t.target !== null,
    )
    expect(share.assessment.status).toBe('limited_progress')
    // Decimals are strings in JSON.
    expect(typeof share.series[0].value).toBe('string')
    const annotated = (lang: string) =>
      tiendo(['assess', ...data, '--fail-on', 'off-track', '--format', 'github', '--lang', lang])
    const failing = annotated('en')
    expect(failing.code).toBe(1)
    expect(failing.stdout).toMatch(
      /^::error file=assess-vn\.csv,line=3,title=tiendo limited_progress::/m,
    )
    // The status and the target as the reports word them: a sign, the unit, the period.
    expect(failing.stdout).toContain(
      ': Limited progress. Target `digital_economy_share_grdp_2025`: ≥ 20%25 by 2025; latest 12.5%25 (2024).',
    )
    expect(annotated('vi').stdout).toContain(
      ': Tiến triển hạn chế. Mục tiêu `digital_economy_share_grdp_2025`: ≥ 20%25 đến năm 2025; mới nhất 12,5%25 (năm 2024).',
    )
    expect(tiendo(['assess', ...data, '--fail-on', 'deterioration']).code).toBe(0)
    // Only the series assessed count: the lagging one, or another indicator's.
    const only = (indicator: string) =>
      tiendo(['assess', ...data, '--fail-on', 'off-track', '--indicator', indicator]).code
    expect(only('digital_economy_share_grdp')).toBe(1)
    expect(only('household_fibre_rate')).toBe(0)
  })

  it('writes the JSON assessment series by series: the run’s every series, nothing left on disk', async () => {
    const temporary = mkdtempSync(join(tmpdir(), 'tiendo-assess-json-'))
    const written = tiendo(
      ['assess', ...data, '--format', 'json', '--fail-on', 'off-track', '--lang', 'en'],
      { env: { TMPDIR: temporary } },
    )
    expect(written.code).toBe(1)
    // The series pass through the temporary folder, and are gone once written.
    expect(readdirSync(temporary)).toEqual([])
    const json = JSON.parse(written.stdout)
    const whole = await runPipeline({
      pack: 'vn-national',
      sources: [{ path: join(fixtures, 'assess-vn.csv') }],
      today: '2026-01-01',
      lang: 'en',
      evaluate: false,
    })
    expect(whole.targets.length).toBeGreaterThan(1)
    expect(json.targets).toEqual(
      JSON.parse(JSON.stringify(whole.targets.map(serializeTargetReport))),
    )
    const lagging = json.issues.find((issue: { code: string }) => issue.code === 'limited_progress')
    expect(lagging).toMatchObject({
      severity: 'error',
      indicator: 'digital_economy_share_grdp',
      file: 'assess-vn.csv',
      row: 3,
    })
  })

  it('writes a self-contained HTML report with charts, and Markdown', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tiendo-report-'))
    const out = join(dir, 'report.html')
    const html = tiendo(['report', ...data, '--output', out, '--lang', 'vi'])
    expect(html.code).toBe(0)
    const text = readFileSync(out, 'utf8')
    expect(text).toMatch(/^<!doctype html>/i)
    expect(text).toContain('<svg')
    expect(text).not.toMatch(/<script|https?:\/\/[^"]*\.(js|css)/)
    const md = tiendo(['report', ...data, '--format', 'markdown', '--lang', 'en'])
    expect(md.code).toBe(0)
    expect(md.stdout).toMatch(/^## Progress report/)
  })
})

describe('tiendo assess --indicator and --target (built)', () => {
  // Ninh Thuận with its DX products: the products' counts are derived, then aggregated.
  const data = [
    datasetPath('ninh-thuan'),
    datasetPath('ninh-thuan-dx-products.illustrative'),
    '--pack',
    'ninh-thuan',
    '--today',
    '2026-12-01',
  ]
  interface Series {
    indicator: string
    unit: string
    target: string | null
    targets: { id: string }[]
    series: unknown[]
    assessment: unknown
  }
  const assessJson = (...more: string[]) => {
    const result = tiendo(['assess', ...data, '--format', 'json', '--lang', 'en', ...more])
    expect(result.code, result.stderr).toBe(0)
    return JSON.parse(result.stdout) as { targets: Series[]; issues: unknown[]; stats: unknown }
  }
  const whole = assessJson()

  it('assesses the named indicators’ series, as the whole run assesses them', () => {
    const counted = assessJson('--indicator', 'dx_products_completed')
    expect(counted.targets.length).toBeGreaterThan(0)
    expect(counted.targets).toEqual(
      whole.targets.filter((series) => series.indicator === 'dx_products_completed'),
    )
    // Repeated or separated by commas, the same.
    const named = ['dx_products_completed', 'digital_economy_share_grdp']
    const both = whole.targets.filter((series) => named.includes(series.indicator))
    expect(assessJson('--indicator', named.join(',')).targets).toEqual(both)
    expect(assessJson('--indicator', named[0]!, '--indicator', named[1]!).targets).toEqual(both)
    expect(counted.stats).toEqual(whole.stats)
    expect(counted.issues).toEqual(whole.issues)
  })

  it('assesses the named targets’ series only, no trend', () => {
    const target = 'digital_economy_share_grdp_58_2025'
    const [one, ...more] = assessJson('--target', target).targets
    expect(more).toEqual([])
    const [same] = whole.targets.filter((series) => series.target === target)
    // The series and its assessment are the whole run's, but both list only the target named.
    const withoutTargets = ({ targets, assessment, ...rest }: Series) => ({
      ...rest,
      assessment: { ...(assessment as object), targets: undefined },
    })
    expect(one!.targets.map((t) => t.id)).toEqual([target])
    expect(same!.targets.length).toBeGreaterThan(1)
    expect(withoutTargets(one!)).toEqual(withoutTargets(same!))
    // A target of another indicator than those named leaves nothing.
    expect(assessJson('--target', target, '--indicator', 'dx_products_completed').targets).toEqual(
      [],
    )
    const pretty = tiendo(['assess', ...data, '--target', target, '--lang', 'en'])
    expect(pretty.code).toBe(0)
    // One series in the table, the figures the tables show all derived still.
    expect(pretty.stdout).toMatch(/^Digital economy share of +Ninh Thuận/m)
    expect(pretty.stdout).toContain('\nInsufficient data: 1\n')
    const wholePretty = tiendo(['assess', ...data, '--lang', 'en']).stdout
    const derivedLine = /^Derived figures: .*$/m
    expect(pretty.stdout.match(derivedLine)?.[0]).toBe(wholePretty.match(derivedLine)?.[0])
  })

  it('takes the target ids `tiendo indicators` shows', () => {
    const cards = tiendo(['indicators', '--pack', 'ninh-thuan', '--lang', 'en']).stdout
    const ids = [...cards.matchAll(/^ {2}Target `([^`]+)`: /gm)].map((match) => match[1]!)
    expect(ids).toContain('digital_economy_share_grdp_58_2025')
    const vi = tiendo(['indicators', '--pack', 'ninh-thuan', '--lang', 'vi']).stdout
    expect(vi).toContain(
      '  Mục tiêu `digital_economy_share_grdp_58_2025`: ≥ 20% đến năm 2025 — 58;',
    )
    // Every target the cards show is one `--target` takes, in one run: each is listed by a series.
    const assessed = assessJson('--target', ids.join(',')).targets
    const listed = new Set(assessed.flatMap((series) => series.targets.map((target) => target.id)))
    expect([...listed].sort()).toEqual([...new Set(ids)].sort())
  })

  it('refuses an id the pack lacks (exit 2), with the closest one', () => {
    const typo = tiendo(['assess', ...data, '--indicator', 'dx_product_completed', '--lang', 'en'])
    expect(typo.code).toBe(2)
    expect(typo.stderr).toContain(
      'The pack has no indicator with the id `dx_product_completed`. Did you mean `dx_products_completed`?',
    )
    const vi = tiendo(['assess', ...data, '--target', 'nothing_like_it', '--lang', 'vi'])
    expect(vi.code).toBe(2)
    expect(vi.stderr).toContain('Gói không có mục tiêu nào mang mã `nothing_like_it`.')
    const none = tiendo(['assess', ...data, '--indicator', ',', '--lang', 'en'])
    expect(none.code).toBe(2)
    expect(none.stderr).toContain('`--indicator` names no id.')
  })
})
