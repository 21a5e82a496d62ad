import type { Pack, Unit } from '@tiendo/schema'
import { parsePeriod } from '@tiendo/schema'
import { getBuiltInPack } from '../built-in-packs'
import { readCsv } from './csv'

/** A dataset file's rows keyed by its header, read as text. @internal */
export function readDataset(file: string): Record<string, string>[] {
  return readCsv(new URL(`../../datasets/${file}`, import.meta.url))
}

/** A CSV row as the schemas take it: an empty cell is an absent field. @internal */
export function withoutEmpty(row: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(row).filter(([, cell]) => cell !== ''))
}

/**
 * The units a built-in pack sees: its own over those of the pack it extends (one level,
 * which is all the built-in packs use), a unit replacing one with the same code and start.
 * @internal
 */
export function unitsOf(id: string): Unit[] {
  const pack: Pack = getBuiltInPack(id)
  const parent = pack.extends === undefined ? [] : unitsOf(pack.extends)
  const key = (unit: Unit) => `${unit.code}@${unit.validFrom ?? ''}`
  const own = new Set((pack.units ?? []).map(key))
  return [...parent.filter((unit) => !own.has(key(unit))), ...(pack.units ?? [])]
}

/** The first and last day of a period, as ISO dates. @internal */
export function periodDays(period: string): { start: string; end: string } {
  const parsed = parsePeriod(period)
  if (!parsed.ok) throw new Error(`not a period: ${period}`)
  const { start, end } = parsed.period
  const pad = (n: number) => String(n).padStart(2, '0')
  const lastDay = new Date(Date.UTC(end.year, end.month, 0)).getUTCDate()
  return {
    start: `${start.year}-${pad(start.month)}-01`,
    end: `${end.year}-${pad(end.month)}-${pad(lastDay)}`,
  }
}

/**
 * The unit a reference names between two days: `code@date` the unit with that code starting
 * that day (whatever the days), a plain code the one unit with that code valid throughout.
 * @internal
 */
export function findUnit(
  units: readonly Unit[],
  ref: string,
  start: string,
  end: string,
): Unit | undefined {
  const [code, from] = ref.split('@')
  if (from !== undefined) return units.find((u) => u.code === code && u.validFrom === from)
  const valid = units.filter(
    (u) =>
      u.code === code &&
      (u.validFrom === undefined || u.validFrom <= start) &&
      (u.validTo === undefined || u.validTo >= end),
  )
  return valid.length === 1 ? valid[0] : undefined
}
