import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { tiendoInProcess } from './tiendo'

/** A commune's file written the Vietnamese way, a ministry's the English way. */
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tiendo-locale-'))
  writeFileSync(
    join(dir, 'xa.csv'),
    'indicator,unit,period,value\nsmartphone_user_rate,58,2024,"87,5"\ncashless_payment_value,58,2024,363.558\n',
  )
  writeFileSync(join(dir, 'bo.csv'), 'indicator,unit,period,value\ndti_score,58,2024,0.5934\n')
  return dir
}

const validate = (dir: string, ...args: string[]) =>
  tiendoInProcess(
    [
      'validate',
      'xa.csv',
      'bo.csv',
      '--pack',
      'ninh-thuan',
      '--today',
      '2025-01-01',
      '--format',
      'json',
      ...args,
    ],
    dir,
  )

describe('--number-locale FILE=vi', () => {
  it('reads one file the Vietnamese way and the others as they are', async () => {
    const dir = folder()
    const { code, stdout } = await validate(dir, '--number-locale', 'xa.csv=vi')
    const report = JSON.parse(stdout)
    expect(report.issues).toEqual([])
    expect(code).toBe(0)
  })

  it('reads every file the Vietnamese way without a file name, which breaks the English one', async () => {
    const dir = folder()
    const all = JSON.parse((await validate(dir, '--number-locale', 'vi')).stdout)
    expect(all.issues.map((issue: { file: string }) => issue.file)).toContain('bo.csv')
    const none = JSON.parse((await validate(dir)).stdout)
    expect(none.issues.map((issue: { file: string }) => issue.file)).toContain('xa.csv')
    expect(none.issues.map((issue: { file: string }) => issue.file)).not.toContain('bo.csv')
  })

  it('refuses a file the command does not read, and a locale it does not know', async () => {
    const dir = folder()
    const file = await validate(dir, '--number-locale', 'khac.csv=vi', '--lang', 'en')
    expect(file.code).toBe(2)
    expect(file.stderr).toContain('names a file the command does not read')
    expect(file.stderr).toContain('xa.csv, bo.csv')
    const locale = await validate(dir, '--number-locale', 'xa.csv=fr', '--lang', 'vi')
    expect(locale.code).toBe(2)
    expect(locale.stderr).toContain('phải là `vi` hoặc `en`')
  })
})
