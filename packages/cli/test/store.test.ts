import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
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

  it('says what is wrong with a store, with exit code 2 and no stack trace', async () => {
    writeFileSync(join(dir, 'not-a-store.duckdb'), 'indicator,unit,period,value\n')
    const broken = await inDir(['report', 'valid.csv', '--store', 'not-a-store.duckdb', ...json])
    expect(broken.code).toBe(2)
    expect(broken.stderr).toContain('cannot be opened')
    expect(broken.stderr).not.toMatch(/\n\s+at /)

    const empty = await inDir(['assess', '--store', 'empty.duckdb', ...json])
    expect(empty.code).toBe(2)
    expect(empty.stderr).toContain('holds no submission')

    const missing = await inDir(['validate', 'nowhere.csv', '--store', 's2.duckdb', ...json])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('Cannot read `nowhere.csv`')
  })
})
