import type { DatasetId } from '@tiendo/packs'
import khanhHoa from '@tiendo/packs/datasets/khanh-hoa.csv?raw'
import ninhThuan from '@tiendo/packs/datasets/ninh-thuan.csv?raw'
import dxProducts from '@tiendo/packs/datasets/ninh-thuan-dx-products.illustrative.csv?raw'
import vietnam from '@tiendo/packs/datasets/vietnam.csv?raw'

/** The id of the illustrative DX product records. */
export const DX_PRODUCTS_ID = 'ninh-thuan-dx-products.illustrative' satisfies DatasetId

/**
 * The text of each bundled dataset, inlined into the page by Vite's `?raw` import of the
 * package path `@tiendo/packs/datasets/…` (see `Dataset.specifier`): the page fetches nothing.
 */
export const DATASET_TEXTS: Readonly<Record<DatasetId, string>> = {
  vietnam,
  'ninh-thuan': ninhThuan,
  'khanh-hoa': khanhHoa,
  [DX_PRODUCTS_ID]: dxProducts,
}
