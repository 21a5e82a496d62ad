/**
 * The pack a build preselects, set when the site is built (see `preset-pack.ts` and the
 * README): a built-in pack's id (`TIENDO_PACK=khanh-hoa`), or a province's own pack file
 * (`TIENDO_PACK_FILE=tinh.pack.json`), inlined into the page so it needs nothing else.
 */

import type { PresetPack } from './build/preset-pack'

declare const __TIENDO_PRESET__: PresetPack | null

/** The pack this build opens with, if one was chosen when it was built. */
export const PRESET: PresetPack | null =
  typeof __TIENDO_PRESET__ === 'undefined' ? null : __TIENDO_PRESET__
