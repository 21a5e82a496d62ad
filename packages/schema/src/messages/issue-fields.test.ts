import { describe, expect, expectTypeOf, it } from 'vitest'
import { z } from 'zod'
import type { IssueUnion } from '../issues/issue-registry'
import { ObservationSchema } from '../observation'
import { PackSchema } from '../pack'
import type { SchemaIssueFields } from './codes'
import { SCHEMA_ISSUE_CODES } from './codes'
import { toTiendoIssues } from './to-tiendo-issues'

function issuesOf(schema: z.ZodType, input: unknown) {
  const result = schema.safeParse(input)
  if (result.success) throw new Error('expected the input to fail')
  return toTiendoIssues(result.error, { input })
}

const row = { indicator: 'internet_users_rate', unit: '58', period: '2024', value: '87.5' }

describe('the typed fields of schema issues', () => {
  it('say where, what was found and what was allowed, as data', () => {
    const [qualifier] = issuesOf(ObservationSchema, { ...row, qualifier: 'weird' })
    expect(qualifier).toMatchObject({
      code: 'invalid_value',
      field: 'qualifier',
      received: 'string',
      found: 'weird',
    })
    expect(qualifier).toHaveProperty('values', expect.arrayContaining(['exact', 'range']))
    const [period] = issuesOf(ObservationSchema, { ...row, period: '20x4' })
    expect(period).toMatchObject({ code: 'period_syntax', field: 'period', found: '20x4' })
    expect(period).not.toHaveProperty('suggestion')
    const [excel] = issuesOf(ObservationSchema, { ...row, period: '2024.0' })
    expect(excel).toMatchObject({ code: 'period_syntax', found: '2024.0', suggestion: '2024' })
    const [missing] = issuesOf(ObservationSchema, { unit: '58', period: '2024', value: '1' })
    expect(missing).toMatchObject({
      code: 'invalid_type',
      field: 'indicator',
      received: 'missing',
      expected: 'string',
    })
    expect(missing).not.toHaveProperty('found')
  })

  it('name each unknown key, and measure what is too long or too small', () => {
    const unknown = issuesOf(ObservationSchema, { ...row, remark: 'x', colour: 'y' })
    expect(unknown.map((issue) => [issue.code, (issue as { key?: string }).key])).toEqual([
      ['unrecognized_keys', 'remark'],
      ['unrecognized_keys', 'colour'],
    ])
    const [short] = issuesOf(z.object({ list: z.array(z.string()).min(2) }), { list: ['a'] })
    expect(short).toMatchObject({
      code: 'too_small',
      field: 'list',
      origin: 'array',
      minimum: 2,
      inclusive: true,
    })
    expect(short).not.toHaveProperty('found')
  })

  it('are all described by the registry, whatever the code', () => {
    const inputs: [z.ZodType, unknown][] = [
      [ObservationSchema, { ...row, qualifier: 'weird', extra: 1, period: '2024-13' }],
      [ObservationSchema, { ...row, value: '1e5', unit: 'a b' }],
      [ObservationSchema, { ...row, period: '2024-q3' }],
      [PackSchema, { id: 'Bad Id', version: 'x', title: {}, indicators: [{ id: 1 }] }],
      [z.object({ n: z.number().max(3).multipleOf(2), s: z.string().email() }), { n: 5, s: 'x' }],
    ]
    const seen = new Set<string>()
    for (const [schema, input] of inputs) {
      for (const issue of issuesOf(schema, input)) {
        seen.add(issue.code)
        const described = Object.keys(
          SCHEMA_ISSUE_CODES[issue.code as keyof typeof SCHEMA_ISSUE_CODES].fields,
        )
        const common = ['code', 'severity', 'message', 'hint', 'location']
        const carried = Object.keys(issue).filter((key) => !common.includes(key))
        expect(described, issue.code).toEqual(expect.arrayContaining(carried))
      }
    }
    expect(seen.size).toBeGreaterThan(6)
  })

  it('narrow on `code` in types', () => {
    type SchemaIssue = IssueUnion<SchemaIssueFields>
    const fieldsOf = (issue: SchemaIssue) => {
      if (issue.code === 'invalid_value')
        expectTypeOf(issue.values).toEqualTypeOf<readonly (string | number | boolean | null)[]>()
      if (issue.code === 'too_big') expectTypeOf(issue.maximum).toEqualTypeOf<number>()
      if (issue.code === 'period_syntax') expectTypeOf(issue.field).toEqualTypeOf<string>()
      return issue.field
    }
    expectTypeOf(fieldsOf).returns.toEqualTypeOf<string>()
  })
})
