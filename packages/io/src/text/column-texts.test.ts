import { describe, expect, it } from 'vitest'
import { ColumnTexts } from './column-texts'

describe('ColumnTexts', () => {
  it('gives each text in NFC, remembered or not', () => {
    const texts = new ColumnTexts()
    const decomposed = 'Khánh Hòa'.normalize('NFD')
    expect(texts.text(decomposed)).toBe('Khánh Hòa'.normalize('NFC'))
    // Asked again (now remembered): the same answer.
    expect(texts.text(`${decomposed} `.slice(0, -1))).toBe('Khánh Hòa'.normalize('NFC'))
    expect(texts.text('smartphone_user_rate')).toBe('smartphone_user_rate')
    expect(texts.text('smartphone_user_rate')).toBe('smartphone_user_rate')
  })

  it('keeps normalising a column whose texts mostly differ, after giving up remembering', () => {
    const texts = new ColumnTexts()
    for (let i = 0; i < 3000; i++) expect(texts.text(`value ${i}`)).toBe(`value ${i}`)
    expect(texts.text('Hòa'.normalize('NFD'))).toBe('Hòa'.normalize('NFC'))
  })

  it('returns long texts normalised without keeping them', () => {
    const texts = new ColumnTexts()
    const long = 'ệ'.normalize('NFD').repeat(300)
    expect(texts.text(long)).toBe(long.normalize('NFC'))
  })
})
