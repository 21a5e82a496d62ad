import type { Indicator, Pack } from '@tiendo/schema'
import { describe, expect, it } from 'vitest'
import { indicators, pack } from '../__tests__/fixtures'
import { compilePack } from './compile-pack'

const rate = (extra: Partial<Indicator>): Indicator => ({
  id: 'fibre_rate',
  name: { vi: 'Tỷ lệ hộ có cáp quang', en: 'Households with fibre' },
  unit: 'percent',
  direction: 'increase',
  aggregation: { method: 'ratio_of_sums' },
  ...extra,
})

function problems(extra: Partial<Pack>) {
  const base = pack([])
  const compiled = compilePack({ ...base, ...extra })
  return compiled.ok ? [] : compiled.issues.map((issue) => [issue.code, issue.location?.path])
}

describe('what derivation relies on, checked when the pack loads', () => {
  it('refuses a ratio of sums without its parts, pointing at the aggregation', () => {
    expect(problems({ indicators: [...indicators, rate({})] })).toEqual([
      ['ratio_without_parts', `/indicators/${indicators.length}/aggregation/method`],
    ])
    const compiled = compilePack({ ...pack([]), indicators: [...indicators, rate({})] })
    expect(compiled.ok ? undefined : compiled.issues[0]?.hint?.en).toContain('"kind": "ratio"')
  })

  it('accepts one with parts the pack declares, and names the parts it does not', () => {
    const ratio = {
      kind: 'ratio' as const,
      numerator: 'fibre_households',
      denominator: 'households',
      factor: '100',
    }
    expect(problems({ indicators: [...indicators, rate({ derivation: ratio })] })).toEqual([])
    const unknown = { ...ratio, denominator: 'homes' }
    expect(problems({ indicators: [...indicators, rate({ derivation: unknown })] })).toEqual([
      ['unknown_indicator', `/indicators/${indicators.length}/derivation/denominator`],
    ])
  })

  it('refuses carry rules without what they need, and composites naming unknown indicators', () => {
    const counted = indicators.find((item) => item.id === 'households')!
    expect(
      problems({
        indicators: [...indicators, { ...counted, id: 'copies', carry: 'ratio' }],
        composites: [
          {
            indicator: 'copies',
            indices: [{ id: 'a', points: '1', components: [{ indicator: 'nowhere' }] }],
            pillars: [{ id: 'p', indices: ['b'] }],
          },
        ],
      }),
    ).toEqual([
      ['carry_needs', `/indicators/${indicators.length}/carry`],
      ['unknown_indicator', '/composites/0/indices/0/components/0/indicator'],
      ['unknown_composite_index', '/composites/0/pillars/0/indices/0'],
    ])
  })
})
