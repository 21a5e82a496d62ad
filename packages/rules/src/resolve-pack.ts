import type { LocalizedText, Pack, TiendoIssue } from '@tiendo/schema'
import { toTiendoIssues } from '@tiendo/schema'
import { safeParsePack } from '@tiendo/schema/internal'
import { type PackPath, packIssue } from './issues'
import { mergePacks } from './merge-packs'
import { locateIssueInPackFiles, type PackOrigins, packOrigins } from './pack-origins'

/** Where a pack that names `extends` came from, for loaders that resolve relative paths. */
export interface ExtendsContext {
  /** The id of the pack whose `extends` is being loaded. */
  readonly id: string
  /**
   * The reference that pack was itself loaded by (as `resolveRef` named it, when given);
   * `undefined` for the pack given unless `ResolveOptions.ref` names it.
   */
  readonly ref: string | undefined
}

/** Options of {@link resolvePack}. */
export interface ResolveOptions {
  /**
   * Loads the pack an `extends` names (a built-in id such as `vn-national`, or a path
   * relative to the pack naming it), as parsed JSON; it is validated here. May return a
   * promise. Throwing or returning `undefined` reports the pack as not loadable; an error
   * with a `text: { vi, en }` (such as the CLI's) gives the reason in both languages.
   * With `resolveRef`, `ref` is what it returned.
   */
  readonly load: (ref: string, from: ExtendsContext) => unknown
  /**
   * Names the pack an `extends` points at, uniquely across the chain: a loader of files
   * returns the file's path resolved against the folder of the pack naming it (`from.ref`),
   * so `./b.json` in `packs/a.json` is `packs/b.json`. The name is then given to `load`,
   * becomes the `ExtendsContext.ref` of that pack and the `file` of its issues, and a name
   * met twice is a cycle (`extends_cycle`, naming the files). Throwing refuses the reference
   * (`extends_load`, with the error as the reason, as for `load`). Defaults to the reference
   * as written.
   */
  readonly resolveRef?: ((ref: string, from: ExtendsContext) => string) | undefined
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
      /**
       * Which pack file each merged item came from, at which index, to locate problems
       * found later (`compilePack`) in the file to fix: see `locateIssueInPackFiles`.
       */
      readonly origins: PackOrigins
    }
  | { readonly ok: false; readonly issues: readonly TiendoIssue[] }

function validate(input: unknown, file: string | undefined) {
  const parsed = safeParsePack(input)
  if (parsed.success) return { pack: parsed.data }
  const issues = toTiendoIssues(parsed.error, { input }).map((issue) =>
    file === undefined ? issue : { ...issue, location: { ...issue.location, file } },
  )
  return { issues }
}

/** What the root of a chain extends: nothing. */
const NOTHING: Pack = { id: 'nothing', version: '0.0.0', title: { vi: '-', en: '-' } }

/** Why a pack could not be loaded, in both languages when the error carries them. */
function reason(error: unknown): LocalizedText {
  const text = (error as { text?: Partial<LocalizedText> } | null)?.text
  // The message adds its own full stop.
  const bare = (sentence: string) => sentence.replace(/\.$/, '')
  if (typeof text?.vi === 'string' && typeof text.en === 'string') {
    return { vi: bare(text.vi), en: bare(text.en) }
  }
  const plain = bare(error instanceof Error ? error.message : String(error))
  return { vi: plain, en: plain }
}

/** `extends_load` with its reason in the language of each message. */
function loadIssue(
  path: PackPath,
  ref: string,
  why: LocalizedText,
  at: { file?: string },
): TiendoIssue {
  const vi = packIssue('extends_load', path, { ref, reason: why.vi }, at)
  const en = packIssue('extends_load', path, { ref, reason: why.en }, at)
  return { ...en, message: { vi: vi.message.vi, en: en.message.en } }
}

const NOT_FOUND: LocalizedText = { vi: 'không tìm thấy', en: 'not found' }

/**
 * Resolves a pack's `extends` chain into one pack with neither `extends` nor `remove`:
 * each pack is validated, then merged onto the one it extends (see the merge rules:
 * `remove` drops inherited items by id, same ids replace in place, new ones append). The
 * loader keeps this browser-safe: the CLI gives one that reads files and built-in packs.
 *
 * Problems come back as issues with JSON Pointer paths and the file they are in: a pack
 * that fails the schema, one that cannot be loaded, a chain deeper than
 * `maxExtendsDepth`, a cycle (named: `a → b → a`, and by file with `resolveRef`), removing
 * what is not inherited. Problems of the merged pack are located in the file that wrote the
 * item (see `origins`).
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
    const from = { id: current.pack.id, ref: current.ref }
    let name: string
    try {
      name = options.resolveRef === undefined ? ref : options.resolveRef(ref, from)
    } catch (error) {
      return { ok: false, issues: [loadIssue(['extends'], ref, reason(error), at)] }
    }
    const refs = chain.map((link) => link.ref)
    const again = options.resolveRef === undefined ? -1 : refs.indexOf(name)
    if (again !== -1) {
      const files = [...chain.slice(again).map((link) => link.ref ?? link.pack.id), name].join(
        ' → ',
      )
      const cycle = `${[...ids.slice(again), chain[again]!.pack.id].join(' → ')} (${files})`
      return { ok: false, issues: [packIssue('extends_cycle', ['extends'], { cycle }, at)] }
    }
    let loaded: unknown
    try {
      loaded = await options.load(name, from)
    } catch (error) {
      return { ok: false, issues: [loadIssue(['extends'], ref, reason(error), at)] }
    }
    if (loaded === undefined) {
      return { ok: false, issues: [loadIssue(['extends'], ref, NOT_FOUND, at)] }
    }
    const parent = validate(loaded, name)
    if (parent.issues !== undefined) return { ok: false, issues: parent.issues }
    const seen = ids.indexOf(parent.pack.id)
    if (seen !== -1) {
      const cycle = [...ids.slice(seen), parent.pack.id].join(' → ')
      return { ok: false, issues: [packIssue('extends_cycle', ['extends'], { cycle }, at)] }
    }
    chain.push({ pack: parent.pack, ref: name })
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
  const origins = packOrigins(merged, chain)
  const final = validate(merged, options.ref)
  if (final.issues !== undefined) {
    return {
      ok: false,
      issues: final.issues.map((issue) => locateIssueInPackFiles(origins, issue)),
    }
  }
  return { ok: true, pack: final.pack, chain: chain.map((link) => link.pack.id), origins }
}
