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
    // The JSON is written in pieces: the outer objects indented by two, each result one line.
    whole.results.forEach((result: unknown, i: number) => {
      const comma = i < whole.results.length - 1 ? ',' : ''
      expect(json.stdout).toContain(`\n    ${JSON.stringify(result)}${comma}\n`)
    })
    expect(json.stdout.endsWith('\n}\n')).toBe(true)
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
