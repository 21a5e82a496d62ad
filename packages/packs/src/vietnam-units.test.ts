import { type Unit, UnitSchema } from '@tiendo/schema'
import { describe, expect, it } from 'vitest'
import { getBuiltInPack } from './built-in-packs'
import { vietnamUnits } from './vietnam-units'

/**
 * The expectations below are typed from the official documents (see `units/README.md`),
 * not read from the data files, so that a wrong file fails them.
 */

/** The 63 provinces until 30 June 2025, as the GSO's list of administrative units names them. */
const PROVINCES_2025_06_30: readonly (readonly [code: string, name: string])[] = [
  ['01', 'Thành phố Hà Nội'],
  ['02', 'Tỉnh Hà Giang'],
  ['04', 'Tỉnh Cao Bằng'],
  ['06', 'Tỉnh Bắc Kạn'],
  ['08', 'Tỉnh Tuyên Quang'],
  ['10', 'Tỉnh Lào Cai'],
  ['11', 'Tỉnh Điện Biên'],
  ['12', 'Tỉnh Lai Châu'],
  ['14', 'Tỉnh Sơn La'],
  ['15', 'Tỉnh Yên Bái'],
  ['17', 'Tỉnh Hoà Bình'],
  ['19', 'Tỉnh Thái Nguyên'],
  ['20', 'Tỉnh Lạng Sơn'],
  ['22', 'Tỉnh Quảng Ninh'],
  ['24', 'Tỉnh Bắc Giang'],
  ['25', 'Tỉnh Phú Thọ'],
  ['26', 'Tỉnh Vĩnh Phúc'],
  ['27', 'Tỉnh Bắc Ninh'],
  ['30', 'Tỉnh Hải Dương'],
  ['31', 'Thành phố Hải Phòng'],
  ['33', 'Tỉnh Hưng Yên'],
  ['34', 'Tỉnh Thái Bình'],
  ['35', 'Tỉnh Hà Nam'],
  ['36', 'Tỉnh Nam Định'],
  ['37', 'Tỉnh Ninh Bình'],
  ['38', 'Tỉnh Thanh Hóa'],
  ['40', 'Tỉnh Nghệ An'],
  ['42', 'Tỉnh Hà Tĩnh'],
  ['44', 'Tỉnh Quảng Bình'],
  ['45', 'Tỉnh Quảng Trị'],
  ['46', 'Thành phố Huế'],
  ['48', 'Thành phố Đà Nẵng'],
  ['49', 'Tỉnh Quảng Nam'],
  ['51', 'Tỉnh Quảng Ngãi'],
  ['52', 'Tỉnh Bình Định'],
  ['54', 'Tỉnh Phú Yên'],
  ['56', 'Tỉnh Khánh Hòa'],
  ['58', 'Tỉnh Ninh Thuận'],
  ['60', 'Tỉnh Bình Thuận'],
  ['62', 'Tỉnh Kon Tum'],
  ['64', 'Tỉnh Gia Lai'],
  ['66', 'Tỉnh Đắk Lắk'],
  ['67', 'Tỉnh Đắk Nông'],
  ['68', 'Tỉnh Lâm Đồng'],
  ['70', 'Tỉnh Bình Phước'],
  ['72', 'Tỉnh Tây Ninh'],
  ['74', 'Tỉnh Bình Dương'],
  ['75', 'Tỉnh Đồng Nai'],
  ['77', 'Tỉnh Bà Rịa - Vũng Tàu'],
  ['79', 'Thành phố Hồ Chí Minh'],
  ['80', 'Tỉnh Long An'],
  ['82', 'Tỉnh Tiền Giang'],
  ['83', 'Tỉnh Bến Tre'],
  ['84', 'Tỉnh Trà Vinh'],
  ['86', 'Tỉnh Vĩnh Long'],
  ['87', 'Tỉnh Đồng Tháp'],
  ['89', 'Tỉnh An Giang'],
  ['91', 'Tỉnh Kiên Giang'],
  ['92', 'Thành phố Cần Thơ'],
  ['93', 'Tỉnh Hậu Giang'],
  ['94', 'Tỉnh Sóc Trăng'],
  ['95', 'Tỉnh Bạc Liêu'],
  ['96', 'Tỉnh Cà Mau'],
]

/**
 * The 34 provinces of 1 July 2025: code and name (Decision 19/2025/QĐ-TTg; GSO letter
 * 915/CTK-CSCL), the Standing Committee resolution that arranged its communes, and the
 * totals that resolution gives: all commune-level units, communes (xã), wards (phường),
 * special zones (đặc khu).
 */
const PROVINCES_2025_07_01: readonly (readonly [
  code: string,
  name: string,
  resolution: number,
  total: number,
  communes: number,
  wards: number,
  specialZones: number,
])[] = [
  ['01', 'Thành phố Hà Nội', 1656, 126, 75, 51, 0],
  ['04', 'Tỉnh Cao Bằng', 1657, 56, 53, 3, 0],
  ['08', 'Tỉnh Tuyên Quang', 1684, 124, 117, 7, 0],
  ['11', 'Tỉnh Điện Biên', 1661, 45, 42, 3, 0],
  ['12', 'Tỉnh Lai Châu', 1670, 38, 36, 2, 0],
  ['14', 'Tỉnh Sơn La', 1681, 75, 67, 8, 0],
  ['15', 'Tỉnh Lào Cai', 1673, 99, 89, 10, 0],
  ['19', 'Tỉnh Thái Nguyên', 1683, 92, 77, 15, 0],
  ['20', 'Tỉnh Lạng Sơn', 1672, 65, 61, 4, 0],
  ['22', 'Tỉnh Quảng Ninh', 1679, 54, 22, 30, 2],
  ['24', 'Tỉnh Bắc Ninh', 1658, 99, 66, 33, 0],
  ['25', 'Tỉnh Phú Thọ', 1676, 148, 133, 15, 0],
  ['31', 'Thành phố Hải Phòng', 1669, 114, 67, 45, 2],
  ['33', 'Tỉnh Hưng Yên', 1666, 104, 93, 11, 0],
  ['37', 'Tỉnh Ninh Bình', 1674, 129, 97, 32, 0],
  ['38', 'Tỉnh Thanh Hóa', 1686, 166, 147, 19, 0],
  ['40', 'Tỉnh Nghệ An', 1678, 130, 119, 11, 0],
  ['42', 'Tỉnh Hà Tĩnh', 1665, 69, 60, 9, 0],
  ['44', 'Tỉnh Quảng Trị', 1680, 78, 69, 8, 1],
  ['46', 'Thành phố Huế', 1675, 40, 19, 21, 0],
  ['48', 'Thành phố Đà Nẵng', 1659, 94, 70, 23, 1],
  ['51', 'Tỉnh Quảng Ngãi', 1677, 96, 86, 9, 1],
  ['52', 'Tỉnh Gia Lai', 1664, 135, 110, 25, 0],
  ['56', 'Tỉnh Khánh Hòa', 1667, 65, 48, 16, 1],
  ['66', 'Tỉnh Đắk Lắk', 1660, 102, 88, 14, 0],
  ['68', 'Tỉnh Lâm Đồng', 1671, 124, 103, 20, 1],
  ['75', 'Tỉnh Đồng Nai', 1662, 95, 72, 23, 0],
  ['79', 'Thành phố Hồ Chí Minh', 1685, 168, 54, 113, 1],
  ['80', 'Tỉnh Tây Ninh', 1682, 96, 82, 14, 0],
  ['82', 'Tỉnh Đồng Tháp', 1663, 102, 82, 20, 0],
  ['86', 'Tỉnh Vĩnh Long', 1687, 124, 105, 19, 0],
  ['91', 'Tỉnh An Giang', 1654, 102, 85, 14, 3],
  ['92', 'Thành phố Cần Thơ', 1668, 103, 72, 31, 0],
  ['96', 'Tỉnh Cà Mau', 1655, 64, 55, 9, 0],
]

/** Resolution 202/2025/QH15, Article 1, clauses 1–23: the code a merged province carries, and its predecessors. */
const MERGERS: readonly (readonly [code: string, predecessors: readonly string[]])[] = [
  ['08', ['02', '08']],
  ['15', ['10', '15']],
  ['19', ['06', '19']],
  ['25', ['17', '25', '26']],
  ['24', ['24', '27']],
  ['33', ['33', '34']],
  ['31', ['30', '31']],
  ['37', ['35', '36', '37']],
  ['44', ['44', '45']],
  ['48', ['48', '49']],
  ['51', ['51', '62']],
  ['52', ['52', '64']],
  ['56', ['56', '58']],
  ['68', ['60', '67', '68']],
  ['66', ['54', '66']],
  ['79', ['74', '77', '79']],
  ['75', ['70', '75']],
  ['80', ['72', '80']],
  ['92', ['92', '93', '94']],
  ['86', ['83', '84', '86']],
  ['82', ['82', '87']],
  ['96', ['95', '96']],
  ['91', ['89', '91']],
]

/** Clause 24: the 11 provinces not merged. */
const CONTINUING = ['01', '04', '11', '12', '14', '20', '22', '38', '40', '42', '46']

/** A sample of commune-level units, as the GSO's letter 1027/CTK-CSCL (annex I) lists them. */
const SAMPLE: readonly (readonly [code: string, name: string, province: string])[] = [
  ['00070', 'Phường Hoàn Kiếm', '01'],
  ['00226', 'Phường Văn Miếu - Quốc Tử Giám', '01'],
  ['00733', 'Xã Sà Phìn', '08'],
  ['03160', 'Xã Mường Nhé', '11'],
  ['11411', 'Phường Đông Hải', '31'],
  ['20242', 'Phường Hải Châu', '48'],
  ['22366', 'Phường Nha Trang', '56'],
  ['22420', 'Phường Cam Ranh', '56'],
  ['22480', 'Xã Nam Cam Ranh', '56'],
  ['22759', 'Phường Phan Rang', '56'],
  ['22780', 'Phường Đông Hải', '56'],
  ['22786', 'Xã Bác Ái Tây', '56'],
  ['22810', 'Xã Ninh Sơn', '56'],
  ['22852', 'Xã Ninh Hải', '56'],
  ['22870', 'Xã Ninh Phước', '56'],
  ['22897', 'Xã Thuận Nam', '56'],
  ['24184', "Xã Ea H'Leo", '66'],
  ['25210', 'Phường Đồng Xoài', '75'],
  ['25747', 'Phường Thủ Dầu Một', '79'],
  ['26506', 'Phường Vũng Tàu', '79'],
  ['26740', 'Phường Sài Gòn', '79'],
  ['31135', 'Phường Ninh Kiều', '92'],
]

/** All 13 special zones (đặc khu), as letter 1027/CTK-CSCL lists them. */
const SPECIAL_ZONES: readonly (readonly [code: string, name: string, province: string])[] = [
  ['06994', 'Đặc khu Vân Đồn', '22'],
  ['07192', 'Đặc khu Cô Tô', '22'],
  ['11914', 'Đặc khu Cát Hải', '31'],
  ['11948', 'Đặc khu Bạch Long Vĩ', '31'],
  ['19742', 'Đặc khu Cồn Cỏ', '44'],
  ['20333', 'Đặc khu Hoàng Sa', '48'],
  ['21548', 'Đặc khu Lý Sơn', '51'],
  ['22736', 'Đặc khu Trường Sa', '56'],
  ['23272', 'Đặc khu Phú Quý', '68'],
  ['26732', 'Đặc khu Côn Đảo', '79'],
  ['31078', 'Đặc khu Phú Quốc', '91'],
  ['31105', 'Đặc khu Thổ Châu', '91'],
  ['31108', 'Đặc khu Kiên Hải', '91'],
]

const all = vietnamUnits({ communes: true, formerCommunes: true })
const key = (unit: Unit) =>
  unit.validFrom === undefined ? unit.code : `${unit.code}@${unit.validFrom}`
const byKey = new Map(all.map((unit) => [key(unit), unit]))
const validOn = (unit: Unit, day: string) =>
  (unit.validFrom === undefined || unit.validFrom <= day) &&
  (unit.validTo === undefined || unit.validTo >= day)
const provincesOn = (day: string) =>
  all.filter((unit) => unit.kind === 'province' && validOn(unit, day))
/** The commune-level units of 1 July 2025. */
const communeLevel = all.filter(
  (unit) => unit.validFrom === '2025-07-01' && unit.kind !== 'province',
)
/** The districts and communes that ceased on 30 June 2025. */
const former = all.filter((unit) => unit.validTo === '2025-06-30' && unit.kind !== 'province')

/** The unit with this code valid on a day (a bare code), or with this key (`code@date`). */
function find(ref: string, day: string): Unit | undefined {
  return ref.includes('@')
    ? byKey.get(ref)
    : all.find((unit) => unit.code === ref && validOn(unit, day))
}

/** The day after an ISO date. */
function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + 1)
  return date.toISOString().slice(0, 10)
}

describe('vietnamUnits counts', () => {
  it('has 63 provinces on 30 June 2025 and 34 on 1 July 2025', () => {
    expect(provincesOn('2025-06-30')).toHaveLength(63)
    expect(provincesOn('2025-07-01')).toHaveLength(34)
  })

  it('has 3,321 commune-level units on 1 July 2025: 2,621 communes, 687 wards, 13 special zones', () => {
    const on = communeLevel.filter((unit) => validOn(unit, '2025-07-01'))
    expect(on).toHaveLength(3321)
    const kinds = new Map<string, number>()
    for (const unit of on) kinds.set(unit.kind, (kinds.get(unit.kind) ?? 0) + 1)
    expect(Object.fromEntries(kinds)).toEqual({ commune: 2621, ward: 687, special_zone: 13 })
  })

  it('has below the provinces before 1 July 2025 only the former units of Khánh Hòa and Ninh Thuận', () => {
    const before = all.filter(
      (unit) => validOn(unit, '2025-06-30') && !['country', 'province'].includes(unit.kind),
    )
    expect(before).toEqual(former)
    expect(before).toHaveLength(16 + 194)
    expect(all.filter((unit) => unit.kind === 'country')).toEqual([
      { code: 'VN', name: { vi: 'Việt Nam', en: 'Viet Nam' }, kind: 'country' },
    ])
  })

  it.each(PROVINCES_2025_07_01)(
    'province %s (%s) has the units Resolution %i/NQ-UBTVQH15 gives it: %i in all',
    (code, _name, resolution, total, communes, wards, specialZones) => {
      const province = find(code, '2025-07-01')!
      const children = communeLevel.filter((unit) => unit.parent === key(province))
      expect(children).toHaveLength(total)
      const count = (kind: string) => children.filter((unit) => unit.kind === kind).length
      expect([count('commune'), count('ward'), count('special_zone')]).toEqual([
        communes,
        wards,
        specialZones,
      ])
      for (const unit of children) {
        expect(unit.legalBasis).toBe(`Resolution ${resolution}/NQ-UBTVQH15`)
      }
    },
  )

  it('without `communes`, returns the country and the provinces only', () => {
    const units = vietnamUnits()
    expect(units).toHaveLength(1 + 63 + 23)
    expect(units.every((unit) => unit.kind === 'country' || unit.kind === 'province')).toBe(true)
    expect(vietnamUnits({ communes: false })).toEqual(units)
    expect(vietnamUnits({ communes: true })).toHaveLength(87 + 3321)
    // Former communes bring their successors along.
    expect(vietnamUnits({ formerCommunes: true })).toHaveLength(all.length)
  })
})

describe('vietnamUnits against the schema', () => {
  it('every unit parses with UnitSchema, unchanged', () => {
    for (const unit of all) {
      const parsed = UnitSchema.safeParse(unit)
      expect(parsed.error, key(unit)).toBeUndefined()
      expect(parsed.data).toEqual(unit)
    }
  })

  it('no two units share a key, and no two with the same code overlap in time', () => {
    expect(byKey.size).toBe(all.length)
    const byCode = new Map<string, Unit[]>()
    for (const unit of all) byCode.set(unit.code, [...(byCode.get(unit.code) ?? []), unit])
    for (const [code, units] of byCode) {
      for (const a of units) {
        for (const b of units) {
          if (a === b) continue
          const overlap =
            (a.validFrom ?? '') <= (b.validTo ?? '9999-12-31') &&
            (b.validFrom ?? '') <= (a.validTo ?? '9999-12-31')
          expect(overlap, code).toBe(false)
        }
      }
    }
  })

  it('names are NFC text without stray spaces, with the official prefix of their kind', () => {
    const prefix: Record<string, RegExp> = {
      country: /^Việt Nam$/,
      province: /^(Tỉnh|Thành phố) \S/,
      district: /^(Thành phố|Thị xã|Huyện) \S/,
      township: /^Thị trấn \S/,
      commune: /^Xã \S/,
      ward: /^Phường \S/,
      special_zone: /^Đặc khu \S/,
    }
    for (const unit of all) {
      for (const text of [unit.name.vi, unit.name.en!]) {
        expect(text, key(unit)).toBe(text.normalize('NFC').trim())
        expect(text, key(unit)).not.toMatch(/\s{2}|[’‘]/)
      }
      expect(unit.name.vi, key(unit)).toMatch(prefix[unit.kind]!)
    }
  })

  it('names provinces in English after their Vietnamese name, and communes by it', () => {
    for (const unit of all) {
      if (unit.kind === 'province') {
        const [, type, rest] = /^(Tỉnh|Thành phố) (.+)$/.exec(unit.name.vi)!
        expect(unit.name.en).toBe(`${rest} ${type === 'Tỉnh' ? 'province' : 'city'}`)
      } else if (unit.kind === 'district') {
        const [, type, rest] = /^(Thành phố|Thị xã|Huyện) (.+)$/.exec(unit.name.vi)!
        const word = { 'Thành phố': 'city', 'Thị xã': 'town', Huyện: 'district' }[type!]
        expect(unit.name.en).toBe(`${rest} ${word}`)
      } else if (unit.kind !== 'country') {
        expect(unit.name.en).toBe(unit.name.vi)
      }
    }
    expect(find('56@2025-07-01', '2025-07-01')!.name).toEqual({
      vi: 'Tỉnh Khánh Hòa',
      en: 'Khánh Hòa province',
    })
    expect(find('01', '2025-07-01')!.name.en).toBe('Hà Nội city')
  })
})

describe('vietnamUnits lineage (Resolution 202/2025/QH15)', () => {
  it('every successor exists, of the same level, and begins the day after its predecessor ends', () => {
    const withSuccessors = all.filter((unit) => unit.successors !== undefined)
    expect(withSuccessors).toHaveLength(52 + 194 - 8)
    for (const unit of withSuccessors) {
      expect(unit.validTo, key(unit)).toBe('2025-06-30')
      for (const successor of unit.successors!) {
        const target = find(successor.unit, nextDay(unit.validTo!))
        expect(target, `${key(unit)} → ${successor.unit}`).toBeDefined()
        expect(target!.validFrom).toBe(nextDay(unit.validTo!))
        expect(target!.kind === 'province').toBe(unit.kind === 'province')
        expect(successor.share).toBeUndefined()
      }
    }
    for (const province of withSuccessors.filter((unit) => unit.kind === 'province')) {
      expect(province.successors).toEqual([
        {
          unit: expect.stringMatching(/^\d\d@2025-07-01$/),
          legalBasis: 'Resolution 202/2025/QH15',
        },
      ])
    }
  })

  it('every province of 1 July 2025 has a predecessor or continued unchanged', () => {
    for (const province of provincesOn('2025-07-01')) {
      const predecessors = all.filter((unit) =>
        unit.successors?.some((successor) => successor.unit === key(province)),
      )
      const continued = province.validFrom === undefined && province.validTo === undefined
      expect(predecessors.length > 0 || continued, key(province)).toBe(true)
      expect(predecessors.length > 0 && continued, key(province)).toBe(false)
    }
  })

  it.each(MERGERS)('%s@2025-07-01 is the merger of %j', (code, predecessors) => {
    const merged = byKey.get(`${code}@2025-07-01`)!
    expect(merged).toMatchObject({ kind: 'province', parent: 'VN', validFrom: '2025-07-01' })
    expect(merged.validTo).toBeUndefined()
    expect(merged.legalBasis).toBe('Resolution 202/2025/QH15')
    const found = all
      .filter((unit) => unit.successors?.some((s) => s.unit === `${code}@2025-07-01`))
      .map((unit) => unit.code)
      .sort()
    expect(found).toEqual(predecessors)
    // The merged province keeps the code of one predecessor, which ends the day before.
    expect(byKey.get(code)).toMatchObject({ validTo: '2025-06-30' })
  })

  it('the 11 provinces not merged are one unit each, without an end', () => {
    const continuing = all.filter(
      (unit) => unit.kind === 'province' && unit.validFrom === undefined && !unit.validTo,
    )
    expect(continuing.map((unit) => unit.code).sort()).toEqual(CONTINUING)
    for (const code of CONTINUING) {
      expect(all.filter((unit) => unit.code === code)).toHaveLength(1)
    }
  })
})

describe('vietnamUnits against the official lists', () => {
  it.each(PROVINCES_2025_06_30)('on 30 June 2025, %s is %s', (code, name) => {
    const unit = find(code, '2025-06-30')!
    expect(unit.name.vi).toBe(name)
    expect(unit).toMatchObject({ kind: 'province', parent: 'VN' })
  })

  it.each(PROVINCES_2025_07_01)('on 1 July 2025, %s is %s', (code, name) => {
    const unit = find(code, '2025-07-01')!
    expect(unit.name.vi).toBe(name)
    expect(unit).toMatchObject({ kind: 'province', parent: 'VN' })
  })

  it('every commune’s parent is a province of 1 July 2025', () => {
    const provinces = new Set(provincesOn('2025-07-01').map(key))
    expect(provinces.size).toBe(34)
    for (const unit of communeLevel) {
      expect(provinces.has(unit.parent!), key(unit)).toBe(true)
      expect(unit.validFrom).toBe('2025-07-01')
      expect(unit.validTo).toBeUndefined()
      expect(unit.code).toMatch(/^\d{5}$/)
    }
  })

  it.each([...SAMPLE, ...SPECIAL_ZONES])('%s is %s, in province %s', (code, name, province) => {
    const unit = find(code, '2025-07-01')!
    expect(unit.name.vi).toBe(name)
    expect(unit.parent).toBe(key(find(province, '2025-07-01')!))
  })

  it('takes the code and name the GSO keeps where the copies of the list disagree', () => {
    // Ba Chẽ: 06970 in letter 1027/CTK-CSCL and the GSO register; one transcription of
    // Decision 19/2025/QĐ-TTg prints 06978, a code no unit ever had.
    expect(find('06970', '2025-07-01')!.name.vi).toBe('Xã Ba Chẽ')
    expect(all.some((unit) => unit.code === '06978')).toBe(false)
    // Phố Bảng, as Resolution 1684/NQ-UBTVQH15 (art. 1 cl. 47) names it; not “Phó Bảng”.
    expect(find('00745', '2025-07-01')!.name.vi).toBe('Xã Phố Bảng')
    // Ia Mơ keeps its code 23938 (it was not rearranged); 23737 was Ia Mơ Nông, now in Ia Ly.
    expect(find('23938', '2025-07-01')!.name.vi).toBe('Xã Ia Mơ')
    expect(all.some((unit) => unit.code === '23737')).toBe(false)
  })
})

describe('vietnamUnits copies', () => {
  it('returns fresh copies: changing one changes nothing for the next caller', () => {
    const first = vietnamUnits({ communes: true, formerCommunes: true })
    const khanhHoa = first.find((unit) => unit.code === '58')!
    khanhHoa.name.vi = 'changed'
    khanhHoa.successors![0]!.unit = 'changed'
    first.find((unit) => unit.code === '22366')!.name.vi = 'changed'
    first.pop()
    const second = vietnamUnits({ communes: true, formerCommunes: true })
    expect(second).toEqual(all)
    expect(second.find((unit) => unit.code === '58')!.successors).toEqual([
      { unit: '56@2025-07-01', legalBasis: 'Resolution 202/2025/QH15' },
    ])
  })
})

/** The districts of Khánh Hòa and Ninh Thuận until 30 June 2025, as the GSO's list names them. */
const FORMER_DISTRICTS: readonly (readonly [code: string, name: string, province: string])[] = [
  ['568', 'Thành phố Nha Trang', '56'],
  ['569', 'Thành phố Cam Ranh', '56'],
  ['570', 'Huyện Cam Lâm', '56'],
  ['571', 'Huyện Vạn Ninh', '56'],
  ['572', 'Thị xã Ninh Hòa', '56'],
  ['573', 'Huyện Khánh Vĩnh', '56'],
  ['574', 'Huyện Diên Khánh', '56'],
  ['575', 'Huyện Khánh Sơn', '56'],
  ['576', 'Huyện Trường Sa', '56'],
  ['582', 'Thành phố Phan Rang-Tháp Chàm', '58'],
  ['584', 'Huyện Bác Ái', '58'],
  ['585', 'Huyện Ninh Sơn', '58'],
  ['586', 'Huyện Ninh Hải', '58'],
  ['587', 'Huyện Ninh Phước', '58'],
  ['588', 'Huyện Thuận Bắc', '58'],
  ['589', 'Huyện Thuận Nam', '58'],
]

/**
 * Clauses of Article 1 of Resolution 1667/NQ-UBTVQH15: the units merged whole into a new
 * commune (their names in the resolution), and the new commune.
 */
const CLAUSES_1667: readonly (readonly [clause: number, whole: readonly string[], into: string])[] =
  [
    [1, ['Xã Cam Bình', 'Xã Cam Lập', 'Xã Cam Thịnh Đông', 'Xã Cam Thịnh Tây'], 'Xã Nam Cam Ranh'],
    [10, ['Thị trấn Vạn Giã', 'Xã Vạn Lương', 'Xã Vạn Phú'], 'Xã Vạn Ninh'],
    [20, ['Xã Sơn Tân'], 'Xã Cam Hiệp'],
    [30, ['Thị trấn Phước Dân', 'Xã Phước Hải', 'Xã Phước Thuận'], 'Xã Ninh Phước'],
    [36, ['Xã An Hải', 'Xã Phước Dinh'], 'Xã Phước Dinh'],
    [47, ['Xã Phước Chính', 'Xã Phước Thắng', 'Xã Phước Tiến'], 'Xã Bác Ái'],
    [
      49,
      [
        'Phường Lộc Thọ',
        'Phường Phước Hòa',
        'Phường Tân Tiến',
        'Phường Vạn Thạnh',
        'Phường Vĩnh Nguyên',
      ],
      'Phường Nha Trang',
    ],
    [
      60,
      ['Phường Kinh Dinh', 'Phường Phủ Hà', 'Phường Đài Sơn', 'Phường Đạo Long'],
      'Phường Phan Rang',
    ],
    [61, ['Phường Mỹ Bình', 'Phường Mỹ Hải', 'Phường Mỹ Đông'], 'Phường Đông Hải'],
    [62, ['Phường Văn Hải', 'Thị trấn Khánh Hải'], 'Phường Ninh Chử'],
    [65, ['Thị trấn Trường Sa', 'Xã Sinh Tồn', 'Xã Song Tử Tây'], 'Đặc khu Trường Sa'],
  ]

/** The units Resolution 1667/NQ-UBTVQH15 split among several communes (clauses 18–21, 36, 61). */
const SPLIT_1667 = [
  ['22435', 'Xã Cam Tân'],
  ['22438', 'Xã Cam Hòa'],
  ['22450', 'Xã Cam Hiệp Bắc'],
  ['22456', 'Xã Cam Hiệp Nam'],
  ['22465', 'Xã Cam An Bắc'],
  ['22471', 'Xã Cam An Nam'],
  ['22711', 'Xã Suối Tân'],
  ['22768', 'Phường Đông Hải'],
]

describe('vietnamUnits former communes (Khánh Hòa and Ninh Thuận, Resolution 1667/NQ-UBTVQH15)', () => {
  const districts = former.filter((unit) => unit.kind === 'district')
  const communes = former.filter((unit) => unit.kind !== 'district')
  const khanhHoa = byKey.get('56@2025-07-01')!

  it('has the 16 districts of the two provinces, with their official codes and names', () => {
    expect(districts.map((unit) => [unit.code, unit.name.vi, unit.parent])).toEqual(
      FORMER_DISTRICTS.map((row) => [...row]),
    )
    for (const district of districts) {
      expect(find(district.parent!, '2025-06-30')).toMatchObject({ validTo: '2025-06-30' })
      expect(district.successors).toBeUndefined()
    }
  })

  it('has their 194 communes, wards and townships, each in one of those districts', () => {
    const count = (kind: string) => communes.filter((unit) => unit.kind === kind).length
    expect([count('commune'), count('ward'), count('township')]).toEqual([143, 42, 9])
    const districtOf = new Map(districts.map((unit) => [unit.code, unit.parent]))
    const inProvince = (code: string) =>
      communes.filter((unit) => districtOf.get(unit.parent!) === code).length
    expect([inProvince('56'), inProvince('58')]).toEqual([132, 62])
    for (const unit of communes) expect(unit.legalBasis).toBe('Resolution 1667/NQ-UBTVQH15')
  })

  it('sends every unit merged whole to one commune of Khánh Hòa, citing the clause', () => {
    for (const unit of communes.filter((u) => u.successors !== undefined)) {
      const [successor] = unit.successors!
      expect(unit.successors).toHaveLength(1)
      expect(find(successor!.unit, '2025-07-01')!.parent).toBe(key(khanhHoa))
      expect(successor!.legalBasis).toMatch(/^Resolution 1667\/NQ-UBTVQH15, art\. 1 cl\. \d+$/)
    }
  })

  it('gives no successors to the 8 units split among several communes (no shares are known)', () => {
    const split = communes.filter((unit) => unit.successors === undefined)
    expect(split.map((unit) => [unit.code, unit.name.vi])).toEqual(SPLIT_1667)
  })

  it('gives each of the 65 communes of Khánh Hòa at least one predecessor', () => {
    const children = communeLevel.filter((unit) => unit.parent === key(khanhHoa))
    expect(children).toHaveLength(65)
    for (const child of children) {
      const predecessors = communes.filter((unit) => unit.successors?.[0]?.unit === key(child))
      expect(predecessors.length, child.name.vi).toBeGreaterThan(0)
    }
  })

  it.each(CLAUSES_1667)('clause %i merges %j into %s', (clause, whole, into) => {
    const target = communeLevel.find(
      (unit) => unit.name.vi === into && unit.parent === key(khanhHoa),
    )!
    const predecessors = communes.filter((unit) => unit.successors?.[0]?.unit === key(target))
    expect(predecessors.map((unit) => unit.name.vi).sort()).toEqual([...whole].sort())
    for (const unit of predecessors) {
      expect(unit.successors![0]!.legalBasis).toBe(
        `Resolution 1667/NQ-UBTVQH15, art. 1 cl. ${clause}`,
      )
    }
  })

  it('has the districts of Ninh Thuận that the ninh-thuan pack has, with the same codes and names', () => {
    const pack = getBuiltInPack('ninh-thuan').units!.filter((unit) => unit.kind === 'district')
    expect(pack.length).toBe(7)
    for (const unit of pack) {
      expect(find(unit.code, '2025-06-30')).toMatchObject({
        code: unit.code,
        name: unit.name,
        kind: 'district',
        parent: unit.parent,
        validTo: unit.validTo,
      })
    }
  })
})
