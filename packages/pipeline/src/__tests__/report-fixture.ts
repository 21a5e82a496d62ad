import { readFileSync } from 'node:fs'
import { datasetPath } from '@tiendo/packs/node'
import type { MethodologyProfile, Observation } from '@tiendo/schema'
import { runPipeline } from '../browser'
import type { PipelineReport } from '../report/report'

/**
 * A report to test the renderers with, made by the pipeline itself: the national digital
 * economy share (20% by 2025 missed, 30% by 2030 ahead), Ninh Thuận's cashless payments (a
 * trend), a row naming an indicator the pack lacks, and the bundled illustrative DX
 * products (as CSV text, read the way a browser reads an upload), where some units miss a
 * year. `methodology` names one profile for every assessment (as `--methodology` does).
 */
export async function reportFixture(
  options: { method?: 'cagr' | 'linear'; methodology?: MethodologyProfile } = {},
): Promise<PipelineReport> {
  const observations: Observation[] = [
    { indicator: 'digital_economy_share_grdp', unit: 'VN', period: '2020', value: '12.66' },
    { indicator: 'digital_economy_share_grdp', unit: 'VN', period: '2023', value: '12.87' },
    {
      indicator: 'digital_economy_share_grdp',
      unit: 'VN',
      period: '2024',
      value: '13.17',
      qualifier: 'approx',
    },
    { indicator: 'digital_economy_share_grdp', unit: 'VN', period: '2025', value: '14.02' },
    { indicator: 'cashless_payment_value', unit: '58', period: '2022', value: '247356' },
    { indicator: 'cashless_payment_value', unit: '58', period: '2023', value: '314792' },
    { indicator: 'digital_economy_shar', unit: 'VN', period: '2024', value: '13' },
  ]
  const products = readFileSync(datasetPath('ninh-thuan-dx-products.illustrative'), 'utf8')
  return runPipeline({
    title: { vi: 'Tiến độ chuyển đổi số', en: 'Digital transformation progress' },
    pack: 'ninh-thuan',
    sources: [
      { name: 'so-lieu.csv', observations, published: true },
      { name: 'san-pham.csv', text: products, illustrative: true },
    ],
    today: '2026-06-30',
    assess: options.method === undefined ? true : { method: options.method },
    ...(options.methodology === undefined ? {} : { methodology: options.methodology }),
  })
}
