import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { run } from '../src/index'
import { fixtures, tiendoInProcess } from './tiendo'

const dir = mkdtempSync(join(tmpdir(), 'tiendo-cli-store-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
for (const file of ['valid.csv', 'products.csv', 'assess-vn.csv']) {
  cpSync(join(fixtures, file), join(dir, file))
}
const inDir = (args: readonly string[]) => tiendoInProcess([...args, '--lang', 'en'], dir)
const json = ['--pack', 'ninh-thuan', '--format', 'json']

describe('tiendo --store', () => {
  it('ingests once, then reports over the store as over the files', async () => {
    const files = await inDir(['report', 'valid.csv', 'products.csv', ...json])
    const first = await inDir([
      'report',
      'valid.csv',
      'products.csv',
      '--store',
      's.duckdb',
      ...json,
    ])
    expect(first.stderr).toContain('ingested into the store: valid.csv')
    expect(first.code).toBe(files.code)
    expect(first.stdout).toBe(files.stdout)

    // Given again: recognised by its content and not loaded twice; the report is unchanged.
    const again = await inDir(['evaluate', 'valid.csv', '--store', 's.duckdb', ...json])
    expect(again.stderr).toContain('already in the store, not loaded again: valid.csv')
    const stored = await inDir(['report', '--store', 's.duckdb', ...json])
    expect(stored.stdout).toBe(files.stdout)
  })

  it('runs for one province with --unit, from files or a store alike', async () => {
    // Khánh Hòa (56) and Ninh Thuận (58), merged on 1 July 2025, beside Hà Nội (01).
    writeFileSync(
      join(dir, 'tinh.csv'),
      [
        'indicator,unit,period,value',
        ...['2022', '2023', '2024'].flatMap((year, i) => [
          `smartphone_user_rate,56,${year},${70 + i}`,
          `smartphone_user_rate,58,${year},${60 + i}`,
          `smartphone_user_rate,01,${year},${80 + i}`,
        ]),
      ].join('\n'),
    )
    const vn = ['--pack', 'vn-national', '--format', 'json', '--today', '2025-06-30']
    const files = await inDir(['report', 'tinh.csv', '--unit', '56', ...vn])
    expect(files.stderr).not.toMatch(/\n\s+at /)
    const report = JSON.parse(files.stdout)
    expect(report.scope).toEqual({ units: ['56'] })
    const units = new Set(report.targets.map((series: { unit: string }) => series.unit))
    expect(units.has('58')).toBe(true)
    expect(units.has('01')).toBe(false)
    expect(report.validation.stats.rows).toBe(6)

    const stored = await inDir([
      'report',
      'tinh.csv',
      '--store',
      'tinh.duckdb',
      '--unit',
      '56',
      ...vn,
    ])
    expect(stored.stdout).toBe(files.stdout)
    // Two units, repeated or with a comma: the same run.
    const both = await inDir(['report', 'tinh.csv', '--unit', '56,01', ...vn])
    const repeated = await inDir(['report', 'tinh.csv', '--unit', '56', '--unit', '01', ...vn])
    expect(JSON.parse(both.stdout).validation.stats.rows).toBe(9)
    expect(repeated.stdout).toBe(both.stdout)

    // Every command says the part it covered above its human output, and fits the terminal.
    const human = ['--pack', 'vn-national', '--today', '2025-06-30', '--unit', '56']
    for (const command of ['validate', 'evaluate', 'assess', 'report']) {
      const pretty = await inDir([command, 'tinh.csv', ...human])
      expect(pretty.stdout, command).toContain('Covers: Khánh Hòa province (56), with the units')
      expect(Math.max(...pretty.stdout.split('\n').map((line) => line.length))).toBeLessThan(81)
      const markdown = await inDir([command, 'tinh.csv', ...human, '--format', 'markdown'])
      expect(markdown.stdout, command).toContain('Covers: Khánh Hòa province (56)')
    }
    const whole = await inDir(['validate', 'tinh.csv', '--pack', 'vn-national'])
    expect(whole.stdout).not.toContain('Covers:')

    const unknown = await inDir(['report', 'tinh.csv', '--unit', '99x', ...vn])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('`99x`')
    expect(unknown.stderr).toContain('tiendo units')
    expect(unknown.stderr).not.toMatch(/\n\s+at /)
  })

  it('reports the whole country in parts with --in-parts, from files or a store alike', async () => {
    writeFileSync(
      join(dir, 'ca-nuoc.csv'),
      [
        'indicator,unit,period,value',
        ...['2022', '2023', '2024'].flatMap((year, i) => [
          `smartphone_user_rate,56,${year},${70 + i}`,
          `smartphone_user_rate,58,${year},${60 + i}`,
          `smartphone_user_rate,01,${year},${80 + i}`,
          `smartphone_user_rate,VN,${year},${75 + i}`,
        ]),
        'smartphone_user_rate,XX,2024,50',
      ].join('\n'),
    )
    const vn = ['--pack', 'vn-national', '--today', '2025-06-30']
    const whole = await inDir(['report', 'ca-nuoc.csv', ...vn, '--format', 'json'])
    const parts = await inDir(['report', 'ca-nuoc.csv', ...vn, '--in-parts'])
    expect(parts.stderr).not.toMatch(/\n\s+at /)
    expect(parts.code).toBe(whole.code)
    const sets = (text: string) => {
      const report = JSON.parse(text)
      const sorted = (list: unknown[]) => list.map((item) => JSON.stringify(item)).sort()
      return {
        stats: report.validation.stats,
        issues: sorted(report.validation.issues),
        figures: sorted(report.derived.figures),
        failed: sorted(report.rules.failed),
        targets: sorted(report.targets),
      }
    }
    const found = sets(parts.stdout)
    expect(found).toEqual(sets(whole.stdout))
    // The country's series is the last run's, from its provinces' runs.
    expect(found.targets.some((series) => series.includes('"unit":"VN"'))).toBe(true)
    expect(found.stats.rows).toBe(13)

    const stored = await inDir([
      'report',
      'ca-nuoc.csv',
      '--store',
      'ca-nuoc.duckdb',
      ...vn,
      '--in-parts',
    ])
    expect(stored.stdout).toBe(parts.stdout)

    // On a terminal, the progress line names the part being read.
    let progress = ''
    await run(['report', 'ca-nuoc.csv', ...vn, '--in-parts', '--lang', 'en'], {
      stdout: { write: () => true },
      stderr: { write: (text: string) => (progress += text), isTTY: true },
      env: {},
      cwd: dir,
    })
    expect(progress).toMatch(/part 1\/\d+ · ca-nuoc\.csv/)

    const markdown = await inDir([
      'report',
      'ca-nuoc.csv',
      ...vn,
      '--in-parts',
      '--format',
      'markdown',
    ])
    expect(markdown.code).toBe(2)
    expect(markdown.stderr).toContain('JSON report only')
    const one = await inDir(['report', 'ca-nuoc.csv', ...vn, '--in-parts', '--unit', '56'])
    expect(one.code).toBe(2)
    expect(one.stderr).toContain('--unit')
    expect(one.stderr).not.toMatch(/\n\s+at /)
  })

  it('says what is wrong with a store, with exit code 2 and no stack trace', async () => {
    writeFileSync(join(dir, 'not-a-store.duckdb'), 'indicator,unit,period,value\n')
    const broken = await inDir(['report', 'valid.csv', '--store', 'not-a-store.duckdb', ...json])
    expect(broken.code).toBe(2)
    expect(broken.stderr).toContain('cannot be opened')
    expect(broken.stderr).not.toMatch(/\n\s+at /)

    const absent = await inDir(['assess', '--store', 'absent.duckdb', ...json])
    expect(absent.code).toBe(2)
    expect(absent.stderr).toContain('There is no store `absent.duckdb`')
    // A mistyped path leaves no empty store behind, and the store meant is named.
    expect(existsSync(join(dir, 'absent.duckdb'))).toBe(false)
    const typo = await inDir(['report', '--store', 's.duckbd', ...json])
    expect(typo.code).toBe(2)
    expect(typo.stderr).toContain('Did you mean `--store s.duckdb`?')
    const typoVi = await inDir(['report', '--store', 's.duckbd', ...json, '--lang', 'vi'])
    expect(typoVi.stderr).toContain('Có phải là `--store s.duckdb`?')

    const { openStore } = await import('@tiendo/duckdb')
    ;(await openStore(join(dir, 'empty.duckdb'))).close()
    const empty = await inDir(['assess', '--store', 'empty.duckdb', ...json])
    expect(empty.code).toBe(2)
    expect(empty.stderr).toContain('holds no submission')

    const missing = await inDir(['validate', 'nowhere.csv', '--store', 's2.duckdb', ...json])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('Cannot read `nowhere.csv`')
  })
})
