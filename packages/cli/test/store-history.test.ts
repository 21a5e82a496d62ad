import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openStore } from '@tiendo/duckdb'
import { afterAll, describe, expect, it } from 'vitest'
import { version } from '../src/version'
import { tiendoInProcess } from './tiendo'

const dir = mkdtempSync(join(tmpdir(), 'tiendo-cli-history-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const header = 'indicator,unit,period,value\n'
writeFileSync(
  join(dir, 'quy-1.csv'),
  `${header}smartphone_user_rate,58,2024,87.5\nhousehold_fibre_rate,58,2024,81.7\n`,
)
writeFileSync(join(dir, 'quy-1-sua.csv'), `${header}smartphone_user_rate,58,2024,88.1\n`)
const inDir = (args: readonly string[]) => tiendoInProcess([...args, '--lang', 'en'], dir)
const pack = ['--pack', 'ninh-thuan', '--today', '2025-06-30']

describe('tiendo history', () => {
  it('lists the submissions, the corrected figure current and the earlier one kept', async () => {
    expect((await inDir(['validate', 'quy-1.csv', '--store', 's.duckdb', ...pack])).code).toBe(0)
    const second = await inDir(['validate', 'quy-1-sua.csv', '--store', 's.duckdb', ...pack])
    // Over the store the correction replaces the figure: no conflict between the two files.
    expect(second.code).toBe(0)
    const files = await inDir(['validate', 'quy-1.csv', 'quy-1-sua.csv', ...pack])
    expect(files.code).toBe(1)
    expect(files.stdout).toContain('different values')

    const listed = await inDir(['history', '--store', 's.duckdb', '--format', 'json'])
    expect(listed.code).toBe(0)
    const store = JSON.parse(listed.stdout)
    expect(store).toMatchObject({ store: 's.duckdb', complete: true, strayItems: 0 })
    expect(
      store.submissions.map((s: Record<string, unknown>) => [s.id, s.name, s.complete, s.pack]),
    ).toEqual([
      [1, 'quy-1.csv', true, { id: 'ninh-thuan', version: '0.1.0' }],
      [2, 'quy-1-sua.csv', true, { id: 'ninh-thuan', version: '0.1.0' }],
    ])
    expect(store.submissions[0]).toMatchObject({
      tiendoVersion: version,
      contentHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      ingestedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    })

    const args = ['history', '--store', 's.duckdb', '--unit', '58']
    const figures = await inDir([
      ...args,
      '--indicator',
      'smartphone_user_rate',
      '--format',
      'json',
    ])
    expect(figures.code).toBe(0)
    const shown = JSON.parse(figures.stdout).figures
    expect(shown.map((f: Record<string, unknown>) => [f.value, f.current, f.supersededBy])).toEqual(
      [
        ['87.5', false, 2],
        ['88.1', true, null],
      ],
    )
    expect(shown[0].location).toEqual({ file: 'quy-1.csv', row: 2 })
    const pretty = await inDir(args)
    expect(pretty.stdout).toContain('smartphone_user_rate · 58')
    expect(pretty.stdout).toMatch(/87\.5 +#1 quy-1\.csv row 2 .* superseded by #2/)
    expect(pretty.stdout).toMatch(/81\.7 +#1 quy-1\.csv row 3 .* current/)
    const vi = await tiendoInProcess([...args, '--lang', 'vi'], dir)
    expect(vi.stdout).toContain('được thay bởi #2')
  })

  it('stops with exit code 2 and how to fix it when it is used wrongly', async () => {
    const withFile = await inDir(['history', 'quy-1.csv', '--store', 's.duckdb'])
    expect(withFile.code).toBe(2)
    expect(withFile.stderr).toContain('takes no files')
    const noStore = await inDir(['history', '--unit', '58'])
    expect(noStore.code).toBe(2)
    expect(noStore.stderr).toContain('`--store` is missing')
    const absent = await inDir(['history', '--store', 'nowhere.duckdb'])
    expect(absent.code).toBe(2)
    expect(absent.stderr).toContain('There is no store')
    expect(absent.stderr).not.toMatch(/\n\s+at /)
    const wait = await inDir(['history', '--store', 's.duckdb', '--store-wait', 'soon'])
    expect(wait.code).toBe(2)
    expect(wait.stderr).toContain('is not a number of seconds')
  })

  it('exits 1 and says which submission is incomplete when a store was damaged', async () => {
    expect((await inDir(['validate', 'quy-1.csv', '--store', 'hong.duckdb', ...pack])).code).toBe(0)
    const store = await openStore(join(dir, 'hong.duckdb'))
    await store.connection.run('DELETE FROM row_items WHERE seq = 1')
    store.close()
    const listed = await inDir(['history', '--store', 'hong.duckdb'])
    expect(listed.code).toBe(1)
    expect(listed.stdout).toContain('1 submission, SOME INCOMPLETE')
    expect(listed.stdout).toContain('INCOMPLETE: 2 of 3 items stored')
  })
})
