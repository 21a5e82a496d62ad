import type { Pack, SourceLocation, TiendoIssue } from '@tiendo/schema'
import { unitKey } from './unit-validity'

/** A list of a pack whose items are merged by id (units: by code and start; composites: by indicator). */
export type OriginList = 'indicators' | 'units' | 'targets' | 'rules' | 'composites'

/** Every {@link OriginList}. */
const ORIGIN_LISTS: readonly OriginList[] = [
  'indicators',
  'units',
  'targets',
  'rules',
  'composites',
]

/** Where an item of a merged pack was written: the pack file and its index there. */
export interface ItemOrigin {
  /** The file (or built-in id) of the pack that defined the item; `undefined` when unnamed. */
  readonly file: string | undefined
  /** The item's index in that pack's own list. */
  readonly index: number
}

/**
 * Where each part of a resolved pack came from: for each list, the origin of the merged
 * item at the same index; `methodology` names the pack it was inherited from, and `root` the
 * pack given (every other field is its own).
 */
export interface PackOrigins {
  readonly root: string | undefined
  readonly methodology: string | undefined
  readonly lists: { readonly [list in OriginList]: readonly ItemOrigin[] }
}

/** One pack of an `extends` chain, with the file it came from. */
interface ChainLink {
  readonly pack: Pack
  readonly ref: string | undefined
}

const keyOf = (list: OriginList, item: unknown): string => {
  if (list === 'units') return unitKey(item as Parameters<typeof unitKey>[0])
  if (list === 'composites') return (item as { indicator: string }).indicator
  return (item as { id: string }).id
}

/**
 * The origins of a merged pack, from its chain (the pack given first, the root last): an
 * item comes from the pack nearest the one given that defines its key (merging replaces an
 * inherited item by a child's with the same key). @internal
 */
export function packOrigins(merged: Pack, chain: readonly ChainLink[]): PackOrigins {
  const lists = {} as { [list in OriginList]: ItemOrigin[] }
  for (const list of ORIGIN_LISTS) {
    const defined = new Map<string, ItemOrigin>()
    for (let i = chain.length - 1; i >= 0; i--) {
      const link = chain[i]!
      ;(link.pack[list] ?? []).forEach((item, index) => {
        defined.set(keyOf(list, item), { file: link.ref, index })
      })
    }
    const root = chain[0]?.ref
    lists[list] = (merged[list] ?? []).map(
      (item, index) => defined.get(keyOf(list, item)) ?? { file: root, index },
    )
  }
  const methodology = chain.find((link) => link.pack.methodology !== undefined)?.ref
  return { root: chain[0]?.ref, methodology, lists }
}

/**
 * Where a JSON Pointer into a merged pack points in the pack files: `/rules/32/params` of a
 * merged pack whose 33rd rule was the child's first becomes `{ file: 'child.json', path:
 * '/rules/0/params' }`. Paths outside the merged lists stay as they are, in the pack given.
 */
export function locateInPackFiles(
  origins: PackOrigins,
  pointer: string | undefined,
): Pick<SourceLocation, 'file' | 'path'> {
  const file = origins.root
  if (pointer === undefined) return { file }
  const [, first, second, ...rest] = pointer.split('/')
  if (first === 'methodology') return { file: origins.methodology ?? file, path: pointer }
  const list = ORIGIN_LISTS.find((name) => name === first)
  if (list === undefined || second === undefined || !/^\d+$/.test(second)) {
    return { file, path: pointer }
  }
  const origin = origins.lists[list][Number(second)]
  if (origin === undefined) return { file, path: pointer }
  return { file: origin.file, path: ['', list, String(origin.index), ...rest].join('/') }
}

/**
 * An issue found in a merged pack, located in the pack file that wrote the item it is
 * about (see {@link locateInPackFiles}). Issues already naming another file are kept.
 */
export function locateIssueInPackFiles(origins: PackOrigins, issue: TiendoIssue): TiendoIssue {
  const located: TiendoIssue = { ...issue }
  if (issue.location !== undefined) {
    located.location = relocate(origins, issue.location)
    // The wording names the field too (`rules[32].params`): name it as in the file.
    const from = /^\/([a-z]+)\/(\d+)(?:\/|$)/.exec(issue.location.path ?? '')
    const to = /^\/[a-z]+\/(\d+)(?:\/|$)/.exec(located.location.path ?? '')
    if (from && to && from[2] !== to[1]) {
      const merged = `${from[1]}[${from[2]}]`
      const rename = (text: string) => text.split(merged).join(`${from[1]}[${to[1]}]`)
      located.message = { vi: rename(issue.message.vi), en: rename(issue.message.en) }
      if (issue.hint !== undefined) {
        located.hint = { vi: rename(issue.hint.vi), en: rename(issue.hint.en) }
      }
    }
  }
  if (issue.related !== undefined) {
    located.related = issue.related.map((place) => relocate(origins, place))
  }
  return located
}

function relocate(origins: PackOrigins, location: SourceLocation): SourceLocation {
  if (location.path === undefined) return location
  if (location.file !== undefined && location.file !== origins.root) return location
  const found = locateInPackFiles(origins, location.path)
  const next: SourceLocation = { ...location, path: found.path }
  if (found.file === undefined) delete next.file
  else next.file = found.file
  return next
}
