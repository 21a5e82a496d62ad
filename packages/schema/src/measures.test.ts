import { describe, expect, it } from 'vitest'
import { listedMeasures, MEASURE_WORDS, suggestMeasure, WHOLE_MEASURES } from './measures'

describe('suggestMeasure', () => {
  it.each([
    ['%', 'percent'],
    ['(%)', 'percent'],
    ['Phần trăm', 'percent'],
    ['tỷ đồng', 'vnd_billion'],
    ['Tỉ đồng', 'vnd_billion'],
    ['hộ', 'count'],
    ['Số lượng', 'count'],
    ['điểm', 'score'],
    ['Thứ hạng', 'rank'],
    ['ngày', 'day'],
    ['°C', 'celsius'],
  ])('reads %j as %s', (text, id) => {
    expect(suggestMeasure(text)).toBe(id)
  })

  it.each(['km', 'triệu đồng', '', 'x'.repeat(80)])('offers nothing for %j', (text) => {
    expect(suggestMeasure(text)).toBeUndefined()
  })
})

describe('the known units of measure', () => {
  it('lists every unit with words in both languages, in the hint of each', () => {
    for (const [id, words] of Object.entries(MEASURE_WORDS)) {
      expect(words.vi.length * words.en.length).toBeGreaterThan(0)
      expect(listedMeasures('vi')).toContain(`\`${id}\``)
      expect(listedMeasures('en')).toContain(`\`${id}\``)
    }
    expect(listedMeasures('vi')).toMatch(/^`percent` \(%\), `count` \(số lượng\), /)
    expect(listedMeasures('en')).toMatch(/^`percent` \(%\), `count`, `vnd_billion` \(VND billion\)/)
  })

  it('reads back the label a Vietnamese hint shows beside each id as that id', () => {
    const labels = listedMeasures('vi').matchAll(/`(\w+)` \(([^)]+)\)/g)
    const read = [...labels].map(([, id, label]) => [id, suggestMeasure(label!)])
    expect(read.length).toBe(Object.keys(MEASURE_WORDS).length)
    for (const [id, suggested] of read) expect(suggested).toBe(id)
  })

  it('takes counts and ranks as whole numbers, other units not', () => {
    expect([...WHOLE_MEASURES].sort()).toEqual(['count', 'rank'])
  })
})
