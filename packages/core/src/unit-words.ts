/**
 * Wording about units and their validity, shared by the registry's issues. @internal
 */

import type { LocalizedText, Unit } from '@tiendo/schema'

/** `Tỉnh Ninh Thuận` / `Ninh Thuận province` (the Vietnamese name when there is no English one). @internal */
export function unitName(unit: Unit): LocalizedText {
  return { vi: unit.name.vi, en: unit.name.en ?? unit.name.vi }
}

/** `\`58\` (Tỉnh Ninh Thuận)` in each language. @internal */
export function unitLabel(ref: string, unit: Unit): LocalizedText {
  const name = unitName(unit)
  return { vi: `\`${ref}\` (${name.vi})`, en: `\`${ref}\` (${name.en})` }
}

/** An ISO date as Vietnamese text writes it: `30/06/2025`. @internal */
export function viDate(iso: string): string {
  const [year, month, day] = iso.split('-')
  return `${day}/${month}/${year}`
}

/** A unit's validity in words: `hiệu lực từ 01/07/2025` / `valid from 2025-07-01`. @internal */
export function validityText(unit: Unit): LocalizedText {
  const { validFrom: from, validTo: to } = unit
  if (from !== undefined && to !== undefined) {
    return {
      vi: `hiệu lực từ ${viDate(from)} đến ${viDate(to)}`,
      en: `valid from ${from} to ${to}`,
    }
  }
  if (from !== undefined) return { vi: `hiệu lực từ ${viDate(from)}`, en: `valid from ${from}` }
  if (to !== undefined) return { vi: `hiệu lực đến ${viDate(to)}`, en: `valid until ${to}` }
  return { vi: 'không giới hạn thời gian hiệu lực', en: 'valid without limit' }
}

/** `\`58\` (Tỉnh Ninh Thuận, hiệu lực đến 30/06/2025)` in each language. @internal */
export function unitWithValidity(ref: string, unit: Unit): LocalizedText {
  const name = unitName(unit)
  const validity = validityText(unit)
  return {
    vi: `\`${ref}\` (${name.vi}, ${validity.vi})`,
    en: `\`${ref}\` (${name.en}, ${validity.en})`,
  }
}
