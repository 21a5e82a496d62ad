import { describe, expect, it } from 'vitest'
import { cutAtWidth, displayWidth } from './display-width'

describe('displayWidth', () => {
  it('counts ASCII and Vietnamese a column a letter, composed (NFC) or not (NFD)', () => {
    expect(displayWidth('')).toBe(0)
    expect(displayWidth('Ninh Thuan 58')).toBe(13)
    const name = 'Tỉnh Ninh Thuận, Sở Thông tin và Truyền thông'
    expect(displayWidth(name.normalize('NFC'))).toBe(name.length)
    expect(name.normalize('NFD').length).toBeGreaterThan(name.length)
    expect(displayWidth(name.normalize('NFD'))).toBe(name.length)
    // ệ written as e, a dot below and a circumflex: one column.
    expect(displayWidth('e\u0323\u0302')).toBe(1)
  })

  it('counts East Asian wide and fullwidth characters two columns', () => {
    expect(displayWidth('東京都庁')).toBe(8)
    expect(displayWidth('デジタル')).toBe(8)
    expect(displayWidth('서울특별시')).toBe(10)
    expect(displayWidth('ＡＢＣ１２')).toBe(10) // fullwidth forms
    expect(displayWidth('\u3000')).toBe(2) // ideographic space (F)
    expect(displayWidth('𠀋')).toBe(2) // CJK extension B, plane 2
    expect(displayWidth('ｱｲｳ')).toBe(3) // halfwidth katakana stay one column
    expect(displayWidth('Sở 東京 (58.CJK)')).toBe(16)
  })

  it('counts an emoji two columns, however many code points make it', () => {
    expect(displayWidth('✅')).toBe(2)
    expect(displayWidth('📊')).toBe(2)
    expect(displayWidth('👩‍💻')).toBe(2) // joined by U+200D
    expect(displayWidth('👍🏽')).toBe(2) // with a skin tone
    expect(displayWidth('🇻🇳')).toBe(2) // a flag: two regional indicators
    expect(displayWidth('❤️')).toBe(2) // a text-style heart made emoji by U+FE0F
    expect(displayWidth('1️⃣')).toBe(2) // a keycap
    // Shown as text, they are one column, as the terminal draws them.
    expect(displayWidth('✔ ✘ — ❤')).toBe(7)
  })

  it('gives controls, joiners, marks and colour codes no column', () => {
    expect(displayWidth('\u001b[31mlỗi\u001b[39m')).toBe(3)
    expect(displayWidth('a\u200bb\u200dc\u00add')).toBe(4)
    expect(displayWidth('\u0301')).toBe(0)
  })
})

describe('cutAtWidth', () => {
  it('cuts where the columns end, never inside a wide character or a letter with its marks', () => {
    expect(cutAtWidth('abcdef', 4)).toEqual(['abcd', 'ef'])
    // 東 takes columns 1–2, 京 3–4: five columns hold two of them, not two and a half.
    expect(cutAtWidth('東京都庁', 5)).toEqual(['東京', '都庁'])
    const nfd = 'Thuận'.normalize('NFD')
    const [head, rest] = cutAtWidth(nfd, 4)
    expect(head).toBe('Thuậ'.normalize('NFD'))
    expect(rest).toBe('n')
    expect(cutAtWidth('a👩‍💻b', 2)).toEqual(['a', '👩‍💻b'])
    expect(cutAtWidth('ab', 5)).toEqual(['ab', ''])
  })

  it('always takes one character, so a wide one on a one-column line still goes', () => {
    expect(cutAtWidth('東京', 1)).toEqual(['東', '京'])
  })
})
