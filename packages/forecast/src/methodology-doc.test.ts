/**
 * docs/methodology.md is executable: every block tagged `json tiendo-example` is run through
 * `assessProgress`, and every figure it shows must match the code to the digits printed.
 * The doc must also name every status and every reason and note code.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Decimal } from 'decimal.js'
import { describe, expect, it } from 'vitest'
import { assessProgress } from './assess'
import { assessOpenSdgIndicator, type OpenSdgSeriesNode } from './institutions/opensdg-indicator'
import { TEXT_CODES } from './reasons'
import type { AssessProgressInput } from './types'

const DOC = fileURLToPath(new URL('../../../docs/methodology.md', import.meta.url))
const text = readFileSync(DOC, 'utf8')

interface Example {
  name: string
  input: AssessProgressInput
  expect: Record<string, unknown>
}

const examples: Example[] = [...text.matchAll(/```json tiendo-example\n([\s\S]*?)```/g)].map(
  (m) => JSON.parse(m[1]!) as Example,
)

interface IndicatorExample {
  name: string
  series: SeriesNodeInput[]
  expect: Record<string, unknown>
}

type SeriesNodeInput = AssessProgressInput | { group: SeriesNodeInput[] }

const indicatorExamples: IndicatorExample[] = [
  ...text.matchAll(/```json tiendo-indicator-example\n([\s\S]*?)```/g),
].map((m) => JSON.parse(m[1]!) as IndicatorExample)

function assessNode(node: SeriesNodeInput): OpenSdgSeriesNode {
  return 'group' in node ? { group: node.group.map(assessNode) } : assessProgress(node)
}

const DECIMAL = /^-?\d+(\.\d+)?$/

/** Checks `actual` against what the doc prints, rounding decimals to the printed places. */
function check(expected: unknown, actual: unknown, path: string): void {
  if (expected === null) {
    expect(actual, path).toBeNull()
    return
  }
  if (typeof expected === 'string' && DECIMAL.test(expected) && Decimal.isDecimal(actual)) {
    const places = expected.split('.')[1]?.length ?? 0
    expect((actual as Decimal).toFixed(places), path).toBe(expected)
    return
  }
  if (Array.isArray(expected)) {
    expect(Array.isArray(actual), path).toBe(true)
    const list = actual as unknown[]
    expect(list.length, path).toBe(expected.length)
    expected.forEach((item, i) => {
      check(item, list[i], `${path}[${i}]`)
    })
    return
  }
  if (typeof expected === 'object') {
    expect(actual, path).toBeTypeOf('object')
    for (const [key, value] of Object.entries(expected as Record<string, unknown>)) {
      check(value, (actual as Record<string, unknown>)[key], `${path}.${key}`)
    }
    return
  }
  expect(actual, path).toEqual(expected)
}

describe('docs/methodology.md', () => {
  it('has worked examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(10)
  })

  it.each(examples.map((e) => [e.name, e] as const))(
    'example "%s" matches the code',
    (_, example) => {
      check(example.expect, assessProgress(example.input), 'result')
    },
  )

  it.each(indicatorExamples.map((e) => [e.name, e] as const))(
    'indicator example "%s" matches the code',
    (_, example) => {
      check(example.expect, assessOpenSdgIndicator(example.series.map(assessNode)), 'result')
    },
  )

  it('has an indicator example', () => {
    expect(indicatorExamples.length).toBeGreaterThanOrEqual(1)
  })

  it('names every status', () => {
    for (const status of [
      'achieved',
      'on_track',
      'needs_acceleration',
      'limited_progress',
      'deterioration',
      'insufficient_data',
      'improving',
      'stable',
      'worsening',
    ]) {
      expect(text).toContain(`\`${status}\``)
    }
  })

  it('names every reason, refusal and note code', () => {
    for (const code of TEXT_CODES) expect(text, code).toContain(`\`${code}\``)
  })
})
