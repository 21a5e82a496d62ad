import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { tiendoInProcess } from './tiendo'

async function load(path: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook()
  await book.xlsx.load(readFileSync(path) as never)
  return book
}

describe('tiendo template', () => {
  it('writes a workbook that validates empty, with drop-down lists and bounds on the data sheet', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tiendo-template-'))
    const made = await tiendoInProcess(
      ['template', '--pack', 'ninh-thuan', '--output', 'x.xlsx', '--lang', 'vi'],
      dir,
    )
    expect(made.stderr).toBe('')
    expect(made.code).toBe(0)
    expect(made.stdout).toContain('tiendo validate x.xlsx --pack ninh-thuan')

    const book = await load(join(dir, 'x.xlsx'))
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual([
      'Số liệu',
      'Chỉ tiêu',
      'Đơn vị',
      'Hướng dẫn',
    ])
    const data = book.getWorksheet('Số liệu')!
    expect(data.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    expect(String(data.getCell('A1').value)).toBe('indicator\nChỉ tiêu · Indicator')
    expect(String(data.getCell('D1').note)).toContain('giới hạn của chỉ tiêu')
    // Codes and periods are typed as text (`01` stays `01`, `2024-09` no date); values as numbers.
    const formats = [1, 2, 3, 4, 5, 6, 7].map((column) => data.getColumn(column).numFmt)
    expect(formats).toEqual(['@', '@', '@', undefined, '@', '@', '@'])
    expect(data.getCell('A2').dataValidation).toMatchObject({
      type: 'list',
      formulae: [expect.stringMatching(/^'Chỉ tiêu'!\$A\$2:\$A\$\d+$/)],
    })
    expect(data.getCell('B300').dataValidation).toMatchObject({
      type: 'list',
      formulae: [expect.stringMatching(/^'Đơn vị'!\$A\$2:\$A\$\d+$/)],
    })
    expect(data.getCell('C2').dataValidation).toMatchObject({ type: 'list' })
    expect(data.getCell('D2').dataValidation).toMatchObject({
      type: 'custom',
      formulae: [expect.stringContaining('VLOOKUP($A2')],
    })
    // The catalogue lists what is submitted, not what Tiendo derives, with its bounds.
    const catalogue = book.getWorksheet('Chỉ tiêu')!
    const ids = catalogue.getColumn(1).values.slice(2).map(String)
    expect(ids).toContain('digital_economy_share_grdp')
    expect(ids).not.toContain('sme_digital_platform_rate')
    const row = catalogue.getRow(ids.indexOf('digital_economy_share_grdp') + 2)
    expect([row.getCell(5).value, row.getCell(6).value]).toEqual([0, 100])
    // Counts take whole numbers, and the value's check looks that up (column I).
    const count = catalogue.getRow(ids.indexOf('bts_5g_count') + 2)
    expect([row.getCell(9).value, count.getCell(9).value]).toEqual(['không', 'có'])
    expect(data.getCell('D2').dataValidation.formulae?.[0]).toContain(
      `OR(IFERROR(VLOOKUP($A2,'Chỉ tiêu'!$A$2:$I$`,
    )
    expect(data.getCell('D2').dataValidation.formulae?.[0]).toContain(
      ',9,FALSE)<>"có",TRUE),D2=INT(D2))',
    )

    const empty = await tiendoInProcess(['validate', 'x.xlsx', '--pack', 'ninh-thuan'], dir)
    expect(empty.code, empty.stdout + empty.stderr).toBe(0)
  })

  it('reads back what a user filled in, and locates a value out of bounds', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tiendo-template-'))
    await tiendoInProcess(
      [
        'template',
        '--pack',
        'ninh-thuan',
        '--unit',
        '58',
        '--period',
        '2024',
        '--output',
        'x.xlsx',
      ],
      dir,
    )
    const book = await load(join(dir, 'x.xlsx'))
    const units = book.getWorksheet('Đơn vị')!.getColumn(1).values.slice(2).map(String)
    expect(units[0]).toBe('58')
    const data = book.getWorksheet('Số liệu')!
    data.getRow(2).values = ['digital_economy_share_grdp', '58', 2024, 9.56, 'estimate']
    data.getRow(3).values = ['smartphone_user_rate', '58', '2024', 87.5, 'actual', 'Sở TT&TT']
    // Saves the workbook as it stands and validates it, as a unit would before sending.
    const validateAs = async (name: string) => {
      writeFileSync(join(dir, name), new Uint8Array(await book.xlsx.writeBuffer()))
      return tiendoInProcess(['validate', name, '--pack', 'ninh-thuan', '--format', 'json'], dir)
    }
    const good = await validateAs('filled.xlsx')
    expect(good.code, good.stdout).toBe(0)
    const report = JSON.parse(good.stdout)
    expect(report.stats).toMatchObject({ rows: 2 })
    expect(report.issues).toEqual([])

    data.getRow(4).values = ['smartphone_user_rate', '58', '2023', 187.5]
    const bad = await validateAs('bad.xlsx')
    expect(bad.code).toBe(1)
    const issue = JSON.parse(bad.stdout).issues.find(
      (candidate: { severity: string }) => candidate.severity === 'error',
    )
    expect(issue).toMatchObject({
      code: 'value_out_of_bounds',
      file: 'bad.xlsx',
      sheet: 'Số liệu',
      row: 4,
      column: 'value',
    })

    // A count typed with decimals in a number cell: refused where Excel let it through.
    data.getRow(4).values = ['bts_5g_count', '58', '2024', 12.5]
    const half = await validateAs('half.xlsx')
    expect(half.code).toBe(1)
    expect(JSON.parse(half.stdout).issues).toMatchObject([
      { code: 'value_not_whole', value: '12.5', sheet: 'Số liệu', row: 4, column: 'value' },
    ])
  })

  it('refuses a unit the pack does not have, and a file that is not .xlsx', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tiendo-template-'))
    const unit = await tiendoInProcess(['template', '--pack', 'ninh-thuan', '--unit', '999'], dir)
    expect(unit.code).toBe(2)
    expect(unit.stderr).toContain('tiendo units --pack ninh-thuan')
    const csv = await tiendoInProcess(['template', '--output', 'mau.csv', '--lang', 'en'], dir)
    expect(csv.code).toBe(2)
    expect(csv.stderr).toContain('writes an Excel .xlsx file')
  })

  it('refuses a period that is not one, and a file name given without --output', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tiendo-template-'))
    const period = await tiendoInProcess(['template', '--period', '2024-Q5', '--lang', 'en'], dir)
    expect(period.code).toBe(2)
    expect(period.stderr).toContain('`--period 2024-Q5` is not a period')
    // Ignoring the name would write `mau-so-lieu.xlsx` instead, and exit 0.
    const named = await tiendoInProcess(['template', 'quy-3.xlsx', '--lang', 'en'], dir)
    expect(named.code).toBe(2)
    expect(named.stderr).toContain('`--output quy-3.xlsx`')
    expect(readdirSync(dir)).toEqual([])
  })
})
