import { toDecimal } from '@tiendo/schema'
import { describe, expect, it } from 'vitest'
import { readCsv } from './__tests__/csv'
import { periodDays, readDataset } from './__tests__/datasets'
import { datasets } from './datasets'

const figures = readCsv(new URL('../data/figures.csv', import.meta.url))
const catalogue = readCsv(new URL('../data/indicators.csv', import.meta.url))

const ARTICLE = 'https://dientuungdung.vn/ninh-thuan-day-manh-xay-dung-xa-hoi-so-6952.html'
const REPORT_2023 = 'https://vietnam.vn/en/ubnd-tinh-trien-khai-cong-tac-chuyen-doi-so-nam-2024'
const MERGED_DTI = 'https://news.baokhanhhoa.vn/society/202511/driving-dti-progress-d4815fe'

const observationKey = (row: Record<string, string | undefined>) =>
  `${row.indicator}|${row.unit}|${row.period}`
const observationSets = datasets.filter((d) => d.kind === 'observations')

describe('the published figures (data/figures.csv)', () => {
  const inDatasets = new Map<string, Record<string, string> & { dataset: string }>()
  for (const dataset of observationSets) {
    for (const row of readDataset(dataset.file)) {
      inDatasets.set(observationKey(row), { ...row, dataset: dataset.id })
    }
  }
  const datasetOf = (unit: string) =>
    unit === 'VN' ? 'vietnam' : unit === '58' ? 'ninh-thuan' : 'khanh-hoa'

  it.each(figures.map((row) => [observationKey(row), row] as const))(
    '%s is in its dataset with the same value, qualifier, status, source and note',
    (key, figure) => {
      const row = inDatasets.get(key)
      expect(row).toBeDefined()
      expect(row!.dataset).toBe(datasetOf(figure.unit!))
      const { value, qualifier, status, source, note } = row!
      expect({ value, qualifier, status, source, note }).toEqual({
        value: figure.value,
        qualifier: figure.qualifier,
        status: figure.status,
        source: figure.source,
        note: figure.note,
      })
    },
  )

  it('adds only the founding article’s figures, one derived value and one published rank', () => {
    const published = new Set(figures.map(observationKey))
    const extra = [...inDatasets.values()].filter((row) => !published.has(observationKey(row)))
    const bySource = (source: string) =>
      extra.filter((row) => row.source === source).map((row) => row.indicator)
    expect(bySource(ARTICLE).sort()).toEqual(
      [
        'bts_5g_count',
        'digital_channel_sales_share',
        'dvc_full_process_count',
        'dvc_partial_count',
        'ecommerce_enterprise_count',
        'ecommerce_product_count',
        'health_facility_emr_rate',
        'soc_ioc_connected_systems',
        'village_fibre_coverage',
        'village_mobile_broadband_coverage',
        'welfare_cashless_beneficiaries',
      ].sort(),
    )
    expect(extra.filter((row) => row.source === REPORT_2023).map(observationKey)).toEqual([
      'cashless_payment_value|58|2022',
    ])
    expect(extra.filter((row) => row.source === MERGED_DTI).map(observationKey)).toEqual([
      'dti_rank|56@2025-07-01|2024',
    ])
    expect(extra).toHaveLength(13)
  })
})

describe('ninh-thuan.csv against the founding article', () => {
  const rows = readDataset('ninh-thuan.csv')
  const fromArticle = catalogue.filter((row) => row.article_value)

  it.each(fromArticle.map((row) => [row.id!, row] as const))(
    '%s has the catalogue’s article figure, with its qualifier',
    (indicator, entry) => {
      const row = rows.find((r) => r.indicator === indicator && r.period === entry.article_period)
      expect(row).toMatchObject({ unit: '58', source: ARTICLE, status: 'actual' })
      const range = /^(\d+)-(\d+)$/.exec(entry.article_value!)
      if (range) {
        expect(row).toMatchObject({ qualifier: 'range', value: '', low: range[1], high: range[2] })
        return
      }
      expect(row!.value).toBe(entry.article_value)
      // The catalogue's notes say which article figures are lower bounds ("more than 90").
      const lowerBound = /lower bound/.test(entry.note!)
      expect(row!.qualifier).toBe(lowerBound ? 'more_than' : '')
      expect(row!.note).toMatch(/^the founding article|; the founding article$/)
    },
  )

  it('has every figure of the article', () => {
    const articleRows = rows.filter((row) => row.source === ARTICLE)
    expect(articleRows.map((row) => row.indicator).sort()).toEqual(
      fromArticle.map((row) => row.id).sort(),
    )
  })

  it('keeps 363558 billion VND, not the 363.558 of the Vietnamese text', () => {
    const row = rows.find((r) => r.indicator === 'cashless_payment_value' && r.source === ARTICLE)
    expect(row).toMatchObject({ value: '363558', period: '2024-01/2024-09' })
  })
})

describe('figures that can be checked against each other', () => {
  const value = (file: string, key: string) => {
    const row = readDataset(file).find((r) => observationKey(r) === key)
    if (!row) throw new Error(`no ${key} in ${file}`)
    return toDecimal(row.value!)
  }

  it('DTI 2021 of Ninh Thuận is 44.6% above 2020, as its source says', () => {
    const growth = value('ninh-thuan.csv', 'dti_score|58|2021')
      .div(value('ninh-thuan.csv', 'dti_score|58|2020'))
      .minus(1)
      .times(100)
    expect(growth.toDecimalPlaces(1).toString()).toBe('44.6')
  })

  it('DTI 2022 of Ninh Thuận is its 593.4 points out of 1000', () => {
    expect(value('ninh-thuan.csv', 'dti_score|58|2022').toString()).toBe('0.5934')
  })

  it('the 2023 smartphone share is 478,946 subscriptions over 598,683 people', () => {
    const share = toDecimal(478946).div(598683).times(100)
    expect(share.toDecimalPlaces(1).toString()).toBe('80')
    expect(value('ninh-thuan.csv', 'smartphone_subscription_share|58|2023').toString()).toBe('80')
  })

  it('cashless payments 2022 are the 2023 estimate less its stated increase of 67,436', () => {
    const y2022 = value('ninh-thuan.csv', 'cashless_payment_value|58|2022')
    const y2023 = value('ninh-thuan.csv', 'cashless_payment_value|58|2023')
    expect(y2023.minus(y2022).toString()).toBe('67436')
    const row = readDataset('ninh-thuan.csv').find(
      (r) => observationKey(r) === 'cashless_payment_value|58|2022',
    )
    expect(row).toMatchObject({ status: 'estimate' })
    expect(row!.note).toContain('derived, not published as such')
  })

  it('the merged Khánh Hòa’s DTI 2024 lies within 0.0008 of the old Khánh Hòa’s, as a mean of two', () => {
    // mean(a, b) = m gives b = 2m − a: Ninh Thuận's 2024 score, which is not in the data.
    const merged = value('khanh-hoa.csv', 'dti_score|56@2025-07-01|2024')
    const old = value('khanh-hoa.csv', 'dti_score|56|2024')
    const ninhThuan = merged.times(2).minus(old)
    expect(ninhThuan.toString()).toBe('0.7063')
    expect(ninhThuan.gte(0) && ninhThuan.lte(1)).toBe(true)
  })

  it('keeps the two official methods of the digital economy share apart', () => {
    for (const row of readDataset('vietnam.csv')) {
      if (row.indicator === 'digital_economy_share_grdp')
        expect(row.note).toMatch(/statistics office/)
      if (row.indicator === 'digital_economy_share_gdp_mic') {
        expect(row.note).toMatch(/information ministry/)
      }
    }
  })

  it('names a successor before it existed only for figures published for it afterwards', () => {
    const early: string[] = []
    for (const dataset of observationSets) {
      for (const row of readDataset(dataset.file)) {
        const [, from] = row.unit!.split('@')
        if (from !== undefined && periodDays(row.period!).end < from)
          early.push(observationKey(row))
      }
    }
    expect(early).toEqual(['dti_score|56@2025-07-01|2024', 'dti_rank|56@2025-07-01|2024'])
  })
})
