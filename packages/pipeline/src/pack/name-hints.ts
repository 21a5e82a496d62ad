/**
 * "Did you mean" for a pack that refers to a unit or an indicator by its name
 * (`"unit": "Lâm Đồng"`, `"indicator": "Tỷ lệ hộ gia đình có cáp quang…"`) where its code
 * goes. The pack failed its schema, so it has no lists of its own yet: the units and
 * indicators it would have — those of the packs it extends, its bundled communes, and its
 * own that are well written — are gathered apart, with the run's loader. @internal
 */

import { unitKey } from '@tiendo/core'
import { includeCommunes } from '@tiendo/packs'
import type { ResolveOptions } from '@tiendo/rules'
import { resolvePack } from '@tiendo/rules'
import type { Indicator, TiendoIssue, Unit } from '@tiendo/schema'
import { IndicatorSchema, PackCommunesSchema, UnitSchema } from '@tiendo/schema'
import { type CodeSuggester, indicatorSuggester, unitNameSuggester } from '../read/suggest-codes'

/** The issue of a reference to a unit that is not one: the only kind a name can fix. */
const UNIT_REF_SYNTAX = 'unit_ref_syntax'

/** The issue of an id that is not one, an indicator's among others. */
const ID_SYNTAX = 'id_syntax'

/**
 * The fields that refer to an indicator the pack declares: a target's, a composite's (its
 * total's, an index's, a component's), not the one that names a new one (`indicators[0].id`).
 */
const INDICATOR_REFERENCE = /^(?:targets|composites)\[\d+\](?:\.[a-z]+\[\d+\])*\.indicator$/

/**
 * The issues of a pack that failed its schema, those about a unit or an indicator written by
 * its name given the code meant. Any trouble gathering the lists (a base that cannot be
 * loaded) leaves the issues as they are: that trouble is reported once the names are fixed.
 */
export async function withNameHints(
  input: unknown,
  issues: readonly TiendoIssue[],
  options: ResolveOptions,
): Promise<readonly TiendoIssue[]> {
  const kindOf = (issue: TiendoIssue) =>
    issue.code === UNIT_REF_SYNTAX
      ? 'unit'
      : issue.code === ID_SYNTAX && INDICATOR_REFERENCE.test(fieldOf(issue))
        ? 'indicator'
        : undefined
  if (!issues.some(kindOf) || typeof input !== 'object' || input === null) return issues
  const lists = await listsOf(input as Record<string, unknown>, options)
  const suggest: Record<'unit' | 'indicator', CodeSuggester> = {
    unit: unitNameSuggester(lists.units),
    indicator: indicatorSuggester(lists.indicators),
  }
  return issues.map((issue) => {
    const kind = kindOf(issue)
    return kind === undefined ? issue : suggest[kind](issue)
  })
}

/** The field of an issue in human form (`targets[0].indicator`), or `''`. */
function fieldOf(issue: TiendoIssue): string {
  const { field } = issue as TiendoIssue & { field?: unknown }
  return typeof field === 'string' ? field : ''
}

/** What a pack refers to by code. */
interface Lists {
  readonly units: readonly Unit[]
  readonly indicators: readonly Indicator[]
}

/** The units and indicators a pack would have: its bases', its communes', its own well-written ones. */
async function listsOf(pack: Record<string, unknown>, options: ResolveOptions): Promise<Lists> {
  const own: Lists = {
    units: wellWritten(pack.units, UnitSchema),
    indicators: wellWritten(pack.indicators, IndicatorSchema),
  }
  const communes = PackCommunesSchema.safeParse(pack.communes)
  // A pack of nothing but what the one given inherits and includes, resolved as it would be.
  const bare = {
    id: 'names',
    version: '0.0.0',
    title: { vi: 'Tên', en: 'Names' },
    ...(typeof pack.extends === 'string' ? { extends: pack.extends } : {}),
    ...(communes.success && communes.data !== undefined ? { communes: communes.data } : {}),
  }
  try {
    const resolved = await resolvePack(bare, options)
    if (!resolved.ok) return own
    const { units = [], indicators = [] } = includeCommunes(resolved.pack, options.ref).pack
    // The pack's own items stand in for its bases' of the same id or code, as they would.
    const ownIds = new Set(own.indicators.map((indicator) => indicator.id))
    const ownKeys = new Set(own.units.map(unitKey))
    return {
      units: [...own.units, ...units.filter((unit) => !ownKeys.has(unitKey(unit)))],
      indicators: [...own.indicators, ...indicators.filter(({ id }) => !ownIds.has(id))],
    }
  } catch {
    return own
  }
}

/** The items of a list a schema accepts, the others left out. */
function wellWritten<Item>(
  list: unknown,
  schema: { safeParse(item: unknown): { success: true; data: Item } | { success: false } },
): Item[] {
  if (!Array.isArray(list)) return []
  return list.flatMap((item) => {
    const parsed = schema.safeParse(item)
    return parsed.success ? [parsed.data] : []
  })
}
