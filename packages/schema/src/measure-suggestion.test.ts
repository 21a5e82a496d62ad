import { describe, expect, it } from 'vitest'
import { suggestMeasure } from './measure-suggestion'

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
