// A progress report to test the renderers with: the national digital economy share, as
// `assessTargets` reports it (figures from @tiendo/forecast's assessment of the series).
import { Decimal } from 'decimal.js'
import type { ProgressReport, ProgressSeries } from './progress-report'

const d = (value: string) => new Decimal(value)

/** The national digital economy share: 20% by 2025 missed, 30% by 2030 ahead. @internal */
export function seriesFixture(): ProgressSeries {
  return {
    target: {
      id: 'de_2030',
      indicator: 'digital_economy_share_grdp',
      unit: 'VN',
      comparator: 'gte',
      value: '30',
      by: '2030',
    },
    targets: [
      {
        id: 'de_2025',
        indicator: 'digital_economy_share_grdp',
        unit: 'VN',
        comparator: 'gte',
        value: '20',
        by: '2025',
        source: 'Decision 411/QĐ-TTg',
      },
      {
        id: 'de_2030',
        indicator: 'digital_economy_share_grdp',
        unit: 'VN',
        comparator: 'gte',
        value: '30',
        by: '2030',
      },
    ],
    indicatorId: 'digital_economy_share_grdp',
    indicator: {
      id: 'digital_economy_share_grdp',
      name: { vi: 'Tỷ trọng kinh tế số trong GRDP', en: 'Digital economy share of GRDP' },
      unit: 'percent',
      direction: 'increase',
      bounds: { min: '0', max: '100' },
      aggregation: { method: 'none' },
    },
    unit: 'VN',
    unitName: { vi: 'Việt Nam', en: 'Viet Nam' },
    series: [
      { period: '2020', value: '12.66' },
      { period: '2023', value: '12.87' },
      { period: '2024', value: '13.17', qualifier: 'approx' },
      { period: '2025', value: '14.02' },
    ],
    assessment: {
      status: 'limited_progress',
      method: 'linear',
      target: { id: 'de_2030', value: d('30'), by: '2030', comparator: 'gte', outcome: 'pending' },
      targets: [
        { id: 'de_2025', value: d('20'), by: '2025', comparator: 'gte', outcome: 'missed' },
        { id: 'de_2030', value: d('30'), by: '2030', comparator: 'gte', outcome: 'pending' },
      ],
      baseline: { period: '2020', value: d('12.66') },
      latest: { period: '2025', value: d('14.02') },
      cagr: null,
      requiredCagr: null,
      ratio: d('0.2'),
      projected: d('15.5'),
      growth: null,
      probability: d('0.0001'),
      interval: { level: d('0.95'), low: d('14.1'), high: d('16.9') },
      attainmentYear: null,
      notes: [],
    },
  }
}

/** A report with a validation issue, a failed rule on illustrative records, and a trend. @internal */
export function progressReportFixture(): ProgressReport {
  const series = seriesFixture()
  const trend: ProgressSeries = {
    ...series,
    target: undefined,
    targets: [],
    indicatorId: 'cashless_payment_value',
    indicator: {
      ...series.indicator,
      id: 'cashless_payment_value',
      name: { vi: 'Giá trị thanh toán không dùng tiền mặt', en: 'Cashless payment value' },
      unit: 'vnd_billion',
      bounds: { min: '0' },
    },
    unit: '58',
    unitName: { vi: 'Ninh Thuận' },
    series: [
      { period: '2022', value: '247356' },
      { period: '2023', value: '314792' },
    ],
    assessment: {
      ...series.assessment,
      status: 'improving',
      method: 'cagr',
      target: null,
      targets: [],
      projected: null,
      interval: null,
      probability: null,
      ratio: null,
      growth: d('0.2726'),
    },
  }
  return {
    title: { vi: 'Tiến độ chuyển đổi số', en: 'Digital transformation progress' },
    pack: { id: 'ninh-thuan', version: '0.1.0', title: { vi: 'Ninh Thuận', en: 'Ninh Thuan' } },
    targets: [series, trend],
    evaluation: {
      results: [
        {
          ruleId: 'dx_product_every_year',
          unit: '58.STP',
          period: '2023',
          outcome: 'failed',
          severity: 'error',
          message: { vi: 'Không có sản phẩm năm 2023', en: 'No DX product in 2023' },
        },
        { ruleId: 'bounds', unit: '58', period: '2023', outcome: 'passed', severity: 'error' },
      ],
      summary: {
        scopes: 2,
        passed: 1,
        failed: 1,
        skipped: 0,
        failedBySeverity: { error: 1, warning: 0, info: 0 },
      },
      issues: [],
    },
    validation: {
      valid: false,
      stats: { files: 2, rows: 10, observations: 9, records: 1, errors: 1, warnings: 0 },
      issues: [
        {
          code: 'unknown_indicator',
          severity: 'error',
          message: { vi: 'Không có chỉ số x', en: 'There is no indicator x' },
          hint: { vi: 'Kiểm tra mã chỉ số', en: 'Check the indicator id' },
          location: { file: 'data.csv', row: 3, column: 'indicator' },
        },
      ],
    },
    datasets: [
      { id: 'figures', title: { vi: 'Số liệu', en: 'Figures' }, illustrative: false },
      {
        id: 'products',
        title: { vi: 'Sản phẩm', en: 'Products' },
        illustrative: true,
        rules: ['dx_product_every_year'],
      },
    ],
    unitNames: { '58.STP': { vi: 'Sở Tư pháp', en: 'Department of Justice' } },
  }
}
