/**
 * "Did you mean" for a pack that refers to a unit by its name (`"unit": "Lâm Đồng"`) where
 * its code goes. The pack failed its schema, so it has no unit list of its own yet: the
 * units it would have — those of the packs it extends, its bundled communes, and its own
 * units that are well written — are gathered apart, with the run's loader. @internal
 */

import { includeCommunes } from '@tiendo/packs'
import type { ResolveOptions } from '@tiendo/rules'
import { resolvePack } from '@tiendo/rules'
import type { TiendoIssue, Unit } from '@tiendo/schema'
import { PackCommunesSchema, UnitSchema } from '@tiendo/schema'
import { unitNameSuggester } from '../read/suggest-codes'

/** The issue of a reference to a unit that is not one: the only kind a name can fix. */
const UNIT_REF_SYNTAX = 'unit_ref_syntax'

/**
 * The issues of a pack that failed its schema, those about a unit written by its name given
 * the codes meant. Any trouble gathering the units (a base that cannot be loaded) leaves
 * the issues as they are: that trouble is reported once the names are fixed.
 */
export async function withUnitNameHints(
  input: unknown,
  issues: readonly TiendoIssue[],
  options: ResolveOptions,
): Promise<readonly TiendoIssue[]> {
  const aboutUnits = issues.some((issue) => issue.code === UNIT_REF_SYNTAX)
  if (!aboutUnits || typeof input !== 'object' || input === null) return issues
  const units = await unitsOf(input as Record<string, unknown>, options)
  if (units.length === 0) return issues
  const suggest = unitNameSuggester(units)
  return issues.map((issue) => (issue.code === UNIT_REF_SYNTAX ? suggest(issue) : issue))
}

/** The units a pack would have: its bases', its communes', and its own well-written ones. */
async function unitsOf(pack: Record<string, unknown>, options: ResolveOptions): Promise<Unit[]> {
  const own = Array.isArray(pack.units)
    ? pack.units.flatMap((unit) => {
        const parsed = UnitSchema.safeParse(unit)
        return parsed.success ? [parsed.data] : []
      })
    : []
  const communes = PackCommunesSchema.safeParse(pack.communes)
  // A pack of nothing but what the one given inherits and includes, resolved as it would be.
  const bare = {
    id: 'unit-names',
    version: '0.0.0',
    title: { vi: 'Đơn vị', en: 'Units' },
    ...(typeof pack.extends === 'string' ? { extends: pack.extends } : {}),
    ...(communes.success && communes.data !== undefined ? { communes: communes.data } : {}),
  }
  try {
    const resolved = await resolvePack(bare, options)
    if (!resolved.ok) return own
    const included = includeCommunes(resolved.pack, options.ref)
    return [...own, ...(included.pack.units ?? [])]
  } catch {
    return own
  }
}
