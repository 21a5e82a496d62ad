import { describe, expect, it } from 'vitest'
import { displayWidth } from './display-width'
import { renderTable, wrapText } from './table'

const visible = displayWidth

/** The lines of a table or text, without the line break that ends the last. */
const linesOf = (text: string) => text.trimEnd().split('\n')

// A unit with a Japanese name, as in a pack for a twinned city: 20 wide characters a run.
const wide = '東京都庁デジタル変革推進本部東京都庁デジタル'

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

  it('counts wide characters two columns, so a table with CJK names fits the width', () => {
    const rows = [
      ['dx_product_every_year', `${wide} ${wide} (58.CJK) chưa hoàn thành đủ sản phẩm năm 2022.`],
      ['completeness', 'Ngắn.'],
    ]
    for (const width of [80, 100, 120]) {
      const table = renderTable(['Quy tắc', 'Nội dung'], rows, [], { width })
      for (const line of linesOf(table)) expect(visible(line)).toBeLessThanOrEqual(width)
      // Nothing lost, nothing cut inside a character.
      expect(table.replace(/[\s─]/g, '')).toBe(
        `Quytắc Nộidung ${rows.flat().join('')}`.replace(/\s/g, ''),
      )
    }
  })

  it('cuts an unbroken run of wide characters between characters, within the column', () => {
    const run = `${wide}${wide}${wide}`
    const table = renderTable(['Mã', 'Tên'], [['58.CJK', run]], [], { width: 31 })
    const lines = linesOf(table)
    for (const line of lines) expect(visible(line)).toBeLessThanOrEqual(31)
    const start = lines[0]!.indexOf('Tên')
    const cells = lines.slice(2).map((line) => line.slice(start))
    // The column is 23 wide: 11 characters a line, the 12th would take columns 23–24.
    expect(cells.slice(0, -1).every((cell) => cell.trimEnd().length === 11)).toBe(true)
    expect(cells.join('').replace(/\s/g, '')).toBe(run)
  })

  it("starts a new line inside the cell at a line break in it, in the cell's own column", () => {
    const table = renderTable(
      ['Code', 'Name', 'Kind'],
      [['58.X', 'Dept "A&B" | 100%: x,y\nline2', 'agency']],
    )
    const lines = linesOf(table)
    expect(lines).toHaveLength(4)
    const start = lines[0]!.indexOf('Name')
    expect(lines[2]!.slice(start)).toMatch(/^Dept "A&B" \| 100%: x,y\s+agency$/)
    expect(lines[3]).toBe(`${' '.repeat(start)}line2`)
    // Narrowed, each of its lines wraps on its own.
    const narrow = renderTable(['Name'], [['alpha beta gamma\ndelta']], [], { width: 11 })
    expect(linesOf(narrow).slice(2)).toEqual(['alpha beta', 'gamma', 'delta'])
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

  it('counts wide characters two columns and cuts a run of them between characters', () => {
    const text = `lỗi rule_failed/dx_product_every_year: ${wide}${wide} (58.CJK) chưa hoàn thành`
    for (const width of [40, 41]) {
      const wrapped = wrapText(text, width, '  ')
      const lines = linesOf(wrapped)
      for (const line of lines) expect(visible(line)).toBeLessThanOrEqual(width)
      expect(lines.slice(1).every((line) => line.startsWith('  '))).toBe(true)
      expect(wrapped.replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''))
    }
  })

  it('breaks the line at a line break in the text, keeping the hanging indent', () => {
    expect(wrapText('Dept x,y\nline2 (58.X) failed', 80, '  ')).toBe(
      'Dept x,y\n  line2 (58.X) failed\n',
    )
    expect(wrapText('one\r\ntwo three', 7, '  ')).toBe('one\n  two\n  three\n')
  })
})
