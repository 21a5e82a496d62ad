import type { Pack } from '@tiendo/schema'
import { seededRandom } from '../../../../test-support/seeded-random'

/**
 * A small country made with a seeded generator, as CSV text: three provinces, 36 communes
 * and 9 agencies over six years, with what real submissions hold — figures submitted twice
 * (the same, and different), ranges and lower bounds, rows refused by their checks, records
 * with and without ids (some twice, some conflicting), and units that do not exist. Every
 * stage of the pipeline has something to do: derive counts and aggregates, rules pass, fail
 * and skip, series are assessed with and without targets.
 */

const YEARS = ['2019', '2020', '2021', '2022', '2023', '2024']
const PROVINCES = ['P1', 'P2', 'P3']
const communes = Array.from({ length: 36 }, (_, c) => `C${String(c + 1).padStart(2, '0')}`)
const agencies = Array.from({ length: 9 }, (_, a) => `P${(a % 3) + 1}.A${a + 1}`)
const provinceOf = (index: number) => PROVINCES[index % 3]!

export const MINI_PACK: Pack = {
  id: 'mini-national',
  version: '1.0.0',
  title: { vi: 'Quốc gia thu nhỏ', en: 'A small country' },
  extends: 'vn-national',
  units: [
    ...PROVINCES.map((code) => ({
      code,
      name: { vi: `Tỉnh ${code}`, en: `Province ${code}` },
      kind: 'province',
      parent: 'VN',
    })),
    ...communes.map((code, c) => ({
      code,
      name: { vi: `Xã ${code}`, en: `Commune ${code}` },
      kind: 'commune',
      parent: provinceOf(c),
    })),
    ...agencies.map((code, a) => ({
      code,
      name: { vi: `Sở ${code}`, en: `Department ${code}` },
      kind: 'agency',
      parent: provinceOf(a),
    })),
  ],
  targets: [
    {
      id: 'fibre_commune_2025',
      indicator: 'household_fibre_rate',
      unitKind: 'commune',
      comparator: 'gte',
      value: '90',
      by: '2025',
    },
    {
      id: 'online_commune_2025',
      indicator: 'dossier_online_commune_rate',
      unitKind: 'commune',
      comparator: 'gte',
      value: '80',
      by: '2025',
    },
    {
      id: 'online_province_2026',
      indicator: 'online_dossier_rate',
      unitKind: 'province',
      comparator: 'gte',
      value: '70',
      by: '2026',
    },
  ],
  rules: [
    {
      id: 'one_product_a_year',
      template: 'annual_quota',
      severity: 'error',
      scope: { unitKinds: ['agency', 'commune'], from: '2019', to: '2024' },
      params: { record: 'dx_product', min: 1 },
    },
    {
      id: 'fibre_bounds',
      template: 'bounds',
      severity: 'error',
      scope: { unitKinds: ['commune'], from: '2019', to: '2024' },
      params: { indicator: 'household_fibre_rate' },
    },
    {
      id: 'fibre_no_fall',
      template: 'no_regression',
      severity: 'warning',
      scope: { unitKinds: ['commune'], from: '2019', to: '2024' },
      params: { indicator: 'household_fibre_rate' },
    },
    {
      id: 'commune_reports',
      template: 'completeness',
      severity: 'warning',
      missing: 'never_skip',
      scope: { unitKinds: ['commune'], from: '2023', to: '2024' },
      params: { indicators: ['household_fibre_rate', 'dossier_online_commune_rate'] },
    },
  ],
}

const csvCell = (text: string) => (/[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text)
const csv = (rows: readonly (readonly string[])[]) =>
  `${rows.map((row) => row.map(csvCell).join(',')).join('\n')}\n`

/** The observations, as a CSV file's text. */
export function miniObservations(seed = 20250701): string {
  const random = seededRandom(seed)
  const rows: string[][] = [
    ['indicator', 'unit', 'period', 'value', 'qualifier', 'low', 'high', 'status', 'source'],
  ]
  const series = (indicator: string, unit: string, start: number, step: number) => {
    let level = start
    for (const year of YEARS) {
      level = Math.max(0, Math.min(100, level + (random() - 0.3) * step))
      if (random() < 0.05) continue
      const text = random() < 0.02 ? (level * 10).toFixed(1) : level.toFixed(2)
      const status = random() < 0.1 ? 'estimate' : 'actual'
      rows.push([indicator, unit, year, text, '', '', '', status, `Nguồn ${unit}`])
    }
  }
  for (const unit of communes) {
    series('household_fibre_rate', unit, 30 + random() * 50, 8)
    series('dossier_online_commune_rate', unit, 20 + random() * 40, 10)
  }
  for (const unit of PROVINCES) {
    series('online_dossier_rate', unit, 30 + random() * 30, 9)
    series('dti_score', unit, 0.3 + random() * 0.3, 0.02)
  }
  // Submitted twice the same, twice differently, a range, a lower bound, a refused row.
  rows.push(['household_fibre_rate', 'VN', '2018', '71.50', '', '', '', 'actual', 'Nguồn VN'])
  rows.push(['household_fibre_rate', 'VN', '2018', '71.5', '', '', '', 'actual', 'bản sao'])
  rows.push(['dossier_online_commune_rate', 'C02', '2023', '40', '', '', '', 'actual', 'x'])
  rows.push(['dossier_online_commune_rate', 'C02', '2023', '41', '', '', '', 'actual', 'y'])
  rows.push(['online_dossier_rate', 'VN', '2024', '', 'range', '60', '65', 'estimate', 'ước'])
  rows.push(['online_dossier_rate', 'VN', '2023', '58', 'more_than', '', '', 'actual', 'báo'])
  rows.push(['household_fibre_rate', 'ZZ9', '2024', '50', '', '', '', 'actual', 'không có'])
  rows.push(['household_fibre_rate', 'C03', '2031', '50', '', '', '', 'actual', 'tương lai'])
  rows.push(['no_such_indicator', 'C03', '2024', '50', '', '', '', 'actual', 'sai'])
  return csv(rows)
}

/** The DX-product records, as a CSV file's text. */
export function miniRecords(seed = 20250702): string {
  const random = seededRandom(seed)
  const rows: string[][] = [['id', 'kind', 'unit', 'date', 'status', 'title']]
  let serial = 0
  for (const unit of [...agencies, ...communes]) {
    for (const year of YEARS) {
      const count = random() < 0.15 ? 0 : 1 + Math.floor(random() * 2)
      for (let i = 0; i < count; i++) {
        serial++
        const month = String(1 + Math.floor(random() * 12)).padStart(2, '0')
        const status = random() < 0.8 ? 'completed' : 'in_progress'
        // One record in ten has no id: its whole content names it.
        const id = random() < 0.1 ? '' : `DX-${serial}`
        rows.push([id, 'dx_product', unit, `${year}-${month}-15`, status, `Sản phẩm ${serial}`])
      }
    }
  }
  rows.push(['DX-A', 'dx_product', 'C05', '2022-05-05', 'completed', 'Hai lần'])
  rows.push(['DX-A', 'dx_product', 'C05', '2022-05-05', 'completed', 'Hai lần'])
  rows.push(['DX-B', 'dx_product', 'C05', '2022-06-06', 'completed', 'Một sản phẩm'])
  rows.push(['DX-B', 'dx_product', 'C05', '2022-06-06', 'completed', 'Một sản phẩm khác'])
  rows.push(['', 'dx_product', 'C06', '2023-03-03', 'completed', 'Không mã'])
  rows.push(['', 'dx_product', 'C06', '2023-03-03', 'completed', 'Không mã'])
  rows.push(['DX-9999', 'dx_product', 'ZZ9', '2023-03-03', 'completed', 'Đơn vị lạ'])
  return csv(rows)
}

/** The small country's figures and records, as two files dropped in a browser. */
export function miniSources(): { name: string; text: string; kind?: 'records' }[] {
  return [
    { name: 'so-lieu.csv', text: miniObservations() },
    { name: 'san-pham.csv', text: miniRecords(), kind: 'records' },
  ]
}

/**
 * The small country where the provinces' data reach differently, as a national store holds
 * them: a rule that names no periods (it runs from the data's first period to the last,
 * which the country's own 2018 figure opens), P1's departments submit no records (so P1's
 * product count expects them only because other provinces' departments report), and P2's
 * records begin in 2021 (so its earlier counts are 0 only because others' records reach back).
 */
export const UNEVEN_PACK: Pack = {
  ...MINI_PACK,
  id: 'mini-uneven',
  rules: [
    ...(MINI_PACK.rules ?? []),
    {
      id: 'province_reports',
      template: 'completeness',
      severity: 'warning',
      missing: 'never_skip',
      scope: { unitKinds: ['province'] },
      params: { indicators: ['online_dossier_rate'] },
    },
  ],
}

/** The records of {@link UNEVEN_PACK}'s country: {@link miniRecords}, less P1's departments' and P2's before 2021. */
export function unevenRecords(): string {
  const p2 = new Set(['P2', ...communes.filter((_, c) => provinceOf(c) === 'P2')])
  for (const code of agencies) if (code.startsWith('P2.')) p2.add(code)
  return miniRecords()
    .split('\n')
    .filter((line) => {
      const [, , unit = '', date = ''] = line.split(',')
      if (unit.startsWith('P1.A')) return false
      return !(p2.has(unit) && date < '2021')
    })
    .join('\n')
}
