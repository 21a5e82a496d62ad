import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readObservationFile } from '../read-observations'
import { mayBeDotGroups } from './locale-evidence'

describe('a file that writes numbers the Vietnamese way without saying so', () => {
  it('doubts 363.558 when another cell groups thousands with dots, without a comma', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tiendo-locale-'))
    const file = join(dir, 'dots.csv')
    const rows = ['cashless_payment_value,58,2024,363.558', 'bts_5g_count,58,2024,1.234.567']
    await writeFile(file, `indicator,unit,period,value\n${rows.join('\n')}\n`)
    const { issues } = await readObservationFile(file, { displayName: 'dots.csv' })
    expect(issues.map((issue) => [issue.code, issue.location?.row])).toEqual([
      ['invalid_number', 3],
      ['ambiguous_number', 2],
    ])
    expect(issues[1]?.message.en).toContain('may mean 363558 rather than 363.558')
    expect(issues[1]?.related).toEqual([{ file: 'dots.csv', row: 3, column: 'value' }])
  })
})

describe('mayBeDotGroups', () => {
  it('names exactly the numbers a file may refuse once read whole', () => {
    for (const text of ['363.558', '1.500', '-9.125', '1.234.567']) {
      expect(mayBeDotGroups(text)).toBe(true)
    }
    for (const text of ['0.558', '12.34', '1234.567', '363558', '1.5000', '87,5']) {
      expect(mayBeDotGroups(text)).toBe(false)
    }
  })
})
