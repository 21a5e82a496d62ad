import { describe, expect, it } from 'vitest'
import { orList } from './or-list'

describe('orList', () => {
  it.each([
    [[], ''],
    [['`58`'], '`58`'],
    [['`58`', '`56`'], '`58` or `56`'],
    [['`58`', '`56`', '`08`'], '`58`, `56` or `08`'],
  ])('joins %j as %j', (items, text) => {
    expect(orList(items, 'or')).toBe(text)
  })
})
