import { describe, expect, it } from 'vitest'
import type { RawRow } from '../rows/raw-row'
import { signatureTextOf } from './signature-row'

const row = (cells: Record<string, string>): RawRow => ({
  kind: 'row',
  cells,
  location: { file: 'f.csv', row: 9 },
})

describe('signatureTextOf', () => {
  it.each([
    'Người lập biểu',
    'NGƯỜI LẬP BIỂU',
    'Thủ trưởng đơn vị',
    'KT. GIÁM ĐỐC',
    'TM. ỦY BAN NHÂN DÂN',
    'Q. CHỦ TỊCH',
    'PHÓ GIÁM ĐỐC',
    '(Ký, ghi rõ họ tên)',
    '(Ký tên, đóng dấu)',
    'Nơi nhận:',
    '- Như trên;',
    '- Lưu: VT, KHTC.',
    'Ninh Thuận, ngày 15 tháng 01 năm 2025',
    'Phan Rang, ngày … tháng … năm 2025',
    'ngày    tháng    năm 2025',
    'Prepared by',
  ])('tells a line of the signing block: %s', (text) => {
    expect(signatureTextOf(row({ indicator: text }), false)).toBe(text)
    expect(signatureTextOf(row({ unit: '', period: text, value: '' }), false)).toBe(text)
  })

  it('names the line that tells it, not the first text, when two signers stand side by side', () => {
    expect(
      signatureTextOf(row({ indicator: 'Nguyễn Văn A', value: 'Thủ trưởng đơn vị' }), false),
    ).toBe('Thủ trưởng đơn vị')
  })

  it('takes a row of plain text for a line only within a block begun: the signer’s name', () => {
    const name = row({ indicator: 'Nguyễn Văn A', value: 'Trần Thị B' })
    expect(signatureTextOf(name, false)).toBeUndefined()
    expect(signatureTextOf(name, true)).toBe('Nguyễn Văn A')
  })

  it.each([
    // A figure beside a title: data written oddly, which keeps its own errors.
    [{ indicator: 'Người lập biểu', value: '87.5' }],
    [{ indicator: 'Thủ trưởng đơn vị', unit: '58', period: '2024' }],
    // An id is a data row's, its value left out: `value_required` stands.
    [{ indicator: 'kt_revenue', unit: 'VN', period: 'Q. Một' }],
    [{ indicator: 'Tổng số doanh nghiệp', value: '1250' }],
  ])('takes no row with a figure or an id for one: %j', (cells) => {
    expect(signatureTextOf(row(cells), false)).toBeUndefined()
    expect(signatureTextOf(row(cells), true)).toBeUndefined()
  })

  it('takes no other text for an opening', () => {
    // `Kỳ báo cáo` (the period) folds as `Ký` (sign) does.
    expect(signatureTextOf(row({ indicator: 'Kỳ báo cáo' }), false)).toBeUndefined()
    expect(signatureTextOf(row({ indicator: 'Số doanh nghiệp' }), false)).toBeUndefined()
    expect(signatureTextOf(row({ note: 'ký hợp đồng điện tử' }), false)).toBeUndefined()
  })
})
