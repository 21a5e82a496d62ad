import { readFileSync } from 'node:fs'
import { datasetPath } from '@tiendo/packs/node'
import { describe, expect, it } from 'vitest'
import { MERGER_PACK, mergerObservations, mergerRecords } from './__tests__/merger'
import { MINI_PACK, miniObservations, miniRecords } from './__tests__/mini-national'
import { runPipeline } from './browser'
import { reportToJson } from './report/report-json'
import type { BrowserSource, PackInput } from './run/options'

/**
 * The JSON reports of fixed inputs, byte for byte, as the pipeline wrote them before its
 * dataset, derived figures and results were held column-wise (`__golden__/*.json`, written
 * by that implementation): the compact representation must change nothing a user sees.
 * A deliberate change of the report rewrites them with `vitest -u` and shows in review.
 */
const text = (id: string) => readFileSync(datasetPath(id), 'utf8')

const cases: Record<string, { pack: PackInput; sources: BrowserSource[] }> = {
  'ninh-thuan': {
    pack: 'ninh-thuan',
    sources: [
      { name: 'ninh-thuan.csv', text: text('ninh-thuan'), published: true },
      {
        name: 'san-pham.csv',
        text: text('ninh-thuan-dx-products.illustrative'),
        illustrative: true,
      },
    ],
  },
  'vn-national': {
    pack: 'vn-national',
    sources: [{ name: 'vietnam.csv', text: text('vietnam'), published: true }],
  },
  'khanh-hoa': {
    pack: 'khanh-hoa',
    sources: [
      { name: 'ninh-thuan.csv', text: text('ninh-thuan') },
      { name: 'khanh-hoa.csv', text: text('khanh-hoa') },
    ],
  },
  merger: {
    pack: MERGER_PACK,
    sources: [
      { name: 'so-lieu.csv', observations: mergerObservations() },
      { name: 'san-pham.csv', records: mergerRecords() },
    ],
  },
  'mini-national': {
    pack: MINI_PACK,
    sources: [
      { name: 'so-lieu.csv', text: miniObservations() },
      { name: 'san-pham.csv', text: miniRecords() },
    ],
  },
}

describe('the JSON report of fixed inputs, against what it was', () => {
  for (const [name, input] of Object.entries(cases)) {
    it(`is the same for ${name}`, async () => {
      const report = await runPipeline({ ...input, today: '2026-06-30', maxIssues: 500 })
      // Indented inside the elements too, as they were written.
      await expect(reportToJson(report, { lang: 'en', lines: false })).toMatchFileSnapshot(
        `./__golden__/${name}.en.json`,
      )
      if (name === 'mini-national') {
        await expect(reportToJson(report, { lang: 'vi', indent: 0 })).toMatchFileSnapshot(
          `./__golden__/${name}.vi.json`,
        )
      }
    })
  }
})
