import { Exact } from '@tiendo/core'
import type { MethodologyProfile } from '@tiendo/schema'
import { Decimal } from 'decimal.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { assessProgress } from './assess'
import { jsonTextOf } from './json-text'
import { METHODOLOGY_PROFILES } from './profiles'
import {
  assessmentJsonText,
  decimalsToStrings,
  deserializeAssessment,
  serializeAssessment,
} from './serialize'
import type { AssessmentMethod, AssessProgressInput } from './types'

const METHODS: readonly AssessmentMethod[] = ['cagr', 'linear', 'weighted-linear', 'logit']
const PROFILES = Object.keys(METHODOLOGY_PROFILES) as MethodologyProfile[]

/** Series of every shape an assessment reports on: growth, falls, ranges, bounds, refusals. */
const input = fc
  .record({
    values: fc.array(fc.integer({ min: -50, max: 400 }), { minLength: 0, maxLength: 8 }),
    first: fc.integer({ min: 2010, max: 2020 }),
    qualifier: fc.constantFrom('exact', 'approx', 'at_least', 'less_than', undefined),
    target: fc.option(fc.integer({ min: 0, max: 500 })),
    by: fc.integer({ min: 2021, max: 2035 }),
    direction: fc.constantFrom('increase', 'decrease'),
    method: fc.option(fc.constantFrom(...METHODS)),
    profile: fc.option(fc.constantFrom(...PROFILES)),
    lang: fc.constantFrom('vi', 'en'),
  })
  .map(
    (drawn): AssessProgressInput => ({
      observations: drawn.values.map((value, i) => ({
        period: String(drawn.first + i),
        value: (value / 4).toString(),
        ...(drawn.qualifier === undefined ? {} : { qualifier: drawn.qualifier }),
      })),
      direction: drawn.direction,
      ...(drawn.target === null
        ? {}
        : { targets: [{ id: 't', value: String(drawn.target), by: String(drawn.by) }] }),
      ...(drawn.method === null ? {} : { method: drawn.method }),
      ...(drawn.profile === null ? {} : { profile: drawn.profile }),
      lang: drawn.lang,
    }),
  )

/** `assessProgress`, or `undefined` for input it refuses (which has no assessment to write). */
function tryAssess(given: AssessProgressInput) {
  try {
    return assessProgress(given)
  } catch {
    return undefined
  }
}

describe('assessmentJsonText', () => {
  it('writes what JSON.stringify writes of the JSON form, byte for byte', () => {
    let written = 0
    fc.assert(
      fc.property(input, (given) => {
        const assessment = tryAssess(given)
        if (assessment === undefined) return
        written++
        expect(assessmentJsonText(assessment)).toBe(JSON.stringify(serializeAssessment(assessment)))
      }),
      { numRuns: 400 },
    )
    // Most drawn series are assessed: the property was not met by refusing them all.
    expect(written).toBeGreaterThan(200)
  })

  it('writes an assessment read back from JSON as that JSON', () => {
    const assessment = assessProgress({
      observations: [
        { period: '2020', value: '10' },
        { period: '2024', value: '14.5' },
      ],
      direction: 'increase',
      targets: [{ value: '20', by: '2030' }],
    })
    const text = assessmentJsonText(assessment)
    const read = deserializeAssessment(JSON.parse(text))
    expect(assessmentJsonText(read)).toBe(text)
  })
})

describe('jsonTextOf', () => {
  const jsonish = fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: 'small' },
      fc.string(),
      fc.double(),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.constant(undefined),
      fc.bigInt({ min: -(10n ** 50n), max: 10n ** 50n }).map((n) => new Exact(`${n}e-20`)),
      fc.double({ noNaN: true }).map((n) => new Decimal(n)),
      fc.array(tie('value'), { maxLength: 4 }),
      fc.dictionary(fc.string(), tie('value'), { maxKeys: 4 }),
    ),
  })).value

  it('is JSON.stringify(decimalsToStrings(value)) for any JSON-like value with decimals', () => {
    fc.assert(
      fc.property(jsonish, (value) => {
        expect(jsonTextOf(value)).toBe(JSON.stringify(decimalsToStrings(value)))
      }),
      { numRuns: 2000 },
    )
  })

  it('leaves out functions and undefined in objects, and writes null for them in arrays', () => {
    const value = { a: undefined, f: () => 1, n: Number.NaN, list: [undefined, () => 1, 2] }
    expect(jsonTextOf(value)).toBe('{"n":null,"list":[null,null,2]}')
    expect(jsonTextOf(undefined)).toBeUndefined()
    // Keys that need escaping, and a lone surrogate, as JSON.stringify escapes them.
    const odd = { 'a"b\\': '\ud800', '\n': [new Exact('-0.5')] }
    expect(jsonTextOf(odd)).toBe(JSON.stringify(decimalsToStrings(odd)))
  })
})
