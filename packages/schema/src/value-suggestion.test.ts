import { describe, expect, it } from 'vitest'
import { DirectionSchema } from './indicator'
import { ObservationStatusSchema, QualifierSchema } from './observation'
import { RecordStatusSchema } from './record'
import { COMPARATOR_SIGNS, ComparatorSchema } from './target'
import { suggestValue } from './value-suggestion'

const RECORD = RecordStatusSchema.options
const OBSERVATION = ObservationStatusSchema.options
const QUALIFIER = QualifierSchema.options
const COMPARATOR = ComparatorSchema.options
const DIRECTION = DirectionSchema.options
/** The methods `aggregation.method` allows, as its error lists them. */
const METHOD = ['sum', 'mean', 'weighted_mean', 'ratio_of_sums', 'min', 'max', 'none']

describe('suggestValue', () => {
  it('reads back the sign every comparator is written with as that comparator', () => {
    for (const comparator of COMPARATOR.filter((c) => c !== 'between')) {
      expect(suggestValue(COMPARATOR_SIGNS[comparator], COMPARATOR)).toBe(comparator)
    }
  })

  it.each([
    // The value itself, in another case or with spaces.
    ['Completed', RECORD, 'completed'],
    ['In progress', RECORD, 'in_progress'],
    ['in-progress', RECORD, 'in_progress'],
    ['MORE THAN', QUALIFIER, 'more_than'],
    // Its Vietnamese word, with or without tone marks.
    ['hoàn thành', RECORD, 'completed'],
    ['Đã hoàn thành', RECORD, 'completed'],
    ['dang trien khai', RECORD, 'in_progress'],
    ['Đã hủy', RECORD, 'cancelled'],
    ['Kế hoạch', RECORD, 'planned'],
    ['Kế hoạch', OBSERVATION, 'planned'],
    ['Ước tính', OBSERVATION, 'estimate'],
    ['sơ bộ', OBSERVATION, 'preliminary'],
    ['khoảng', QUALIFIER, 'approx'],
    ['Ít nhất', QUALIFIER, 'at_least'],
    // The value mistyped by a letter or two.
    ['estimated', OBSERVATION, 'estimate'],
    ['Provisonal', OBSERVATION, 'provisional'],
    ['canceled', RECORD, 'cancelled'],
    ['Complete', RECORD, 'completed'],
    ['at_lest', QUALIFIER, 'at_least'],
    // A comparator by the sign a document writes it with.
    ['≥', COMPARATOR, 'gte'],
    ['>=', COMPARATOR, 'gte'],
    [' > ', COMPARATOR, 'gt'],
    ['≤', COMPARATOR, 'lte'],
    ['<', COMPARATOR, 'lt'],
    ['=', COMPARATOR, 'eq'],
    // A qualifier by its sign.
    ['≥', QUALIFIER, 'at_least'],
    ['<', QUALIFIER, 'less_than'],
    ['≈', QUALIFIER, 'approx'],
    // How a pack's author says an indicator's direction and aggregation in Vietnamese.
    ['tăng', DIRECTION, 'increase'],
    ['Giảm', DIRECTION, 'decrease'],
    ['tổng', METHOD, 'sum'],
    ['bình quân', METHOD, 'mean'],
    ['bình quân gia quyền', METHOD, 'weighted_mean'],
    ['lớn nhất', METHOD, 'max'],
  ])('reads %j among %j as %s', (text, allowed, value) => {
    expect(suggestValue(text, allowed)).toBe(value)
  })

  it('offers a word’s value only where the list allows it', () => {
    // `ước tính` is an observation's `estimate`; a record has no such status.
    expect(suggestValue('ước tính', RECORD)).toBeUndefined()
    expect(suggestValue('hoàn thành', OBSERVATION)).toBeUndefined()
    expect(suggestValue('≥', RECORD)).toBeUndefined()
    expect(suggestValue('≈', COMPARATOR)).toBeUndefined()
    // A key of every object is no sign.
    expect(suggestValue('constructor', COMPARATOR)).toBeUndefined()
    expect(suggestValue('__proto__', QUALIFIER)).toBeUndefined()
  })

  it.each(['completed', 'done', 'plan', '', '  ', 'hoàn thành tốt', 'finished', 'x'.repeat(80)])(
    'offers nothing for %j',
    (text) => {
      expect(suggestValue(text, RECORD)).toBeUndefined()
    },
  )
})
