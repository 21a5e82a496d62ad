import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { PackSchema } from './pack'
import { fastParseUnit, safeParsePack } from './pack-fast-path'
import { UnitSchema } from './unit'

/** Mostly a value that passes, sometimes one that fails, or the field left out. */
function field<T>(valid: readonly T[], invalid: readonly unknown[]) {
  return fc.oneof(
    { weight: 10, arbitrary: fc.constantFrom(...valid) },
    { weight: 2, arbitrary: fc.constantFrom(...invalid) },
    { weight: 1, arbitrary: fc.constant(undefined) },
  )
}

/** An optional field: left out half the time. */
function optional<T>(valid: readonly T[], invalid: readonly unknown[]) {
  return fc.oneof(fc.constant(undefined), field(valid, invalid))
}

const codes = ['58', 'VN', '58.STTTT', '28.A2000', 'a_b-c', `5${'8'.repeat(63)}`]
const badCodes = [
  '',
  '.58',
  '58 ',
  'constructor',
  'prototype',
  '__proto__',
  `5${'8'.repeat(64)}`,
  58,
]
const kinds = ['commune', 'province', 'agency', 'special_zone', `a${'b'.repeat(79)}`]
const badKinds = ['Commune', 'a__b', 'constructor', `a${'b'.repeat(80)}`, '', 1]
const refs = ['58', '56@2025-07-01', 'VN', `5${'8'.repeat(79)}`]
const badRefs = ['56@2025-7-01', 'constructor@2024-01-01', '__proto__', `5${'8'.repeat(80)}`, null]
const dates = ['2025-07-01', '2025-06-30', '2024-02-29', '2000-02-29', '1990-01-01']
const badDates = ['2023-02-29', '1900-02-29', '2024-13-01', '2024-9-30', '', 20250701]
const names = [
  { vi: 'Xã 67', en: 'Commune 67' },
  { vi: 'Phường Phan Rang' },
  { vi: 'x'.repeat(500), en: 'y'.repeat(500) },
]
const badNames = [
  { vi: '' },
  { en: 'Only English' },
  { vi: 'x'.repeat(501) },
  { vi: 'Xã', en: '' },
  { vi: 'Xã', fr: 'Commune' },
  { vi: 'Xã', en: undefined },
  'Xã 67',
  null,
]
const attributes = [
  { code_scheme: 'pack_local' },
  { population: 12345, urban: true, note: 'n'.repeat(2000) },
  {},
]
const badAttributes = [
  { Population: 1 },
  { population: Number.POSITIVE_INFINITY },
  { note: 'n'.repeat(2001) },
  { list: [1] },
  { nothing: null },
  JSON.parse('{"__proto__": 1}'),
  [],
  'urban',
]
const successors = [[{ unit: '56@2025-07-01' }], [{ unit: '58', share: '0.5' }]]
const badSuccessors = [
  [{ unit: '58', share: '1.5' }],
  [
    { unit: '58', share: '0.6' },
    { unit: '56', share: '0.6' },
  ],
]

const unitInput = fc.record({
  code: field(codes, badCodes),
  name: field(names, badNames),
  kind: field(kinds, badKinds),
  parent: optional(refs, badRefs),
  validFrom: optional(dates, badDates),
  validTo: optional(dates, badDates),
  successors: fc.oneof(
    { weight: 6, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.constantFrom(...successors, ...badSuccessors) },
  ),
  legalBasis: optional(['Nghị quyết 202/2025/QH15', 'l'.repeat(500)], ['l'.repeat(501), 5]),
  attributes: optional(attributes, badAttributes),
  extra: fc.oneof(
    { weight: 20, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.constant('unknown key') },
  ),
})

/** The fields given, without those left out (a JSON file has no `undefined`). */
function present(input: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined))
}

describe('fastParseUnit', () => {
  it('answers only for units UnitSchema accepts, with the data it returns, keys in order', () => {
    let answered = 0
    let valid = 0
    fc.assert(
      fc.property(unitInput, (raw) => {
        const input = present(raw)
        const quick = fastParseUnit(input)
        const reference = UnitSchema.safeParse(input)
        if (reference.success) valid++
        if (quick === undefined) return
        answered++
        expect(reference.success).toBe(true)
        expect(quick).toStrictEqual(reference.data)
        expect(JSON.stringify(quick)).toBe(JSON.stringify(reference.data))
      }),
      { numRuns: 20_000 },
    )
    expect(answered).toBeGreaterThan(1000)
    expect(valid).toBeGreaterThan(answered)
  })

  it('answers for every valid unit of the common shape', () => {
    const common = fc.record(
      {
        code: fc.constantFrom(...codes),
        name: fc.constantFrom(...names),
        kind: fc.constantFrom(...kinds),
        parent: fc.constantFrom(...refs),
        validFrom: fc.constantFrom('2025-07-01'),
        validTo: fc.constantFrom('2025-07-01', '2030-12-31'),
        legalBasis: fc.constantFrom('Nghị quyết 202/2025/QH15'),
        attributes: fc.constantFrom(...attributes),
      },
      { requiredKeys: ['code', 'name', 'kind'] },
    )
    fc.assert(
      fc.property(common, (input) => {
        expect(fastParseUnit(input)).toStrictEqual(UnitSchema.parse(input))
      }),
    )
  })

  it('leaves to the schema a key given as undefined, which the schema keeps', () => {
    const input = { code: '58', name: { vi: 'Ninh Thuận' }, kind: 'province', parent: undefined }
    expect(fastParseUnit(input)).toBeUndefined()
    expect(Object.keys(UnitSchema.parse(input))).toContain('parent')
  })
})

const packHead = {
  id: 'bench-national',
  version: '1.0.0',
  title: { vi: 'Bộ quốc gia', en: 'National pack' },
}

describe('safeParsePack', () => {
  it('gives what PackSchema.safeParse gives, valid or not', () => {
    let valid = 0
    const pack = fc.record({
      head: fc.constantFrom(
        packHead,
        { ...packHead, extends: 'vn-national', methodology: 'eurostat' },
        { ...packHead, version: 'one' },
        { ...packHead, unknown: true },
        { ...packHead, indicators: [{ id: 'Bad id' }] },
      ),
      units: fc.array(unitInput.map(present), { maxLength: 8 }),
    })
    fc.assert(
      fc.property(pack, ({ head, units }) => {
        const input = { ...head, units }
        const quick = safeParsePack(input)
        const reference = PackSchema.safeParse(input)
        expect(quick.success).toBe(reference.success)
        if (reference.success) {
          valid++
          expect(JSON.stringify(quick.data)).toBe(JSON.stringify(reference.data))
          expect(quick.data).toStrictEqual(reference.data)
        } else {
          expect(quick.error?.issues).toStrictEqual(reference.error.issues)
        }
      }),
      { numRuns: 3000 },
    )
    expect(valid).toBeGreaterThan(100)
  })

  it('reports units sharing a code and a day as the schema does', () => {
    const input = {
      ...packHead,
      units: [
        { code: '56', name: { vi: 'Khánh Hòa' }, kind: 'province', validTo: '2025-06-30' },
        { code: '56', name: { vi: 'Khánh Hòa' }, kind: 'province', validFrom: '2025-06-30' },
      ],
    }
    const quick = safeParsePack(input)
    expect(quick.success).toBe(false)
    expect(quick.error?.issues).toStrictEqual(PackSchema.safeParse(input).error?.issues)
    expect(quick.error?.issues[0]?.path).toEqual(['units', 1, 'code'])
  })

  it('keeps the order of the keys of a pack and of its units as the schema writes them', () => {
    const input = {
      units: [{ kind: 'commune', name: { en: 'Commune 1', vi: 'Xã 1' }, code: '1', parent: '58' }],
      title: packHead.title,
      version: packHead.version,
      id: packHead.id,
    }
    const quick = safeParsePack(input)
    expect(JSON.stringify(quick.data)).toBe(JSON.stringify(PackSchema.parse(input)))
    expect(Object.keys(quick.data ?? {})).toEqual(['id', 'version', 'title', 'units'])
  })
})
