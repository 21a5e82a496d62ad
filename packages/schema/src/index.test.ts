import { describe, expect, it } from 'vitest'
import * as schema from './index'

describe('the package index', () => {
  it.each([
    'toTiendoIssues',
    'formatIssue',
    'formatPath',
    'toJsonPointer',
    'packJsonSchema',
    'observationJsonSchema',
    'observationFileJsonSchema',
    'recordJsonSchema',
    'recordFileJsonSchema',
    'parsePeriod',
    'toDecimal',
    'patternCode',
  ])('exports the function %s', (name) => {
    expect(typeof (schema as Record<string, unknown>)[name]).toBe('function')
  })

  it('exports the limits and code lists others key on', () => {
    expect(schema.MAX_CONDITION_DEPTH).toBe(32)
    expect(schema.TIENDO_CODES).toContain('bounds_order')
    expect(schema.RESERVED_KEYS.has('__proto__')).toBe(true)
  })
})
