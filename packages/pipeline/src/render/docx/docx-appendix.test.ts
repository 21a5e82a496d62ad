import * as docx from 'docx'
import { describe, expect, it } from 'vitest'
import type { ReportTable } from '../tables/table-model'
import { blocks, readDocx, tableRows, textOf } from './__tests__/read-docx'
import { kit } from './decree-30'
import { appendixParagraphs, MAX_DOCUMENT_ROWS } from './docx-appendix'

/** A document holding one appendix with `rows` figures. */
async function appendix(rows: number) {
  const table: ReportTable = {
    id: 'figures',
    title: 'Số liệu',
    columns: [
      { id: 'indicator', header: 'Chỉ số', width: 30 },
      { id: 'period', header: 'Kỳ', width: 10 },
      { id: 'value', header: 'Giá trị', width: 10 },
    ],
    rows: Array.from({ length: rows }, (_, i) => [
      { kind: 'text', text: `chỉ số ${i + 1}` },
      { kind: 'text', text: '2024' },
      { kind: 'number', value: String(i), text: String(i), places: 0 },
    ]),
  }
  const children = appendixParagraphs(
    kit(docx),
    { id: 'figures', tables: [table] },
    2,
    '12/BC-X',
    'vi',
  )
  const document = new docx.Document({ sections: [{ children }] })
  return readDocx(await docx.Packer.pack(document, 'uint8array')).document
}

describe('the document’s appendix tables', () => {
  it('number their rows, name their period in words, and align numbers right', async () => {
    const xml = await appendix(3)
    const rows = tableRows(blocks(xml, 'w:tbl')[0]!)
    expect(rows).toEqual([
      ['STT', 'Chỉ số', 'Kỳ', 'Giá trị'],
      ['1', 'chỉ số 1', 'năm 2024', '0'],
      ['2', 'chỉ số 2', 'năm 2024', '1'],
      ['3', 'chỉ số 3', 'năm 2024', '2'],
    ])
    expect(textOf(xml)).toContain('Phụ lục II')
    expect(xml).toContain('<w:tblHeader/>')
    const valueCell = blocks(blocks(blocks(xml, 'w:tbl')[0]!, 'w:tr')[1]!, 'w:tc')[3]!
    expect(valueCell).toContain('<w:jc w:val="right"/>')
  })

  it('stop at a size Word can open, saying how many rows the workbook has besides', async () => {
    const xml = await appendix(MAX_DOCUMENT_ROWS + 5)
    expect(tableRows(blocks(xml, 'w:tbl')[0]!)).toHaveLength(MAX_DOCUMENT_ROWS + 1)
    expect(textOf(xml)).toContain('… và 5 dòng nữa: xem bảng tính Excel')
  })
})
