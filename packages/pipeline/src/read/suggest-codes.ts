/**
 * "Did you mean" for a row whose indicator or unit is not even written as a code: a clerk
 * types the province's name (`Ninh Thuận`) where its code (`58`) goes, or an indicator id in
 * capitals. The reader refuses the cell by its syntax alone; knowing the pack, the hint can
 * name the code meant. @internal
 */

import { foldName } from '@tiendo/core/internal'
import type { Indicator, LocalizedText, Pack, TiendoIssue, Unit } from '@tiendo/schema'
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
  const indicators = (pack.indicators ?? []).map((indicator) => indicator.id)
  let byName: Map<string, Unit[]> | undefined
  const unitsNamed = (text: string): Unit[] => {
    byName ??= byNames(pack.units ?? [], nameKey)
    return byName.get(nameKey(text)) ?? []
  }
  let indicatorsByName: Map<string, Indicator[]> | undefined
  const indicatorsNamed = (text: string): Indicator[] => {
    indicatorsByName ??= byNames(pack.indicators ?? [], foldName)
    return indicatorsByName.get(foldName(text)) ?? []
  }
  return (issue) => {
    const { field, found } = issue as TiendoIssue & { field?: unknown; found?: unknown }
    if (typeof found !== 'string') return issue
    if (field === 'indicator' && issue.code === INDICATOR_SYNTAX) {
      // The indicator's name, as the form a clerk copies from prints it.
      const named = indicatorsNamed(found)
      if (named.length === 1) return withHint(issue, `\`${named[0]!.id}\``, named[0]!.name)
      const written = foldName(found).replace(/[\s-]+/g, '_')
      const id = indicators.includes(written) ? written : closestId(written, indicators)
      return id === undefined ? issue : withHint(issue, `\`${id}\``)
    }
    if (field === 'unit' && UNIT_SYNTAX.has(issue.code)) {
      const codes = new Map(unitsNamed(found).map((unit) => [unit.code, unit]))
      if (codes.size !== 1) return issue
      const [unit] = codes.values()
      return withHint(issue, `\`${unit!.code}\``, unit!.name)
    }
    return issue
  }
}

/** The issue with "Did you mean …?" before its hint. */
function withHint(issue: TiendoIssue, code: string, name?: Name): TiendoIssue {
  const named = (lang: keyof LocalizedText) => {
    const text = lang === 'en' ? (name?.en ?? name?.vi) : name?.vi
    return text === undefined ? code : `${code} (${text})`
  }
  const hint = issue.hint
  return {
    ...issue,
    hint: {
      vi: `Có phải ${named('vi')}?${hint === undefined ? '' : ` ${hint.vi}`}`,
      en: `Did you mean ${named('en')}?${hint === undefined ? '' : ` ${hint.en}`}`,
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

/** A name as compared: as unit names are (`foldName`), and no kind word before it. */
function nameKey(text: string): string {
  const bare = foldName(text).replace(KIND_WORDS, '')
  // English names put the kind after the name: "Ninh Thuận province".
  return bare.replace(/\s+(province|city|commune|ward)$/, '')
}
