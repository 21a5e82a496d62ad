import type { Unit } from '@tiendo/schema'
import communesFile from '../units/vn-communes-2025.json' with { type: 'json' }
import formerFile from '../units/vn-former-communes-56-58.json' with { type: 'json' }
import provincesFile from '../units/vn-provinces.json' with { type: 'json' }

/** Options of {@link vietnamUnits}. */
export interface VietnamUnitsOptions {
  /**
   * Whether to add the 3,321 commune-level units of 1 July 2025 (2,621 communes, 687 wards
   * and 13 special zones, kinds `commune`, `ward` and `special_zone`) to the country and
   * its provinces. Each has its official five-digit code, its province as `parent` and
   * `validFrom: "2025-07-01"`; its English name is its Vietnamese one. Defaults to `false`:
   * the country, the 63 provinces of 30 June 2025 and the 34 of 1 July 2025 only.
   */
  readonly communes?: boolean | undefined
  /**
   * Whether to add the districts and communes that ceased on 30 June 2025, with their
   * successors among the communes of 1 July 2025 (which are then added too, whatever
   * `communes` says). Only Khánh Hòa's and Ninh Thuận's are bundled so far (Resolution
   * 1667/NQ-UBTVQH15): 16 districts (kind `district`, parent the old province) and 194
   * communes, wards and townships (kinds `commune`, `ward`, `township`, parent their
   * district). The 8 of them that the resolution split among several new communes have no
   * `successors`, as it gives no shares. Defaults to `false`.
   */
  readonly formerCommunes?: boolean | undefined
}

/** One commune-level unit as `units/vn-communes-2025.json` stores it: code and name. */
type CommuneRow = readonly [code: string, name: string]

/**
 * A former commune as `units/vn-former-communes-56-58.json` stores it: code, name, and the
 * code of the commune of 1 July 2025 it went into wholly with the clause of Article 1 of the
 * resolution that says so; or, for one split among several, their codes and clauses.
 */
type FormerCommuneRow = readonly [
  code: string,
  name: string,
  successor: string | readonly string[],
  clause: number | readonly number[],
]

interface FormerFile {
  /** The last day the former units existed. */
  readonly validTo: string
  /** The districts of each former province, by the province's code, with their communes. */
  readonly provinces: Readonly<
    Record<
      string,
      {
        readonly legalBasis: string
        readonly districts: Readonly<
          Record<string, { readonly name: string; readonly communes: readonly FormerCommuneRow[] }>
        >
      }
    >
  >
}

interface CommunesFile {
  /** The day the communes came into being. */
  readonly validFrom: string
  /** The communes of each province, by the province's code. */
  readonly provinces: Readonly<
    Record<string, { readonly legalBasis: string; readonly communes: readonly CommuneRow[] }>
  >
}

// The JSON files are checked against UnitSchema and the official counts by this package's
// tests; at run time they are trusted as the data they were tested to be.
const PROVINCES = provincesFile as readonly Unit[]
const COMMUNES = communesFile as unknown as CommunesFile
const FORMER = formerFile as unknown as FormerFile

/** The kind of a commune-level unit, from the word its official name starts with. */
const KINDS: readonly (readonly [prefix: string, kind: string])[] = [
  ['Xã ', 'commune'],
  ['Phường ', 'ward'],
  ['Đặc khu ', 'special_zone'],
  ['Thị trấn ', 'township'],
]

/** The English name of a former district, from the word its official name starts with. */
const DISTRICT_WORDS: readonly (readonly [prefix: string, word: string])[] = [
  ['Thành phố ', 'city'],
  ['Thị xã ', 'town'],
  ['Huyện ', 'district'],
]

/**
 * Vietnam's administrative units, bundled: the country (`VN`); the 63 provinces and
 * centrally governed cities as they stood until 30 June 2025; the 34 of 1 July 2025 with
 * their lineage under Resolution 202/2025/QH15 (a merged province keeps one predecessor's
 * code and is keyed `code@2025-07-01`, its predecessors end on 30 June 2025 and name it as
 * successor; the 11 provinces not merged are one unit each, with no end); on request, the
 * communes, wards and special zones of 1 July 2025 with their official codes (Decision
 * 19/2025/QĐ-TTg); and on request, the former districts and communes of Khánh Hòa and Ninh
 * Thuận with their successors (the only former communes bundled so far). Sources, counts and
 * what is left out: `units/README.md` in this package.
 *
 * Returns fresh copies each call, so a caller that changes them cannot change what the
 * next caller gets.
 *
 * @example
 * ```ts
 * const provinces = vietnamUnits() // 87 units: VN, 63 provinces (11 continue), 23 merged ones
 * const all = vietnamUnits({ communes: true }) // 3,408 units
 * const pilot = vietnamUnits({ formerCommunes: true }) // 3,618: + 16 districts, 194 communes
 * ```
 */
export function vietnamUnits(options: VietnamUnitsOptions = {}): Unit[] {
  const units = PROVINCES.map(copyUnit)
  if (options.formerCommunes === true) units.push(...formerUnits())
  if (options.communes !== true && options.formerCommunes !== true) return units
  units.push(...vietnamCommunes())
  return units
}

/**
 * The codes of the 34 provinces of 1 July 2025, in the order of the official list: those
 * whose communes {@link vietnamCommunes} can give.
 */
export const COMMUNE_PROVINCE_CODES: readonly string[] = Object.keys(COMMUNES.provinces)

/**
 * The communes, wards and special zones of 1 July 2025 (fresh copies, as `vietnamUnits`
 * gives them): of every province, or of the provinces listed by code (`["56"]`: Khánh Hòa's
 * 65), in the official order. A code that is not one of {@link COMMUNE_PROVINCE_CODES} adds
 * nothing.
 */
export function vietnamCommunes(provinces?: readonly string[]): Unit[] {
  const units: Unit[] = []
  const { validFrom } = COMMUNES
  const wanted = provinces === undefined ? undefined : new Set(provinces)
  for (const [provinceCode, { legalBasis, communes }] of Object.entries(COMMUNES.provinces)) {
    if (wanted !== undefined && !wanted.has(provinceCode)) continue
    const parent = provinceKeyOn(provinceCode, validFrom)
    for (const [code, name] of communes) {
      units.push({
        code,
        name: { vi: name, en: name },
        kind: kindOf(name),
        parent,
        validFrom,
        legalBasis,
      })
    }
  }
  return units
}

/** The former districts and communes, each commune naming its successor when it went into one whole. */
function formerUnits(): Unit[] {
  const units: Unit[] = []
  const { validTo } = FORMER
  const successorFrom = nextDay(validTo)
  for (const [provinceCode, { legalBasis, districts }] of Object.entries(FORMER.provinces)) {
    for (const [districtCode, { name, communes }] of Object.entries(districts)) {
      units.push({
        code: districtCode,
        name: { vi: name, en: districtEnglishName(name) },
        kind: 'district',
        parent: provinceCode,
        validTo,
      })
      for (const [code, communeName, successor, clause] of communes) {
        const unit: Unit = {
          code,
          name: { vi: communeName, en: communeName },
          kind: kindOf(communeName),
          parent: districtCode,
          validTo,
        }
        // Split among several communes: the resolution gives no shares, so no successors.
        if (typeof successor === 'string') {
          unit.successors = [
            {
              unit: `${successor}@${successorFrom}`,
              legalBasis: `${legalBasis}, art. 1 cl. ${clause}`,
            },
          ]
        }
        unit.legalBasis = legalBasis
        units.push(unit)
      }
    }
  }
  return units
}

function districtEnglishName(name: string): string {
  const found = DISTRICT_WORDS.find(([prefix]) => name.startsWith(prefix))
  if (found === undefined) throw new Error(`No district kind for \`${name}\`.`)
  return `${name.slice(found[0].length)} ${found[1]}`
}

/** The day after an ISO date. */
function nextDay(date: string): string {
  const day = new Date(`${date}T00:00:00Z`)
  day.setUTCDate(day.getUTCDate() + 1)
  return day.toISOString().slice(0, 10)
}

/** A deep copy of a unit read from JSON (plain data, so a JSON round trip copies it exactly). */
function copyUnit(unit: Unit): Unit {
  return JSON.parse(JSON.stringify(unit)) as Unit
}

/** The key (`56@2025-07-01`, or `01` for a province that continued) of the province valid on a day. */
function provinceKeyOn(code: string, date: string): string {
  const province = PROVINCES.find(
    (unit) =>
      unit.code === code &&
      (unit.validFrom === undefined || unit.validFrom <= date) &&
      (unit.validTo === undefined || unit.validTo >= date),
  )
  if (province === undefined) throw new Error(`No province \`${code}\` on ${date}.`)
  return province.validFrom === undefined ? code : `${code}@${province.validFrom}`
}

function kindOf(name: string): string {
  const found = KINDS.find(([prefix]) => name.startsWith(prefix))
  if (found === undefined) throw new Error(`No commune-level kind for \`${name}\`.`)
  return found[1]
}
