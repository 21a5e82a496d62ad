import type { Indicator, Pack, Rule, SubmittedRecord, Target, Unit } from '@tiendo/schema'

/** A small province: Ninh Thuận, two communes and two agencies, with two indicators. */
export const units: Unit[] = [
  { code: 'VN', name: { vi: 'Việt Nam', en: 'Viet Nam' }, kind: 'country' },
  {
    code: '58',
    name: { vi: 'Ninh Thuận', en: 'Ninh Thuan' },
    kind: 'province',
    parent: 'VN',
    validTo: '2025-06-30',
  },
  { code: '58.001', name: { vi: 'Phường Phan Rang' }, kind: 'commune', parent: '58' },
  { code: '58.002', name: { vi: 'Xã Phước Dinh' }, kind: 'commune', parent: '58' },
  {
    code: '58.STTTT',
    name: {
      vi: 'Sở Thông tin và Truyền thông',
      en: 'Department of Information and Communications',
    },
    kind: 'agency',
    parent: '58',
  },
  {
    code: '58.SYT',
    name: { vi: 'Sở Y tế', en: 'Department of Health' },
    kind: 'agency',
    parent: '58',
  },
]

export const indicators: Indicator[] = [
  {
    id: 'digital_economy_share_grdp',
    name: { vi: 'Tỷ trọng kinh tế số trong GRDP', en: 'Digital economy share of GRDP' },
    unit: 'percent',
    direction: 'increase',
    bounds: { min: '0', max: '100' },
    aggregation: { method: 'none' },
  },
  {
    id: 'fibre_households',
    name: { vi: 'Số hộ gia đình có cáp quang', en: 'Households with fibre' },
    unit: 'count',
    direction: 'increase',
    aggregation: { method: 'sum' },
  },
  {
    id: 'households',
    name: { vi: 'Số hộ gia đình', en: 'Households' },
    unit: 'count',
    direction: 'increase',
    aggregation: { method: 'sum' },
  },
  {
    id: 'paper_dossiers',
    name: { vi: 'Hồ sơ giấy', en: 'Paper dossiers' },
    unit: 'count',
    direction: 'decrease',
    aggregation: { method: 'sum' },
  },
  {
    id: 'temperature_band',
    name: { vi: 'Nhiệt độ phòng máy', en: 'Server room temperature' },
    unit: 'degree',
    direction: 'target_band',
    aggregation: { method: 'none' },
  },
]

export const targets: Target[] = [
  {
    id: 'de_share_2025',
    indicator: 'digital_economy_share_grdp',
    unit: '58',
    comparator: 'gte',
    value: '20',
    by: '2025',
    baseYear: '2020',
    source: 'Decision 411/QĐ-TTg',
  },
  {
    id: 'de_share_2030',
    indicator: 'digital_economy_share_grdp',
    unit: '58',
    comparator: 'gte',
    value: '30',
    by: '2030',
    source: 'Resolution 57-NQ/TW',
  },
]

/** The one-DX-product-a-year rule, as a pack author writes it. */
export const dxProductRule: Rule = {
  id: 'dx_product_every_year',
  severity: 'error',
  template: 'annual_quota',
  params: { record: 'dx_product', min: 1 },
  scope: { unitKinds: ['agency', 'commune'], from: '2023', to: '2024' },
}

export function pack(rules: Rule[], extra: Partial<Pack> = {}): Pack {
  return {
    id: 'test-pack',
    version: '1.0.0',
    title: { vi: 'Gói thử', en: 'Test pack' },
    indicators,
    units,
    targets,
    rules,
    ...extra,
  }
}

let serial = 0
export function product(unit: string, date: string, status = 'completed'): SubmittedRecord {
  serial++
  return {
    id: `p${serial}`,
    kind: 'dx_product',
    unit,
    date,
    status: status as SubmittedRecord['status'],
    title: `Sản phẩm chuyển đổi số ${serial}`,
  }
}
