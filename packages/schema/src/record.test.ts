import { describe, expect, it } from 'vitest'
import { codesOf } from './__tests__/helpers'
import { toTiendoIssues } from './messages/to-tiendo-issues'
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

  it('offers the date and the status a clerk wrote another way, never taking them', () => {
    const input = { ...product, date: '15/03/2024', status: 'Hoàn thành' }
    const result = RecordSchema.safeParse(input)
    expect(result.success).toBe(false)
    const issues = result.success ? [] : toTiendoIssues(result.error, { input })
    expect(issues).toMatchObject([
      {
        code: 'invalid_format',
        found: '15/03/2024',
        suggestion: '2024-03-15',
        message: {
          en: 'Field `date` is not written as YYYY-MM-DD (found "15/03/2024").',
          vi: 'Trường `date` không viết theo dạng YYYY-MM-DD (năm-tháng-ngày) (giá trị nhận được: "15/03/2024").',
        },
        hint: {
          en: 'Did you mean `2024-03-15` (15 March 2024)? Write the date as YYYY-MM-DD.',
          vi: 'Có phải là `2024-03-15` (ngày 15 tháng 3 năm 2024)? Ghi ngày theo dạng năm-tháng-ngày (YYYY-MM-DD).',
        },
      },
      {
        code: 'invalid_value',
        suggestion: 'completed',
        hint: {
          en: 'Did you mean `completed`? Use one of the listed values, spelled exactly as shown.',
          vi: 'Có phải là `completed`? Hãy dùng một trong các giá trị đã liệt kê, viết đúng như trên.',
        },
      },
    ])
    // A day that does not exist gets no suggestion, and the calendar message.
    const february = { ...product, date: '30/02/2024' }
    const refused = RecordSchema.safeParse(february)
    const [issue] = refused.success ? [] : toTiendoIssues(refused.error, { input: february })
    expect(issue).not.toHaveProperty('suggestion')
    expect(issue?.message.en).toBe('Field `date` is not a calendar date (found "30/02/2024").')
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
