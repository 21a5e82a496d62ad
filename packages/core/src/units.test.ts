import type { Unit } from '@tiendo/schema'
import { describe, expect, it } from 'vitest'
import {
  KHANH_HOA,
  MERGER_UNITS,
  NEW_COMMUNES,
  NINH_THUAN,
  OLD_COMMUNES,
  OLD_KHANH_HOA,
  VN,
} from './__tests__/units'
import { isCoreIssue } from './issues/core-issue-fields'
import { createUnitRegistry, unitKey } from './units'

const registry = createUnitRegistry(MERGER_UNITS)

describe('createUnitRegistry', () => {
  it('accepts the merger without issues', () => {
    expect(registry.issues).toEqual([])
  })

  it('keys units by code and validity start', () => {
    expect(unitKey(OLD_KHANH_HOA)).toBe('56')
    expect(unitKey(KHANH_HOA)).toBe('56@2025-07-01')
    expect(registry.get('56@2025-07-01')).toBe(KHANH_HOA)
    expect(registry.withCode('56')).toEqual([OLD_KHANH_HOA, KHANH_HOA])
  })

  it('reports duplicate keys, overlapping codes, unknown parents and successors', () => {
    const bad: Unit[] = [
      VN,
      { ...VN },
      { code: 'X', name: { vi: 'X' }, kind: 'commune', parent: 'NOPE', validTo: '2025-06-30' },
      { code: 'X', name: { vi: 'X2' }, kind: 'commune', validFrom: '2025-01-01' },
      {
        code: 'Y',
        name: { vi: 'Y' },
        kind: 'commune',
        validTo: '2020-12-31',
        successors: [{ unit: 'Z' }],
      },
    ]
    const { issues } = createUnitRegistry(bad)
    expect(issues.map((issue) => [issue.code, issue.location?.path])).toEqual([
      ['duplicate_unit', '/units/1'],
      ['unit_validity_overlap', '/units/3'],
      ['unknown_parent', '/units/2'],
      ['unknown_successor', '/units/4'],
    ])
    for (const issue of issues) {
      expect(issue.severity).toBe('error')
      expect(issue.message.vi).not.toBe(issue.message.en)
      expect(issue.hint).toBeDefined()
    }
  })
})

describe('resolve', () => {
  it('resolves a reused code to the unit valid in the period', () => {
    const before = registry.resolve('56', '2024')
    const after = registry.resolve('56', '2026-Q1')
    expect(before).toMatchObject({ ok: true, unit: OLD_KHANH_HOA, key: '56', issues: [] })
    expect(after).toMatchObject({ ok: true, unit: KHANH_HOA, key: '56@2025-07-01', issues: [] })
  })

  it('refuses 58 after 30 June 2025 and names the successor', () => {
    const result = registry.resolve('58', '2025-Q3', { location: { file: 'a.csv', row: 4 } })
    expect(result.ok).toBe(false)
    const [issue] = result.issues
    expect(issue).toMatchObject({
      code: 'unit_not_valid_in_period',
      severity: 'error',
      unit: '58',
      period: '2025-Q3',
      // The reference is what to change: its cell is named.
      location: { file: 'a.csv', row: 4, column: 'unit' },
    })
    expect(issue?.message.vi).toContain('quý III/2025')
    expect(issue?.message.vi).toContain('30/06/2025')
    expect(issue?.hint?.en).toContain('56@2025-07-01')
  })

  it('warns when a period straddles the end of a unit', () => {
    const result = registry.resolve('58', '2025')
    expect(result).toMatchObject({ ok: true, unit: NINH_THUAN })
    expect(result.issues.map((issue) => [issue.code, issue.severity])).toEqual([
      ['unit_validity_straddles_period', 'warning'],
    ])
    expect(result.issues[0]?.hint?.en).toContain('`2025-H1` for figures up to 2025-06-30')
    expect(result.issues[0]?.hint?.vi).toContain('`2025-H1` cho số liệu đến 30/06/2025')
    expect(registry.resolve('58', '2025-H1').issues).toEqual([])
  })

  it('takes the unit valid at the end of a period when a code changed hands inside it', () => {
    const result = registry.resolve('56', '2025')
    expect(result).toMatchObject({ ok: true, unit: KHANH_HOA })
    expect(result.issues[0]?.code).toBe('unit_validity_straddles_period')
    // The merged unit starts mid-year: the part it existed is the second half.
    expect(result.issues[0]?.hint?.en).toContain('`2025-H2` for figures from 2025-07-01')
    expect(result.issues[0]?.hint?.vi).toContain('`2025-H2` cho số liệu từ 01/07/2025')
    expect(registry.resolve('56', '2025-Q3').issues).toEqual([])
  })

  it('reads a dated reference before the unit began as a back-cast figure', () => {
    const result = registry.resolve('56@2025-07-01', '2024')
    expect(result).toMatchObject({ ok: true, unit: KHANH_HOA, key: '56@2025-07-01' })
    expect(result.issues.map((issue) => [issue.code, issue.severity])).toEqual([
      ['unit_backcast', 'info'],
    ])
  })

  it('suggests the dated reference for a figure before a new unit began', () => {
    const result = registry.resolve('KH1', '2024')
    expect(result.issues[0]?.code).toBe('unit_not_valid_in_period')
    expect(result.issues[0]?.hint?.en).toContain('`KH1@2025-07-01`')
  })

  it('reports unknown codes and unknown validity starts', () => {
    expect(registry.resolve('99', '2024').issues[0]?.code).toBe('unknown_unit')
    const dated = registry.resolve('56@2025-07-02', '2026')
    expect(dated.ok).toBe(false)
    expect(dated.issues[0]?.code).toBe('unknown_unit')
    // A unit of the code with no start date is written as the code alone, not as a date.
    expect(dated.issues[0]?.hint?.en).toBe(
      'Write `56` (the unit with no start date) or `56@2025-07-01`.',
    )
    expect(dated.issues[0]?.hint?.vi).toBe(
      'Ghi `56` (đơn vị không ghi ngày bắt đầu hiệu lực) hoặc `56@2025-07-01`.',
    )
    const only = registry.resolve('58@2025-07-01', '2024').issues[0]
    expect(only?.hint?.en).toBe('Write `58` (the unit with no start date).')
    expect(`${only?.hint?.en}${only?.hint?.vi}`).not.toContain('…')
  })

  it('locates each unit issue at the cell its fix is written in', () => {
    const row = { file: 'a.csv', row: 7 }
    const located = (ref: string, period: string) => {
      const [issue] = registry.resolve(ref, period, { location: row }).issues
      return [issue?.code, issue?.location]
    }
    expect(located('99', '2024')).toEqual(['unknown_unit', { ...row, column: 'unit' }])
    expect(located('58', '2026')).toEqual(['unit_not_valid_in_period', { ...row, column: 'unit' }])
    expect(located('58', '2025')).toEqual([
      'unit_validity_straddles_period',
      { ...row, column: 'period' },
    ])
    expect(located('56@2025-07-01', '2024')).toEqual(['unit_backcast', { ...row, column: 'unit' }])
    // In a JSON file the row's pointer is extended instead; no column is named.
    const json = { file: 'a.json', path: '/3' }
    const [inJson] = registry.resolve('58', '2026', { location: json }).issues
    expect(inJson?.location).toEqual({ file: 'a.json', path: '/3/unit' })
    const [unknownInJson] = registry.resolve('99', '2024', { location: json }).issues
    expect(unknownInJson?.location).toEqual({ file: 'a.json', path: '/3/unit' })
  })

  it('names in the hint of an unknown code only the units it most likely meant', () => {
    const swapped = registry.resolve('85', '2024').issues[0]!
    expect(swapped.hint?.en).toBe(
      "Did you mean `58` (Ninh Thuận province)? If not, check the code against the pack's list of units (`tiendo units --pack …` lists it), or add the unit to the pack.",
    )
    expect(swapped.hint?.vi).toContain('Có phải là `58` (Tỉnh Ninh Thuận)?')
    // One keystroke from 56 and 58, and from the Khánh Hòa before 2025: only the unit valid
    // in the period is offered (Ninh Thuận in 2026 would be refused in turn).
    const typo = registry.resolve('5', '2026').issues[0]!
    expect(typo.hint?.en).toMatch(/^Did you mean `56@2025-07-01` \(Khánh Hòa province\)\? If not/)
    // In 2024 both provinces of then are offered, not the Khánh Hòa formed in 2025.
    const before = registry.resolve('5', '2024').issues[0]!
    expect(isCoreIssue(before, 'unknown_unit') && before.suggestions).toEqual(['58', '56'])
    const byName = registry.resolve('Ninh Thuận', '2024').issues[0]!
    expect(byName.hint?.en).toContain('Did you mean `58` (Ninh Thuận province)?')
    const unrelated = registry.resolve('99', '2024').issues[0]!
    expect(unrelated.hint?.en).not.toMatch(/`58`|`56`|Did you mean/)
    expect(unrelated.hint?.vi).toContain('tiendo units')
  })

  it('offers first the code a spreadsheet turned into a number, and says how to stop it', () => {
    const units: Unit[] = [
      {
        code: '08',
        name: { vi: 'Tỉnh Tuyên Quang', en: 'Tuyên Quang province' },
        kind: 'province',
      },
      { code: '58', name: { vi: 'Tỉnh Ninh Thuận', en: 'Ninh Thuận province' }, kind: 'province' },
    ]
    const provinces = createUnitRegistry(units)
    const hintOf = (ref: string) => provinces.resolve(ref, '2024').issues[0]!.hint!
    // A code column formatted as a number with one decimal.
    expect(hintOf('58.0').en).toMatch(
      /^Did you mean `58` \(Ninh Thuận province\)\? A spreadsheet wrote the code as a number: format the column as Text/,
    )
    expect(hintOf('58.0').vi).toMatch(
      /^Có phải là `58` \(Tỉnh Ninh Thuận\)\? Bảng tính đã ghi mã dưới dạng số: hãy định dạng cột là Text/,
    )
    // Its leading zero dropped: `8` is also one keystroke from `58`, but `08` comes first.
    expect(hintOf('8').en).toMatch(
      /^Did you mean `08` \(Tuyên Quang province\) or `58`.*\? A spreadsheet/,
    )
    // A zero too many is one keystroke from both: the same number comes first, no cause named.
    expect(hintOf('058').en).toMatch(/^Did you mean `58` \(Ninh Thuận province\) or `08`/)
    expect(hintOf('058').en).not.toContain('spreadsheet')
    expect(hintOf('85').en).not.toContain('spreadsheet')
  })

  it('offers a unit by its code alone when no other unit has that code', () => {
    const communes = createUnitRegistry([
      ...MERGER_UNITS,
      {
        code: '04342',
        name: { vi: 'Xã Khánh Hòa' },
        kind: 'commune',
        parent: '56@2025-07-01',
        validFrom: '2025-07-01',
      },
    ])
    // A commune since 2025 whose leading zero a spreadsheet dropped: `04342` names it.
    const [dropped] = communes.resolve('4342', '2026').issues
    expect(isCoreIssue(dropped!, 'unknown_unit') && dropped.suggestions).toEqual(['04342'])
    // A code with two lives keeps the day that tells them apart.
    const [typo] = communes.resolve('5', '2026').issues
    expect(isCoreIssue(typo!, 'unknown_unit') && typo.suggestions).toEqual(['56@2025-07-01'])
  })
})

describe('tree and lineage', () => {
  it('gives the children valid on a day', () => {
    expect(registry.children(NINH_THUAN, '2024-12-31').map(unitKey)).toEqual(['NT1', 'NT2', 'NT3'])
    expect(registry.children(OLD_KHANH_HOA, '2024-12-31').map(unitKey)).toEqual(['KHo1', 'KHo2'])
    expect(registry.children(KHANH_HOA, '2025-12-31').map(unitKey)).toEqual([
      'KH1@2025-07-01',
      'KH2@2025-07-01',
    ])
    expect(registry.children(VN, '2024-06-30').map(unitKey)).toEqual(['58', '56'])
    expect(registry.children(VN, '2025-07-01').map(unitKey)).toEqual(['56@2025-07-01'])
  })

  it('follows successors and predecessors with their shares', () => {
    expect(registry.successors(NINH_THUAN).map((l) => [l.key, l.share.toFixed()])).toEqual([
      ['56@2025-07-01', '1'],
    ])
    expect(registry.predecessors(KHANH_HOA).map((l) => l.key)).toEqual(['58', '56'])
    const nt3 = OLD_COMMUNES[2]!
    expect(registry.successors(nt3).map((l) => [l.key, l.share.toFixed()])).toEqual([
      ['KH1@2025-07-01', '0.6'],
      ['KH2@2025-07-01', '0.4'],
    ])
    expect(registry.predecessors(NEW_COMMUNES[0]!).map((l) => l.key)).toEqual(['NT1', 'NT2', 'NT3'])
  })

  it('resolves a bare successor code on the day after the unit ends', () => {
    const units: Unit[] = [
      {
        code: 'A',
        name: { vi: 'A' },
        kind: 'commune',
        validTo: '2024-12-31',
        successors: [{ unit: 'B' }],
      },
      { code: 'B', name: { vi: 'B cũ' }, kind: 'commune', validTo: '2024-12-31' },
      { code: 'B', name: { vi: 'B mới' }, kind: 'commune', validFrom: '2025-01-01' },
    ]
    const r = createUnitRegistry(units)
    expect(r.issues).toEqual([])
    expect(r.successors(units[0]!).map((l) => l.unit)).toEqual([units[2]])
  })
})
