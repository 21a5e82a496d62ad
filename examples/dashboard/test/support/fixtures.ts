import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { datasetPath } from '@tiendo/packs/node'
import ExcelJS from 'exceljs'
import { RESULTS } from './paths'

/** Where the fixtures are written: the app and the CLI read the same files, by the same names. */
export const FIXTURES = join(RESULTS, 'fixtures')

/**
 * A CSV with three broken rows: an unknown indicator (line 3), a percent above 100 (line 4),
 * a value that is not a number (line 5); line 2 is fine.
 */
export const BROKEN_CSV = [
  'indicator,unit,period,value',
  'smartphone_user_rate,58,2024,87.5',
  'digital_economy_shar,VN,2024,13',
  'household_fibre_rate,58,2024,187.5',
  'smartphone_user_rate,58,2023,abc',
  '',
].join('\n')

/**
 * A workbook: the national digital economy share 2020–2025 (20% by 2025 missed, 30% by 2030
 * ahead: a projection with its band), Khánh Hòa before and after the 2025 merger (`56` in
 * 2024, the merged `56` in 2025), and one row in the future (sheet row 10).
 */
async function workbook(): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet('So lieu')
  sheet.addRow(['indicator', 'unit', 'period', 'value'])
  const rows: [string, string, string, number][] = [
    ['digital_economy_share_grdp', 'VN', '2020', 12.66],
    ['digital_economy_share_grdp', 'VN', '2021', 12.87],
    ['digital_economy_share_grdp', 'VN', '2022', 12.99],
    ['digital_economy_share_grdp', 'VN', '2023', 12.33],
    ['digital_economy_share_grdp', 'VN', '2024', 13.17],
    ['digital_economy_share_grdp', 'VN', '2025', 14.02],
    ['smartphone_user_rate', '56', '2024', 80.1],
    ['smartphone_user_rate', '56', '2025', 84.3],
    ['smartphone_user_rate', '58', '2099', 90],
  ]
  for (const row of rows) sheet.addRow(row)
  return Buffer.from(await book.xlsx.writeBuffer())
}

/** A province's pack: the Ninh Thuận pack, and one more target of its own. */
export const PACK_FILE = `${JSON.stringify(
  {
    id: 'tinh-thu-nghiem',
    version: '1.0.0',
    title: { vi: 'Gói thử nghiệm của tỉnh', en: 'A province’s test pack' },
    extends: 'ninh-thuan',
    targets: [
      {
        id: 'smartphone_58_2026',
        indicator: 'smartphone_user_rate',
        unit: '58',
        comparator: 'gte',
        value: '95',
        by: '2026',
      },
    ],
  },
  null,
  2,
)}\n`

/** A pack file that is not a pack: a severity no rule can have. */
export const BAD_PACK_FILE = `${JSON.stringify({ id: 'hong', version: '1.0.0', title: { vi: 'Hỏng', en: 'Broken' }, extends: 'vn-national', rules: [{ id: 'r', severity: 'fatal' }] }, null, 2)}\n`

/** The fixture files, written once; returns their paths by name. */
export async function writeFixtures(): Promise<Record<string, string>> {
  await mkdir(FIXTURES, { recursive: true })
  const files: Record<string, string | Buffer> = {
    'broken.csv': BROKEN_CSV,
    'so-lieu.xlsx': await workbook(),
    // The bundled illustrative DX products, under a name of the user's: not labelled as bundled.
    'san-pham.csv': await readFile(datasetPath('ninh-thuan-dx-products.illustrative'), 'utf8'),
    'tinh.pack.json': PACK_FILE,
    'hong.pack.json': BAD_PACK_FILE,
  }
  const paths: Record<string, string> = {}
  for (const [name, content] of Object.entries(files)) {
    paths[name] = join(FIXTURES, name)
    await writeFile(paths[name], content)
  }
  return paths
}

/**
 * A file of 100,000 observation rows for the Ninh Thuận pack (months of percent indicators
 * over its units), ten of them broken (a value that is not a number).
 */
export async function writeBigFile(name: string, rows = 100_000): Promise<string> {
  const { getBuiltInPack } = await import('@tiendo/packs')
  const indicators = (getBuiltInPack('vn-national').indicators ?? [])
    .filter((indicator) => indicator.unit === 'percent')
    .map((indicator) => indicator.id)
  const units = (getBuiltInPack('ninh-thuan').units ?? [])
    .filter((unit) => unit.validFrom === undefined)
    .map((unit) => unit.code)
  const lines = ['indicator,unit,period,value']
  outer: for (const unit of units) {
    for (const indicator of indicators) {
      for (let year = 2010; year <= 2024; year++) {
        for (let month = 1; month <= 12; month++) {
          const n = lines.length
          const value = n % 10_000 === 0 ? 'n/a' : String(((n * 7919) % 1000) / 10)
          lines.push(`${indicator},${unit},${year}-${String(month).padStart(2, '0')},${value}`)
          if (lines.length > rows) break outer
        }
      }
    }
  }
  if (lines.length <= rows) throw new Error(`only ${lines.length - 1} distinct rows could be made`)
  const path = join(FIXTURES, name)
  await mkdir(FIXTURES, { recursive: true })
  await writeFile(path, `${lines.join('\n')}\n`)
  return path
}
