/**
 * Which pack a build of the site preselects, from the environment of `npm run build`:
 * `TIENDO_PACK` names a built-in pack; `TIENDO_PACK_FILE` is the path of a province's own
 * pack file. The file is loaded here as the CLI loads `--pack` (its `extends` merged, files
 * beside it included) and checked, so a wrong pack fails the build, not the page; the page
 * gets the merged pack, which needs nothing else.
 */

import { basename, resolve } from 'node:path'
import { BUILT_IN_PACK_IDS } from '@tiendo/packs'
import { loadPack, PipelineError } from '@tiendo/pipeline'

/** A preselected pack: built-in, or a pack file's name and (merged) text. */
export type PresetPack =
  | { readonly kind: 'builtIn'; readonly id: string }
  | { readonly kind: 'file'; readonly name: string; readonly text: string }

/** The preset the environment asks for, or `null`; rejects with a message on a wrong one. */
export async function presetPack(
  env: Readonly<Record<string, string | undefined>>,
  cwd: string,
): Promise<PresetPack | null> {
  const file = env.TIENDO_PACK_FILE || undefined
  const id = env.TIENDO_PACK || undefined
  if (file !== undefined && id !== undefined) {
    throw new Error('Set TIENDO_PACK or TIENDO_PACK_FILE, not both.')
  }
  if (id !== undefined) {
    if (!(BUILT_IN_PACK_IDS as readonly string[]).includes(id)) {
      throw new Error(
        `TIENDO_PACK: \`${id}\` is not a built-in pack (${BUILT_IN_PACK_IDS.join(', ')}); for a pack file, set TIENDO_PACK_FILE.`,
      )
    }
    return { kind: 'builtIn', id }
  }
  if (file === undefined) return null
  const path = resolve(cwd, file)
  try {
    const loaded = await loadPack(path, cwd)
    const { extends: _merged, ...pack } = loaded.pack
    return { kind: 'file', name: basename(path), text: `${JSON.stringify(pack, null, 2)}\n` }
  } catch (error) {
    const detail =
      error instanceof PipelineError ? `${error.message} ${error.hint?.en ?? ''}` : String(error)
    throw new Error(`TIENDO_PACK_FILE: ${path} cannot be used as a pack: ${detail}`)
  }
}
