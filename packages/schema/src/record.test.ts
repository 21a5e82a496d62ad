import { describe, expect, it } from 'vitest'
import { codesOf } from './__tests__/helpers'
import { RecordSchema } from './record'

const product = {
  kind: 'dx_product',
  unit: '58',
  date: '2024-11-20',
  status: 'completed',
  title: 'Phần mềm quản lý hồ sơ công việc',
  evidence: 'https://ninhthuan.gov.vn/quyet-dinh/123',
}

describe('RecordSchema', () => {
  it('accepts one completed DX product', () => {
    expect(RecordSchema.parse(product)).toEqual(product)
  })

  it('rejects a day that does not exist', () => {
    expect(codesOf(RecordSchema, { ...product, date: '2025-02-30' })).toEqual([
      'invalid_format@date',
    ])
  })

  it('accepts only http(s) evidence links', () => {
    expect(codesOf(RecordSchema, { ...product, evidence: 'javascript:alert(1)' })).toEqual([
      'invalid_format@evidence',
    ])
    expect(codesOf(RecordSchema, { ...product, evidence: 'file:///etc/passwd' })).toEqual([
      'invalid_format@evidence',
    ])
  })

  it('needs a title, a status and a kind', () => {
    expect(codesOf(RecordSchema, { ...product, title: '' })).toEqual(['too_small@title'])
    expect(codesOf(RecordSchema, { ...product, status: 'done' })).toEqual(['invalid_value@status'])
    expect(codesOf(RecordSchema, { ...product, kind: 'DX product' })).toEqual(['id_syntax@kind'])
  })
})
