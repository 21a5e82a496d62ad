import type { Pack, Target, Unit } from '@tiendo/schema'
import { describe, expect, it } from 'vitest'
import { dxProductRule, pack, units } from '../__tests__/fixtures'
import { compilePack } from './compile-pack'

const merged: Unit[] = [
  ...units,
  {
    code: '56',
    name: { vi: 'Khánh Hòa (cũ)' },
    kind: 'province',
    parent: 'VN',
    validTo: '2025-06-30',
    successors: [{ unit: '56@2025-07-01' }],
  },
  {
    code: '56',
    name: { vi: 'Khánh Hòa' },
    kind: 'province',
    parent: 'VN',
    validFrom: '2025-07-01',
  },
  {
    code: '56.A',
    name: { vi: 'Xã A (cũ)' },
    kind: 'commune',
    parent: '56',
    validTo: '2025-06-30',
    // A bare code: the unit of that code valid on 1 July 2025.
    successors: [{ unit: '56.B' }],
  },
  { code: '56.B', name: { vi: 'Xã B' }, kind: 'commune', parent: '56', validFrom: '2025-07-01' },
]

const target = (extra: Partial<Target>): Target => ({
  id: 'de_share_56_2030',
  indicator: 'digital_economy_share_grdp',
  unit: '56@2025-07-01',
  comparator: 'gte',
  value: '90',
  by: '2030',
  ...extra,
})

function problems(extra: Partial<Pack>) {
  const compiled = compilePack(pack([], extra))
  return compiled.ok ? [] : compiled.issues.map((issue) => [issue.code, issue.location?.path])
}

describe('what units and targets name, checked when the pack loads', () => {
  it('accepts parents, successors (dated or a bare code) and targets that exist', () => {
    expect(problems({ units: merged, targets: [target({})] })).toEqual([])
  })

  it('refuses a parent or a successor that names no unit, at the field', () => {
    const typos = merged.map((unit) =>
      unit.code === '56.A'
        ? { ...unit, parent: '65', successors: [{ unit: '56@2025-07-02' }, { unit: '56.B' }] }
        : unit.code === '58'
          ? { ...unit, successors: [{ unit: '56' }, { unit: '57' }] }
          : unit,
    )
    const at = typos.findIndex((unit) => unit.code === '56.A')
    const province = typos.findIndex((unit) => unit.code === '58')
    expect(problems({ units: typos })).toEqual([
      ['unknown_successor', `/units/${province}/successors/1/unit`],
      ['unknown_unit_ref', `/units/${at}/parent`],
      ['unknown_successor', `/units/${at}/successors/0/unit`],
    ])
    const compiled = compilePack(pack([], { units: typos }))
    const issue = compiled.ok ? undefined : compiled.issues[0]
    expect(issue?.message.en).toContain('`57`')
    expect(issue?.message.vi).toContain('`57`')
    expect(issue?.hint?.en).toContain('`code@validity start`')
  })

  it('refuses a target whose indicator or unit the pack does not define', () => {
    const bad = [target({ indicator: 'digital_economy_share_grd', unit: '56@2025-07-02' })]
    expect(problems({ units: merged, targets: bad })).toEqual([
      ['unknown_indicator', '/targets/0/indicator'],
      ['unknown_unit_ref', '/targets/0/unit'],
    ])
  })

  it('refuses a unit kind no unit has that is a typo of one they have, naming it', () => {
    const rule = {
      ...dxProductRule,
      scope: { ...dxProductRule.scope, unitKinds: ['agency', 'comune'] },
    }
    const byKind = target({ unit: undefined, unitKind: 'provnce' })
    expect(problems({ units: merged, rules: [rule], targets: [byKind] })).toEqual([
      ['unknown_unit_kind', '/rules/0/scope/unitKinds/1'],
      ['unknown_unit_kind', '/targets/0/unitKind'],
    ])
    const compiled = compilePack(pack([rule], { units: merged }))
    const issue = compiled.ok ? undefined : compiled.issues[0]
    expect(issue?.message.en).toContain('did you mean `commune`?')
    expect(issue?.message.vi).toContain('có phải `commune`?')
  })

  it('leaves alone a kind far from every kind the units have (a national rule over wards)', () => {
    const rule = {
      ...dxProductRule,
      scope: { ...dxProductRule.scope, unitKinds: ['special_zone'] },
    }
    expect(problems({ units: merged, rules: [rule] })).toEqual([])
  })
})
