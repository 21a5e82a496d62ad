/**
 * The bundled sample data: the datasets that ship with `@tiendo/packs`, inlined into the page
 * by the bundler (nothing is fetched), each labelled as its manifest says — published figures
 * with their sources, or illustrative records — exactly as the CLI labels these files.
 */

import { datasets } from '@tiendo/packs'
import khanhHoa from '@tiendo/packs/datasets/khanh-hoa.csv?raw'
import ninhThuan from '@tiendo/packs/datasets/ninh-thuan.csv?raw'
import dxProducts from '@tiendo/packs/datasets/ninh-thuan-dx-products.illustrative.csv?raw'
import vietnam from '@tiendo/packs/datasets/vietnam.csv?raw'
import type { RunSource } from './protocol'

const TEXTS: Readonly<Record<string, string>> = {
  vietnam,
  'ninh-thuan': ninhThuan,
  'khanh-hoa': khanhHoa,
  'ninh-thuan-dx-products.illustrative': dxProducts,
}

/** The pack the samples are checked against when the user has not chosen another. */
export const SAMPLE_PACK = 'ninh-thuan'

/** The bundled datasets as sources, named by their files, labelled by their manifest. */
export function sampleSources(): RunSource[] {
  return datasets.map((dataset) => ({
    name: dataset.file,
    text: TEXTS[dataset.id] ?? '',
    ...(dataset.kind === 'records' ? { kind: 'records' as const } : {}),
    illustrative: dataset.illustrative,
    published: !dataset.illustrative,
    origin: dataset.sources.join(' '),
  }))
}
