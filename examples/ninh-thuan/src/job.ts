import { getDataset } from '@tiendo/packs'
import { datasetPath } from '@tiendo/packs/node'
import { type PipelineReport, runPipeline } from '@tiendo/pipeline'
import type { Language, LocalizedText } from '@tiendo/schema'

/** The bundled datasets the main job reads, with a short title for the report. */
const DATASETS: readonly { id: string; title: LocalizedText }[] = [
  {
    id: 'ninh-thuan',
    title: { vi: 'Số liệu công bố của Ninh Thuận', en: 'Ninh Thuận published figures' },
  },
  { id: 'vietnam', title: { vi: 'Số liệu quốc gia đã công bố', en: 'National published figures' } },
  {
    id: 'ninh-thuan-dx-products.illustrative',
    title: { vi: 'Sản phẩm chuyển đổi số của các đơn vị', en: 'DX products of the units' },
  },
]

/**
 * The main job: Ninh Thuận's and the country's published figures and the illustrative DX
 * products, through the whole pipeline against the `ninh-thuan` pack (which extends
 * `vn-national`): validated, derived (product counts per unit and year, summed up to the
 * province), rules evaluated, progress to every target assessed.
 */
export function runMainJob(
  options: { lang?: Language; today?: string } = {},
): Promise<PipelineReport> {
  return runPipeline({
    title: { vi: 'Tiến độ chuyển đổi số', en: 'Digital transformation progress' },
    pack: 'ninh-thuan',
    sources: DATASETS.map(({ id, title }) => {
      const dataset = getDataset(id)
      return {
        path: datasetPath(id),
        name: dataset.file,
        kind: dataset.kind,
        title,
        illustrative: dataset.illustrative,
        published: !dataset.illustrative,
        origin: dataset.sources.join(' '),
      }
    }),
    lang: options.lang,
    today: options.today,
  })
}
