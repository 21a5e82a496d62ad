import type { Indicator, Rule, Unit } from '@tiendo/schema'
import { describe, expect, it } from 'vitest'
import { unitsOf } from './__tests__/datasets'
import { BUILT_IN_PACK_IDS, getBuiltInPack } from './built-in-packs'

/**
 * The parameters each rule template takes, as `@tiendo/rules` defines them
 * (packages/rules/src/templates): every name allowed, and those required.
 */
const TEMPLATE_PARAMS: Record<string, { allowed: string[]; required: string[] }> = {
  target: { allowed: ['target', 'indicator', 'comparator', 'value', 'upper', 'by'], required: [] },
  annual_quota: { allowed: ['record', 'statuses', 'indicator', 'min'], required: [] },
  no_regression: { allowed: ['indicator', 'direction', 'offset'], required: ['indicator'] },
  bounds: { allowed: ['indicator', 'min', 'max'], required: ['indicator'] },
  consistency: {
    allowed: ['part', 'whole', 'numerator', 'denominator', 'indicator', 'tolerance', 'relative'],
    required: [],
  },
  completeness: { allowed: ['indicators'], required: ['indicators'] },
  outlier: { allowed: ['indicator', 'factor', 'offset'], required: ['indicator'] },
}
const INDICATOR_PARAMS = ['indicator', 'part', 'whole', 'numerator', 'denominator']

function indicatorsOf(id: string): Map<string, Indicator> {
  const pack = getBuiltInPack(id)
  const inherited = pack.extends === undefined ? new Map() : indicatorsOf(pack.extends)
  for (const indicator of pack.indicators ?? []) inherited.set(indicator.id, indicator)
  return inherited
}

/** Whether a reference names a unit: `code@date` exactly, a code any unit with that code. */
const names = (units: readonly Unit[], ref: string) => {
  const [code, from] = ref.split('@')
  return units.some((u) => u.code === code && (from === undefined || u.validFrom === from))
}

describe.each(BUILT_IN_PACK_IDS)('the references of %s', (id) => {
  const pack = getBuiltInPack(id)
  const units = unitsOf(id)
  const indicators = indicatorsOf(id)
  const rules: Rule[] = pack.rules ?? []

  it('name units that the pack or the pack it extends declares', () => {
    const refs = [
      ...(pack.units ?? []).flatMap((u) => [
        ...(u.parent === undefined ? [] : [u.parent]),
        ...(u.successors ?? []).map((s) => s.unit),
      ]),
      ...(pack.targets ?? []).flatMap((t) => (t.unit === undefined ? [] : [t.unit])),
      ...rules.flatMap((r) => r.scope?.units ?? []),
    ]
    for (const ref of refs) expect(names(units, ref), ref).toBe(true)
  })

  it('scope rules to unit kinds the pack declares, or to communes and wards to come', () => {
    const kinds = new Set(units.map((u) => u.kind))
    for (const kind of rules.flatMap((r) => r.scope?.unitKinds ?? [])) {
      expect(kinds.has(kind) || ['commune', 'ward'].includes(kind), kind).toBe(true)
    }
  })

  it('name indicators that the pack or the pack it extends defines', () => {
    const refs = [
      ...(pack.targets ?? []).map((t) => t.indicator),
      ...rules.flatMap((rule) => {
        if (!('template' in rule)) return []
        const params = rule.params ?? {}
        const listed = Array.isArray(params.indicators) ? (params.indicators as string[]) : []
        return [
          ...INDICATOR_PARAMS.flatMap((n) => (n in params ? [params[n] as string] : [])),
          ...listed,
        ]
      }),
    ]
    for (const ref of refs) expect(indicators.has(ref), ref).toBe(true)
  })

  it('give templates only the parameters they take, and those they need', () => {
    for (const rule of rules) {
      if (!('template' in rule)) continue
      const spec = TEMPLATE_PARAMS[rule.template]!
      const given = Object.keys(rule.params ?? {})
      for (const name of given) expect(spec.allowed, `${rule.id}: ${name}`).toContain(name)
      for (const name of spec.required) expect(given, `${rule.id}: ${name}`).toContain(name)
    }
  })
})
