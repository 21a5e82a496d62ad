import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { drain } from '../__tests__/helpers'
import { readRows } from '../read-rows'
import { scanJsonRows } from './json-raw'

describe('scanJsonRows', () => {
  it('finds repeated keys and the text of numbers in one object', () => {
    const [facts] = scanJsonRows(
      '{"a\\"b": 1.50, "x": {"n": 2}, "v": 0.30000000000000001, "a\\"b": -1e-400, "s": "\\\\"}',
      0,
    )
    expect(facts?.duplicateKeys).toEqual(['a"b'])
    // The nested object's number is not a value of the row; the last `a"b` wins as in JSON.parse.
    expect([...(facts?.numbers ?? [])]).toEqual([
      ['a"b', '-1e-400'],
      ['v', '0.30000000000000001'],
    ])
  })

  it('indexes the elements of an array, objects or not', () => {
    const rows = scanJsonRows('[ {"k": 1, "k": 2}, "text", [1, {"k": 3}], {"k": 10e0} ]', 1)
    expect(rows).toHaveLength(4)
    expect(rows[0]?.duplicateKeys).toEqual(['k'])
    expect(rows[1]).toBeUndefined()
    expect(rows[2]).toBeUndefined()
    expect(rows[3]?.numbers.get('k')).toBe('10e0')
  })
})

describe('JSON readers never resolve repeated keys or rounded numbers silently', () => {
  async function read(name: string, content: string) {
    const dir = await mkdtemp(join(tmpdir(), 'tiendo-json-raw-'))
    const file = join(dir, name)
    await writeFile(file, content)
    return drain(readRows(file, { displayName: name }))
  }
  const row = (value: string, extra = '') =>
    `{"indicator":"dti_score","unit":"58","period":"2024","value":${value}${extra}}`

  it('reports a key written twice in an NDJSON line, at its line and column', async () => {
    const { rows, issues } = await read('a.ndjson', `${row('"0.6"', ',"value":"0.7"')}\n`)
    expect(issues.map((issue) => [issue.code, issue.location])).toEqual([
      ['duplicate_column', { file: 'a.ndjson', row: 1, column: 'value' }],
    ])
    expect(rows[0]?.rejected).toBe(true)
  })

  it('reports numbers whose written digits parsing would change', async () => {
    const content = `[${[row('81.70000000000000284'), row('1e-400'), row('87.50000'), row('1E2')].join(',\n')}]`
    const { rows, issues } = await read('b.json', content)
    expect(issues.map((issue) => [issue.code, issue.location?.path])).toEqual([
      ['imprecise_number', '/0/value'],
      ['imprecise_number', '/1/value'],
    ])
    expect(issues[0]?.message.en).toContain('"81.70000000000000284"')
    expect(issues[0]?.message.en).toContain('becomes "81.7"')
    expect(issues[1]?.message.vi).toContain('"1e-400"')
    // Trailing zeros and exponents that parse exactly are the same decimal: accepted.
    expect(rows.map((r) => [r.rejected ?? false, r.cells.value])).toEqual([
      [true, undefined],
      [true, undefined],
      [false, '87.5'],
      [false, '100'],
    ])
  })

  it('says the digits written when a number past 15 digits was rounded', async () => {
    const content = `[${[row('12345678901234567890'), row('0.30000000000000004')].join(',\n')}]`
    const { issues } = await read('c.json', content)
    expect(issues.map((issue) => [issue.code, issue.location?.path])).toEqual([
      ['imprecise_number', '/0/value'],
      ['imprecise_number', '/1/value'],
    ])
    // 12345678901234567890 reads as 12345678901234567000: the user has to quote what they wrote.
    expect(issues[0]).toMatchObject({ written: '12345678901234567890' })
    expect(issues[0]?.message.en).toContain('"12345678901234567890"')
    // 0.30000000000000004 is kept digit for digit: nothing was changed, only too many digits.
    expect(issues[1]).not.toHaveProperty('written')
  })
})
