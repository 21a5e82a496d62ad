import type { Pack, TiendoIssue } from '@tiendo/schema'
import { PackSchema, toTiendoIssues } from '@tiendo/schema'
import { packIssue } from './issues'
import { mergePacks } from './merge-packs'

/** Where a pack that names `extends` came from, for loaders that resolve relative paths. */
export interface ExtendsContext {
  /** The id of the pack whose `extends` is being loaded. */
  readonly id: string
  /** The reference that pack was itself loaded by; `undefined` for the pack given. */
  readonly ref: string | undefined
}

/** Options of {@link resolvePack}. */
export interface ResolveOptions {
  /**
   * Loads the pack an `extends` names (a built-in id such as `vn-national`, or a path
   * relative to the pack naming it), as parsed JSON; it is validated here. May return a
   * promise. Throwing or returning `undefined` reports the pack as not loadable.
   */
  readonly load: (ref: string, from: ExtendsContext) => unknown
  /** Where the pack given came from (a file name), for issue locations. Defaults to none. */
  readonly ref?: string | undefined
  /** How many `extends` a chain may follow (a pack extending one that extends none is 1). Defaults to 8. */
  readonly maxExtendsDepth?: number | undefined
}

/** A resolved pack, or the problems that stop it resolving. */
export type ResolveResult =
  | {
      readonly ok: true
      readonly pack: Pack
      /** The ids of the packs merged, from the one given to the root it extends. */
      readonly chain: readonly string[]
    }
  | { readonly ok: false; readonly issues: readonly TiendoIssue[] }

function validate(input: unknown, file: string | undefined) {
  const parsed = PackSchema.safeParse(input)
  if (parsed.success) return { pack: parsed.data }
  const issues = toTiendoIssues(parsed.error, { input }).map((issue) =>
    file === undefined ? issue : { ...issue, location: { ...issue.location, file } },
  )
  return { issues }
}

/** What the root of a chain extends: nothing. */
const NOTHING: Pack = { id: 'nothing', version: '0.0.0', title: { vi: '-', en: '-' } }

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error))

/**
 * Resolves a pack's `extends` chain into one pack with neither `extends` nor `remove`:
 * each pack is validated, then merged onto the one it extends (see the merge rules:
 * `remove` drops inherited items by id, same ids replace in place, new ones append). The
 * loader keeps this browser-safe: the CLI gives one that reads files and built-in packs.
 *
 * Problems come back as issues with JSON Pointer paths and the file they are in: a pack
 * that fails the schema, one that cannot be loaded, a chain deeper than
 * `maxExtendsDepth`, a cycle (named: `a → b → a`), removing what is not inherited.
 */
export async function resolvePack(input: unknown, options: ResolveOptions): Promise<ResolveResult> {
  const maxDepth = options.maxExtendsDepth ?? 8
  const root = validate(input, options.ref)
  if (root.issues !== undefined) return { ok: false, issues: root.issues }
  const chain: { pack: Pack; ref: string | undefined }[] = [{ pack: root.pack, ref: options.ref }]
  for (let current = chain[0]!; current.pack.extends !== undefined; current = chain.at(-1)!) {
    const ref = current.pack.extends
    const at = current.ref === undefined ? {} : { file: current.ref }
    const ids = chain.map((link) => link.pack.id)
    if (chain.length > maxDepth) {
      return {
        ok: false,
        issues: [
          packIssue(
            'extends_depth',
            ['extends'],
            { max: maxDepth, chain: [...ids, ref].join(' → ') },
            at,
          ),
        ],
      }
    }
    let loaded: unknown
    try {
      loaded = await options.load(ref, { id: current.pack.id, ref: current.ref })
    } catch (error) {
      return {
        ok: false,
        issues: [packIssue('extends_load', ['extends'], { ref, reason: reason(error) }, at)],
      }
    }
    if (loaded === undefined) {
      return {
        ok: false,
        issues: [packIssue('extends_load', ['extends'], { ref, reason: 'not found' }, at)],
      }
    }
    const parent = validate(loaded, ref)
    if (parent.issues !== undefined) return { ok: false, issues: parent.issues }
    const seen = ids.indexOf(parent.pack.id)
    if (seen !== -1) {
      const cycle = [...ids.slice(seen), parent.pack.id].join(' → ')
      return { ok: false, issues: [packIssue('extends_cycle', ['extends'], { cycle }, at)] }
    }
    chain.push({ pack: parent.pack, ref })
  }
  // The root is merged onto nothing, so its own `remove` (if any) is checked the same way.
  const issues: TiendoIssue[] = []
  let merged: Pack = NOTHING
  for (let i = chain.length - 1; i >= 0; i--) {
    const link = chain[i]!
    const step = mergePacks(merged, link.pack, link.ref)
    issues.push(...step.issues)
    merged = step.pack
  }
  if (issues.length > 0) return { ok: false, issues }
  // The merged pack must hold together too: a unit code reused with overlapping validity…
  const final = validate(merged, options.ref)
  if (final.issues !== undefined) return { ok: false, issues: final.issues }
  return { ok: true, pack: final.pack, chain: chain.map((link) => link.pack.id) }
}
