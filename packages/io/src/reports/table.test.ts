import { describe, expect, it } from 'vitest'
import { renderTable, wrapText } from './table'

const visible = (line: string) => [...line].length

describe('renderTable', () => {
  const rows = [
    [
      'lỗi',
      'Huyện Bác Ái',
      'Huyện Bác Ái (584) chưa hoàn thành đủ sản phẩm chuyển đổi số trong năm 2022: mỗi đơn vị phải hoàn thành ít nhất một sản phẩm mỗi năm.',
    ],
    ['cảnh báo', 'Tỉnh Ninh Thuận', 'Ngắn.'],
  ]

  it('keeps a table that fits as it is', () => {
    const table = renderTable(['Mức', 'Đơn vị', 'Nội dung'], rows)
    expect(table.split('\n')).toHaveLength(5)
  })

  it('wraps the widest cells inside their column to fit the width, losing no word', () => {
    const table = renderTable(['Mức', 'Đơn vị', 'Nội dung'], rows, [], { width: 80 })
    const lines = table.trimEnd().split('\n')
    for (const line of lines) expect(visible(line)).toBeLessThanOrEqual(80)
    expect(lines.length).toBeGreaterThan(5)
    const words = (text: string) => text.split(/[\s─]+/).filter(Boolean)
    expect(words(table).sort()).toEqual(
      words(renderTable(['Mức', 'Đơn vị', 'Nội dung'], rows)).sort(),
    )
    // The message's column starts at the same place on every line of the first row.
    const start = lines[0]!.indexOf('Nội dung')
    expect(lines[2]!.slice(start)).toMatch(/^Huyện Bác Ái \(584\)/)
    expect(lines[3]!.slice(start)).toMatch(/^\S/)
    // A long message gets more of the room than the short columns.
    const columns = lines[1]!.split('  ').map((rule) => rule.length)
    expect(columns.at(-1)).toBe(Math.max(...columns))
  })

  it('cuts a word longer than its column rather than overflow', () => {
    const table = renderTable(['A', 'B'], [['x', 'a'.repeat(120)]], [], { width: 40 })
    for (const line of table.trimEnd().split('\n')) expect(visible(line)).toBeLessThanOrEqual(40)
    expect(table.replace(/[\s─x]/g, '').replace(/^AB/, '')).toBe('a'.repeat(120))
  })
})

describe('wrapText', () => {
  it('breaks prose between words under the width, with a hanging indent', () => {
    const text =
      'Kết quả kiểm tra quy tắc: 72 đạt, 8 không đạt, 0 bỏ qua, trên 80 phạm vi (đơn vị × kỳ)'
    const wrapped = wrapText(text, 40, '  ')
    const lines = wrapped.trimEnd().split('\n')
    expect(lines.length).toBeGreaterThan(1)
    for (const line of lines) expect(visible(line)).toBeLessThanOrEqual(40)
    expect(lines.slice(1).every((line) => line.startsWith('  '))).toBe(true)
    expect(wrapped.replace(/\s+/g, ' ').trim()).toBe(text)
    expect(wrapText('ngắn', 40)).toBe('ngắn\n')
  })

  it('cuts a word wider than the line, a link in a pack say, where the line ends', () => {
    const link = `https://example.vn/${'tin-tuc-'.repeat(12)}a1.html`
    const text = `Kế hoạch năm 2023, theo báo (${link})`
    const wrapped = wrapText(text, 40, '  ')
    const lines = wrapped.trimEnd().split('\n')
    for (const line of lines) expect(visible(line)).toBeLessThanOrEqual(40)
    // Nothing lost: the lines, their indent taken off, give the text back.
    expect(wrapped.replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''))
    expect(lines.slice(1).every((line) => line.startsWith('  '))).toBe(true)
    // An indent as wide as the line still ends.
    expect(wrapText('abcdef', 2, '    ').length).toBeGreaterThan(0)
  })
})
