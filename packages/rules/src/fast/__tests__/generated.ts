import type { Condition, Observation, Pack, SubmittedRecord, Unit } from '@tiendo/schema'
import fc from 'fast-check'
import type { FactSource } from '../../fact-source'
import { createMemoryFactSource } from '../../memory-source'

/**
 * Random packs and data for differential tests: rules whose conditions nest `all`, `any` and
 * `not` with random priorities over every operator a pack may name, and data where values
 * are often missing, equal, tiny or huge.
 */

const INDICATORS = ['a', 'b', 'c'] as const
const PERIODS = ['2023', '2024', '2025'] as const

const units: Unit[] = [
  {
    code: 'P',
    name: { vi: 'Tỉnh', en: 'Province' },
    kind: 'province',
    attributes: { population: '1000' },
  },
  {
    code: 'P.1',
    name: { vi: 'Xã 1' },
    kind: 'commune',
    parent: 'P',
    attributes: { population: '0.3' },
  },
  { code: 'P.2', name: { vi: 'Xã 2' }, kind: 'commune', parent: 'P' },
  {
    code: 'P.A',
    name: { vi: 'Sở A' },
    kind: 'agency',
    parent: 'P',
    attributes: { population: 'n/a' },
  },
]

const decimal = fc.oneof(
  fc.constantFrom('0', '0.1', '0.2', '0.3', '1', '10', '-1', '99.99', '100', '0.30'),
  fc.constantFrom('123456789012345678901234567890.5', '0.00000000000000000000000000000001'),
  fc.integer({ min: -2000, max: 2000 }).map((n) => (n / 10).toString()),
)

const indicator = fc.constantFrom(...INDICATORS)
const DECIMAL_OPERATORS = [
  'decimalEq',
  'decimalNeq',
  'decimalGt',
  'decimalGte',
  'decimalLt',
  'decimalLte',
]

/** A comparison a compiled pack accepts: each operator with a fact and value it fits. */
const comparison: fc.Arbitrary<Condition> = fc.oneof(
  fc.record({
    fact: fc.constant('value'),
    params: fc.oneof(
      indicator.map((i) => ({ indicator: i })),
      indicator.map((i) => ({ indicator: i, offset: -1 })),
    ),
    operator: fc.constantFrom(...DECIMAL_OPERATORS),
    value: fc.oneof(
      decimal,
      indicator.map((i) => ({ fact: 'value', params: { indicator: i } })),
      indicator.map((i) => ({ fact: 'value', params: { indicator: i, offset: -1 } })),
    ),
  }),
  fc.record({
    fact: fc.constant('value'),
    params: indicator.map((i) => ({ indicator: i })),
    operator: fc.constant('decimalBetween'),
    // Low end first, as packs must write it.
    value: fc.tuple(decimal, decimal).map((pair) => pair.sort((x, y) => Number(x) - Number(y))),
  }),
  fc.record({
    fact: fc.constantFrom('change_factor', 'children_sum', 'coverage'),
    params: indicator.map((i) => ({ indicator: i })),
    operator: fc.constantFrom(...DECIMAL_OPERATORS),
    value: decimal,
  }),
  fc.record({
    fact: fc.constant('record_count'),
    params: fc.constantFrom<Record<string, string>>(
      { kind: 'dx_product' },
      { kind: 'dx_product', status: 'completed,planned' },
    ),
    operator: fc.constantFrom(...DECIMAL_OPERATORS),
    value: fc.constantFrom('0', '1', '2'),
  }),
  fc.record({
    fact: fc.constant('reported'),
    params: indicator.map((i) => ({ indicator: i })),
    operator: fc.constantFrom('equal', 'notEqual'),
    value: fc.boolean(),
  }),
  fc.record({
    fact: fc.constant('unit'),
    params: fc.constant({}),
    path: fc.constant('$.kind'),
    operator: fc.constantFrom('equal', 'notEqual'),
    value: fc.constantFrom('commune', 'province', 'agency'),
  }),
  fc.record({
    fact: fc.constant('unit'),
    params: fc.constant({}),
    path: fc.constantFrom('$.kind', '$.code', '$.attributes.missing'),
    operator: fc.constantFrom('in', 'notIn'),
    value: fc.subarray(['commune', 'province', 'P.1', 'P.A', 'agency']),
  }),
  fc.record({
    fact: fc.constant('unit'),
    params: fc.constant({}),
    path: fc.constantFrom('$.code', '$.attributes.population'),
    operator: fc.constantFrom('contains', 'doesNotContain'),
    value: fc.constantFrom('P', '1', 'x'),
  }),
  fc.record({
    fact: fc.constant('unit'),
    params: fc.constant({}),
    path: fc.constant('$.attributes.population'),
    operator: fc.constantFrom(...DECIMAL_OPERATORS),
    value: decimal,
  }),
)

/** An optional priority (json-rules-engine orders siblings by it) and name. */
const meta = fc.record(
  { priority: fc.integer({ min: 1, max: 3 }), name: fc.constantFrom('first', 'second') },
  { requiredKeys: [] },
)

const { node } = fc.letrec<{ node: Condition }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.tuple(comparison, meta).map(([c, m]) => ({ ...c, ...m }) as Condition),
    fc.tuple(fc.array(tie('node'), { maxLength: 4 }), meta).map(([all, m]) => ({ all, ...m })),
    fc.tuple(fc.array(tie('node'), { maxLength: 4 }), meta).map(([any, m]) => ({ any, ...m })),
    fc.tuple(tie('node'), meta).map(([not, m]) => ({ not, ...m })),
  ),
}))

/** A rule's top: `all`, `any` or `not`, as json-rules-engine requires. */
const top = fc.oneof(
  fc.array(node, { maxLength: 4 }).map((all) => ({ all })),
  fc.array(node, { maxLength: 4 }).map((any) => ({ any })),
  node.map((not) => ({ not })),
)

/** The first comparison's fact, for a message naming it. */
function firstFact(condition: Condition): string | undefined {
  if ('all' in condition) return condition.all.map(firstFact).find((f) => f !== undefined)
  if ('any' in condition) return condition.any.map(firstFact).find((f) => f !== undefined)
  if ('not' in condition) return firstFact(condition.not)
  return condition.fact
}

const rule = fc
  .record({
    conditions: top,
    missing: fc.constantFrom('skip_if_any_missing', 'skip_if_all_missing', 'never_skip', undefined),
    severity: fc.constantFrom('error', 'warning', 'info'),
    kinds: fc.subarray(['province', 'commune', 'agency']),
  })
  .map(({ conditions, missing, severity, kinds }) => {
    const fact = firstFact(conditions as Condition)
    const named = fact === undefined ? '' : ` {fact:${fact}} / {expected:${fact}}`
    return {
      severity,
      conditions,
      ...(missing === undefined ? {} : { missing }),
      ...(kinds.length === 0 ? {} : { scope: { unitKinds: kinds } }),
      message: { vi: `{unit} {period}: {failed}${named}`, en: `{unit_name} in {period}${named}` },
    }
  })

const observation = fc.record({
  indicator,
  unit: fc.constantFrom(...units.map((unit) => unit.code)),
  period: fc.constantFrom(...PERIODS),
  value: decimal,
})

const record = fc.record({
  unit: fc.constantFrom('P.1', 'P.A'),
  period: fc.constantFrom(...PERIODS),
  status: fc.constantFrom('completed', 'planned', 'in_progress'),
})

/** A pack of one to three random rules, and random data to evaluate it over. */
export const generatedCase: fc.Arbitrary<{ pack: Pack; source: FactSource }> = fc
  .record({
    rules: fc.array(rule, { minLength: 1, maxLength: 3 }),
    observations: fc.uniqueArray(observation, {
      maxLength: 24,
      selector: (o) => `${o.indicator}|${o.unit}|${o.period}`,
    }),
    records: fc.array(record, { maxLength: 8 }),
  })
  .map(({ rules, observations, records }) => ({
    pack: {
      id: 'generated',
      version: '1.0.0',
      title: { vi: 'Sinh ngẫu nhiên', en: 'Generated' },
      indicators: INDICATORS.map((id) => ({
        id,
        name: { vi: id, en: id },
        unit: 'count',
        direction: 'increase' as const,
        aggregation: { method: 'sum' as const },
      })),
      units,
      rules: rules.map((written, i) => ({ id: `r${i}`, ...written })),
    } as Pack,
    source: createMemoryFactSource({
      units,
      observations: observations as Observation[],
      records: records.map(
        ({ unit, period, status }, i) =>
          ({
            id: `x${i}`,
            kind: 'dx_product',
            unit,
            date: `${period}-03-15`,
            status,
            title: 'x',
          }) as SubmittedRecord,
      ),
    }),
  }))
