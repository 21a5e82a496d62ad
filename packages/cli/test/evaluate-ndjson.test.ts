import { describe, expect, it } from 'vitest'
import { fixtures, tiendoInProcess } from './tiendo'

const evaluate = (format: string) =>
  tiendoInProcess(
    ['evaluate', 'valid.csv', 'products.csv', '--pack', 'ninh-thuan', '--format', format],
    fixtures,
  )

describe('tiendo evaluate --format ndjson', () => {
  it('writes the results and issues of --format json, one a line', async () => {
    const json = await evaluate('json')
    const ndjson = await evaluate('ndjson')
    expect(ndjson.code).toBe(json.code)
    const whole = JSON.parse(json.stdout)
    // The JSON is written in pieces; it is still the text JSON.stringify gives, indented by two.
    expect(json.stdout).toBe(`${JSON.stringify(whole, null, 2)}\n`)
    expect(ndjson.stdout.endsWith('\n')).toBe(true)
    const lines = ndjson.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line))
    expect(lines.filter((line) => line.issue !== true)).toEqual(whole.results)
    expect(
      lines.filter((line) => line.issue === true).map(({ issue: _, ...rest }) => rest),
    ).toEqual(whole.issues)
    expect(whole.results.length).toBeGreaterThan(0)
  })
})
