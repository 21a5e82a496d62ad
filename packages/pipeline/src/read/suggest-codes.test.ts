import { describe, expect, it } from 'vitest'
import { runPipeline } from '../browser'

// Rows as a clerk fills them in: the province by its name, an indicator id as a heading.
const ROWS = [
  'indicator,unit,period,value',
  'smartphone_user_rate,Ninh Thuận,2024,87.5',
  'smartphone_user_rate,tinh ninh thuan,2024,87.5',
  'Smartphone_User_Rate,58,2024,87.5',
  'smartphone user rate,58,2024,87.5',
  'smartphone_user_rate,Tỉnh Không Có,2024,87.5',
  'Tỷ lệ người dân sử dụng điện thoại thông minh,58,2024,87.5',
  'tỷ lệ người dân sử dụng điện thoại thông minh ,58,2024,87.5',
  'Tỷ lệ người dân sử dụng điện thoại thông minh (%),58,2024,87.5',
  '1.2. Tỉ lệ người dân sử dụng điện thoại thông minh,58,2024,87.5',
  'II. Tỷ lệ người dân,58,2024,87.5',
].join('\n')

async function issuesByRow() {
  const report = await runPipeline({
    pack: 'ninh-thuan',
    sources: [{ name: 'so-lieu.csv', text: ROWS }],
    today: '2026-01-10',
  })
  return (row: number) => report.validation.issues.filter((issue) => issue.location?.row === row)
}

describe('a cell written as a name instead of a code', () => {
  it('is refused, and its hint names the code meant, in both languages', async () => {
    const at = await issuesByRow()
    for (const row of [2, 3]) {
      const [issue] = at(row)
      expect(issue?.code).toBe('unit_ref_syntax')
      expect(issue?.severity).toBe('error')
      expect(issue?.hint?.vi).toMatch(/^Có phải là `58` \(Tỉnh Ninh Thuận\)\? Ghi mã đơn vị/)
      expect(issue?.hint?.en).toMatch(/^Did you mean `58` \(Ninh Thuận province\)\? Write/)
    }
    for (const row of [4, 5]) {
      const [issue] = at(row)
      expect(issue?.code).toBe('id_syntax')
      expect(issue?.hint?.en).toMatch(/^Did you mean `smartphone_user_rate`\?/)
    }
  })

  it('names the indicator whose name a clerk copied from the form', async () => {
    const at = await issuesByRow()
    // With the form's row number, its unit, `tỉ` for `tỷ`: the same name.
    for (const row of [7, 8, 9, 10]) {
      const [issue] = at(row)
      expect(issue?.code).toBe('id_syntax')
      expect(issue?.hint?.vi).toMatch(
        /^Có phải là `smartphone_user_rate` \(Tỷ lệ người dân sử dụng điện thoại thông minh\)\? Dùng/,
      )
      expect(issue?.hint?.en).toMatch(/^Did you mean `smartphone_user_rate` \(.+\)\? Use/)
    }
  })

  it('keeps the plain hint when no unit has that name', async () => {
    const at = await issuesByRow()
    const [issue] = at(6)
    expect(issue?.code).toBe('unit_ref_syntax')
    expect(issue?.hint?.en).toMatch(/^Write a unit code/)
    // Part of an indicator's name is no name.
    expect(at(11)[0]?.hint?.en).toMatch(/^Use lowercase/)
  })
})

describe('a unit name that several units share', () => {
  // Khánh Hòa is a province and, since 2025, a commune of Lào Cai; Thanh Hóa names a
  // province and communes too.
  async function hints(rows: readonly string[]) {
    const report = await runPipeline({
      pack: 'vn-national',
      sources: [{ name: 'so-lieu.csv', text: ['indicator,unit,period,value', ...rows].join('\n') }],
      today: '2026-12-07',
    })
    return report.validation.issues.map((issue) => [issue.location?.row, issue.hint?.en])
  }

  it('names the unit of the kind written, valid in the period, by its one code', async () => {
    const found = await hints([
      'digital_economy_share_grdp,Tỉnh Khánh Hòa,2024,10',
      'digital_economy_share_grdp,Tỉnh Khánh Hoà,2026,10',
      'digital_economy_share_grdp,Xã Khánh Hòa,2026,10',
    ])
    expect(found).toEqual([
      [2, expect.stringMatching(/^Did you mean `56` \(Khánh Hòa province\)\? Write/)],
      [3, expect.stringMatching(/^Did you mean `56` \(Khánh Hòa province\)\? Write/)],
      [4, expect.stringMatching(/^Did you mean `04342` \(Xã Khánh Hòa\)\? Write/)],
    ])
  })

  it('reads a hyphen with spaces around it, or left out, as the name’s', async () => {
    const report = await runPipeline({
      pack: 'ninh-thuan',
      sources: [
        {
          name: 'so-lieu.csv',
          text: [
            'indicator,unit,period,value',
            'smartphone_user_rate,TP. Phan Rang - Tháp Chàm,2024,87.5',
            'smartphone_user_rate,Phan Rang Tháp Chàm,2024,87.5',
          ].join('\n'),
        },
      ],
      today: '2026-12-07',
    })
    for (const issue of report.validation.issues) {
      expect(issue.hint?.vi).toMatch(/^Có phải là `582` \(Thành phố Phan Rang-Tháp Chàm\)\?/)
    }
    expect(report.validation.issues).toHaveLength(2)
  })

  it('offers each unit the name fits when no kind is written, only those of the period', async () => {
    const found = await hints([
      'digital_economy_share_grdp,Khánh Hòa,2026,10',
      'digital_economy_share_grdp,Khánh Hòa,2024,10',
    ])
    expect(found).toEqual([
      [
        2,
        expect.stringMatching(
          /^Did you mean `56` \(Khánh Hòa province\), `04342` \(Xã Khánh Hòa\) or `\d{5}` \(.+\)\? /,
        ),
      ],
      [3, expect.stringMatching(/^Did you mean `56` \(Khánh Hòa province\)\? Write/)],
    ])
  })
})

describe('a record kind not written as an id', () => {
  it('names the kind the pack counts', async () => {
    const rows = [
      'id,kind,unit,date,status,title',
      'DX-1,dx-product,58,2024-03-05,completed,Cổng dịch vụ công',
      'DX-2,DX Product,58,2024-03-05,completed,Ứng dụng',
      'DX-3,Sản phẩm,58,2024-03-05,completed,Ứng dụng',
    ]
    const report = await runPipeline({
      pack: 'ninh-thuan',
      sources: [{ name: 'san-pham.csv', text: rows.join('\n') }],
      today: '2026-01-10',
    })
    const hints = report.validation.issues.map((issue) => [
      issue.code,
      issue.location?.row,
      issue.hint?.en,
    ])
    expect(hints).toEqual([
      ['id_syntax', 2, expect.stringMatching(/^Did you mean `dx_product`\? Use/)],
      ['id_syntax', 3, expect.stringMatching(/^Did you mean `dx_product`\? Use/)],
      ['id_syntax', 4, expect.stringMatching(/^Use lowercase/)],
    ])
  })
})
