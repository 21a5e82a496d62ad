import { loadPack } from '@tiendo/pipeline'
import type { Pack } from '@tiendo/schema'
import type { CommandContext } from '../command'
import { stringOption } from '../options'

/** The formats of the catalogue commands (`indicators`, `units`). */
export const CATALOGUE_FORMATS = ['pretty', 'json', 'csv', 'markdown'] as const

/** One of {@link CATALOGUE_FORMATS}. */
export type CatalogueFormat = (typeof CATALOGUE_FORMATS)[number]

/** The `--format` asked for, `pretty` by default. */
export function catalogueFormat(context: CommandContext): CatalogueFormat {
  const format = context.options.format
  return typeof format === 'string' ? (format as CatalogueFormat) : 'pretty'
}

/**
 * The pack a catalogue command lists, resolved (`extends` merged, the bundled communes it
 * names added): `--pack`, `vn-national` when none is given.
 */
export async function cataloguePack(context: CommandContext): Promise<Pack> {
  const ref = stringOption(context.options.pack) ?? 'vn-national'
  const { pack } = await loadPack(ref, context.cwd)
  return pack
}
