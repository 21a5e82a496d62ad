/**
 * "Did you mean" for a row whose indicator or unit is not even written as a code: a clerk
 * types the province's name (`Ninh Thuận`) where its code (`58`) goes, or an indicator id in
 * capitals. The reader refuses the cell by its syntax alone; knowing the pack, the hint can
 * name the code meant. @internal
 */

import { foldName } from '@tiendo/core/internal'
import type { LocalizedText, Pack, TiendoIssue, Unit } from '@tiendo/schema'
import { closestId } from '@tiendo/schema/internal'

/** The syntax codes of a row's indicator and unit cells. */
const INDICATOR_SYNTAX = 'id_syntax'
const UNIT_SYNTAX: ReadonlySet<string> = new Set(['unit_ref_syntax', 'unit_code_syntax'])

/** Words that name a unit's kind before its name, not part of the name. */
const KIND_WORDS =
  /^(tinh|thanh pho|tp\.?|xa|phuong|thi tran|dac khu|huyen|quan|thi xa|so|ban|province|city|commune|ward)\s+/

/** Gives an issue about a row's indicator or unit cell the code it most likely meant. */
export type CodeSuggester = (issue: TiendoIssue) => TiendoIssue

/** The suggester of a pack: its indicator ids, and its units by their names. */
export function codeSuggester(pack: Pack): CodeSuggester {
  const indicators = (pack.indicators ?? []).map((indicator) => indicator.id)
  let byName: Map<string, Unit[]> | undefined
  const unitsNamed = (text: string): Unit[] => {
    byName ??= unitsByName(pack.units ?? [])
    return byName.get(nameKey(text)) ?? []
  }
  return (issue) => {
    const { field, found } = issue as TiendoIssue & { field?: unknown; found?: unknown }
    if (typeof found !== 'string') return issue
    if (field === 'indicator' && issue.code === INDICATOR_SYNTAX) {
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
function withHint(issue: TiendoIssue, code: string, name?: Unit['name']): TiendoIssue {
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

/** Units by their names in either language, without accents, case or kind words. */
function unitsByName(units: readonly Unit[]): Map<string, Unit[]> {
  const byName = new Map<string, Unit[]>()
  for (const unit of units) {
    for (const name of new Set([unit.name.vi, unit.name.en].filter((n) => n !== undefined))) {
      const key = nameKey(name)
      const list = byName.get(key)
      if (list === undefined) byName.set(key, [unit])
      else list.push(unit)
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
