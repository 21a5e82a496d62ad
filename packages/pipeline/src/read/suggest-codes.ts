/**
 * "Did you mean" for a row whose indicator, unit or record kind is not even written as a
 * code: a clerk types the province's name (`Ninh Thuận`) where its code (`58`) goes, an
 * indicator id in capitals, or a kind with a hyphen (`dx-product`). The reader refuses the
 * cell by its syntax alone; knowing the pack, the hint can name the code meant. @internal
 */

import { foldName, orList, unitValidDuring } from '@tiendo/core/internal'
import { recordKinds } from '@tiendo/rules/internal'
import type { Indicator, LocalizedText, Pack, TiendoIssue, Unit } from '@tiendo/schema'
import { parsePeriod } from '@tiendo/schema'
import { closestId } from '@tiendo/schema/internal'

/** The syntax codes of a row's indicator and unit cells. */
const INDICATOR_SYNTAX = 'id_syntax'
const UNIT_SYNTAX: ReadonlySet<string> = new Set(['unit_ref_syntax', 'unit_code_syntax'])

/** Words that name a unit's kind before its name, not part of the name. */
const KIND_WORDS =
  /^(tinh|thanh pho|tp\.?|xa|phuong|thi tran|dac khu|huyen|quan|thi xa|so|ban|province|city|commune|ward)\s+/

/** A unit's or an indicator's name: a unit's may have no English. */
type Name = { readonly vi: string; readonly en?: string | undefined }

/** Gives an issue about a row's indicator or unit cell the code it most likely meant. */
export type CodeSuggester = (issue: TiendoIssue) => TiendoIssue

/** The suggester of a pack: its indicators by id and name, and its units by their names. */
export function codeSuggester(pack: Pack): CodeSuggester {
  let units: CodeSuggester | undefined
  let indicators: CodeSuggester | undefined
  let kinds: ReadonlySet<string> | undefined
  return (issue) => {
    const { field, found } = issue as TiendoIssue & { field?: unknown; found?: unknown }
    if (typeof found !== 'string') return issue
    if (field === 'indicator' && issue.code === INDICATOR_SYNTAX) {
      indicators ??= indicatorSuggester(pack.indicators ?? [])
      return indicators(issue)
    }
    if (field === 'kind' && issue.code === INDICATOR_SYNTAX) {
      // A record's kind with a hyphen or a space (`dx-product`), or in capitals.
      kinds ??= recordKinds(pack)
      const written = asId(found)
      const kind = kinds.has(written) ? written : closestId(written, kinds)
      return kind === undefined ? issue : withHint(issue, [{ code: `\`${kind}\`` }])
    }
    if (field === 'unit' && UNIT_SYNTAX.has(issue.code)) {
      units ??= unitNameSuggester(pack.units ?? [])
      return units(issue)
    }
    return issue
  }
}

/**
 * Gives an issue whose `found` is not an indicator id the id it most likely meant, whatever
 * the field: the indicator's name as the form a clerk copies from prints it, or its id
 * written another way (`Smartphone User Rate`) or mistyped.
 */
export function indicatorSuggester(indicators: readonly Indicator[]): CodeSuggester {
  const ids = indicators.map((indicator) => indicator.id)
  let byName: Map<string, Indicator[]> | undefined
  return (issue) => {
    const { found } = issue as TiendoIssue & { found?: unknown }
    if (typeof found !== 'string') return issue
    byName ??= byNames(indicators, indicatorNameKey)
    const named = byName.get(indicatorNameKey(found)) ?? []
    if (named.length === 1) {
      return withHint(issue, [{ code: `\`${named[0]!.id}\``, name: named[0]!.name }])
    }
    const written = asId(found)
    const id = ids.includes(written) ? written : closestId(written, ids)
    return id === undefined ? issue : withHint(issue, [{ code: `\`${id}\`` }])
  }
}

/**
 * Gives an issue whose `found` is a unit's name (`Tỉnh Lâm Đồng`) the codes of the units of
 * that name, narrowed by the kind the name says and the issue's `period`, whatever the field:
 * a row's `unit`, or a unit a pack refers to.
 */
export function unitNameSuggester(units: readonly Unit[]): CodeSuggester {
  let byName: Map<string, Unit[]> | undefined
  return (issue) => {
    const { found } = issue as TiendoIssue & { found?: unknown }
    if (typeof found !== 'string') return issue
    byName ??= byNames(units, nameKey)
    const meant = unitsMeant(found, byName.get(nameKey(found)) ?? [], issue.period)
    if (meant.length === 0) return issue
    return withHint(
      issue,
      meant.map((unit) => ({ code: `\`${unit.code}\``, name: unit.name })),
    )
  }
}

/** Text as the id it may stand for: folded, spaces and hyphens as `_` (`DX Product`). */
function asId(text: string): string {
  return foldName(text).replace(/[\s-]+/g, '_')
}

/** How many units a hint names at most. */
const MAX_UNITS_NAMED = 3

/**
 * The units a name most likely meant, one per code: of the kind the name says (`Tỉnh
 * Khánh Hòa`, not the commune `Xã Khánh Hòa`) and valid in the row's period when any
 * are; none when more than {@link MAX_UNITS_NAMED} codes remain (a guess).
 */
function unitsMeant(text: string, named: readonly Unit[], period: string | undefined): Unit[] {
  const kind = kindWordIn(text)
  const ofKind = named.filter((unit) => kindWordOf(unit) === kind)
  const valid = (kind === undefined || ofKind.length === 0 ? named : ofKind).filter((unit) =>
    validIn(unit, period),
  )
  const byCode = new Map<string, Unit>()
  for (const unit of valid.length > 0 ? valid : named) {
    if (!byCode.has(unit.code)) byCode.set(unit.code, unit)
  }
  return byCode.size > MAX_UNITS_NAMED ? [] : [...byCode.values()]
}

/** The kind word a unit's Vietnamese name starts with (`tinh` for `Tỉnh Khánh Hòa`). */
function kindWordOf(unit: Unit): string | undefined {
  return kindWordIn(unit.name.vi)
}

/** The kind word a name starts with, `TP.` written out as `thanh pho`. */
function kindWordIn(name: string): string | undefined {
  const word = KIND_WORDS.exec(foldName(name))?.[1]
  return word?.startsWith('tp') ? 'thanh pho' : word
}

/** Whether a unit exists at some time in a period (every unit, for no period or a bad one). */
function validIn(unit: Unit, period: string | undefined): boolean {
  const parsed = period === undefined ? undefined : parsePeriod(period)
  return parsed === undefined || !parsed.ok || unitValidDuring(unit, parsed.period)
}

/** A code a hint offers, and the name it is shown with. */
interface Offered {
  readonly code: string
  readonly name?: Name | undefined
}

/** The issue with "Did you mean …?" (one code or a few) before its hint. */
function withHint(issue: TiendoIssue, offered: readonly Offered[]): TiendoIssue {
  const named = (lang: keyof LocalizedText) =>
    offered.map(({ code, name }) => {
      const text = lang === 'en' ? (name?.en ?? name?.vi) : name?.vi
      return text === undefined ? code : `${code} (${text})`
    })
  const hint = issue.hint
  return {
    ...issue,
    hint: {
      vi: `Có phải là ${orList(named('vi'), 'hay')}?${hint === undefined ? '' : ` ${hint.vi}`}`,
      en: `Did you mean ${orList(named('en'), 'or')}?${hint === undefined ? '' : ` ${hint.en}`}`,
    },
  }
}

/** Units or indicators by their names in either language, each name as `key` compares it. */
function byNames<Named extends { readonly name: Name }>(
  items: readonly Named[],
  key: (name: string) => string,
): Map<string, Named[]> {
  const byName = new Map<string, Named[]>()
  for (const item of items) {
    for (const name of new Set([item.name.vi, item.name.en].filter((n) => n !== undefined))) {
      const list = byName.get(key(name))
      if (list === undefined) byName.set(key(name), [item])
      else if (!list.includes(item)) list.push(item)
    }
  }
  return byName
}

/**
 * An indicator's name as compared: folded (`foldName`), without the number a form gives its
 * row (`1.2.`) or the unit after it (`(%)`), and `y` after a consonant at a word's end as
 * `i`, as Vietnamese writes either (`tỷ lệ`, `tỉ lệ`).
 */
function indicatorNameKey(text: string): string {
  return foldName(text)
    .replace(/^(?:\d+(?:\.\d+)*[.)]?|[ivxlc]+[.)])\s+/, '')
    .replace(/\s*\([^()]*\)$/, '')
    .replace(/\b([b-df-hj-np-tv-xz]+)y\b/g, '$1i')
    .trim()
}

/**
 * A name as compared: as unit names are (`foldName`), no kind word before it, a hyphen as a
 * space.
 */
function nameKey(text: string): string {
  // A hyphen written with spaces around it or left out: `Phan Rang - Tháp Chàm`.
  const bare = foldName(text)
    .replace(KIND_WORDS, '')
    .replace(/\s*[-\u2013]\s*/g, ' ')
  // English names put the kind after the name: "Ninh Thuận province".
  return bare.replace(/\s+(province|city|commune|ward)$/, '')
}
