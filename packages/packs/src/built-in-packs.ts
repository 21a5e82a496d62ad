import type { LocalizedText, Pack } from '@tiendo/schema'
import khanhHoa from '../packs/khanh-hoa.json' with { type: 'json' }
import ninhThuan from '../packs/ninh-thuan.json' with { type: 'json' }
import vnNational from '../packs/vn-national.json' with { type: 'json' }

/** The ids of the packs that ship with Tiendo, in the order they extend one another. */
export const BUILT_IN_PACK_IDS = ['vn-national', 'ninh-thuan', 'khanh-hoa'] as const

/** The id of a built-in pack. */
export type BuiltInPackId = (typeof BUILT_IN_PACK_IDS)[number]

/** What a tool lists about a built-in pack without loading it whole. */
export interface BuiltInPackSummary {
  readonly id: BuiltInPackId
  readonly version: string
  readonly title: LocalizedText
  /** The pack it extends, if any. */
  readonly extends?: string | undefined
  /**
   * Its file as a package path (`@tiendo/packs/packs/ninh-thuan.json`), for a pack that
   * `extends` it by path, or for an editor.
   */
  readonly file: string
}

// The JSON files are checked against PackSchema by this package's tests; at run time they
// are trusted as the data they were tested to be.
const PACKS: Readonly<Record<BuiltInPackId, Pack>> = {
  'vn-national': vnNational as Pack,
  'ninh-thuan': ninhThuan as Pack,
  'khanh-hoa': khanhHoa as Pack,
}

/** Whether a string names a built-in pack (own names only: `constructor` is not a pack). */
export function isBuiltInPackId(id: string): id is BuiltInPackId {
  return (BUILT_IN_PACK_IDS as readonly string[]).includes(id)
}

/** The built-in packs, summarised, in the order they extend one another. */
export const builtInPacks: readonly BuiltInPackSummary[] = BUILT_IN_PACK_IDS.map((id) => {
  const pack = PACKS[id]
  return {
    id,
    version: pack.version,
    title: pack.title,
    extends: pack.extends,
    file: `@tiendo/packs/packs/${id}.json`,
  }
})

/**
 * A built-in pack, as its JSON file declares it: `extends` is not resolved (that is the
 * job of the rules and the CLI). Returns a fresh copy each call, so a caller that changes
 * it cannot change what the next caller gets.
 *
 * @throws Error when `id` is not a built-in pack; the message lists the ones that are.
 */
export function getBuiltInPack(id: string): Pack {
  if (!isBuiltInPackId(id)) {
    throw new Error(
      `Unknown built-in pack \`${id}\`: use one of ${BUILT_IN_PACK_IDS.map((known) => `\`${known}\``).join(', ')}, or give the path of a pack file.`,
    )
  }
  // The packs are plain JSON, so a JSON round trip copies them exactly.
  return JSON.parse(JSON.stringify(PACKS[id])) as Pack
}
