import { describe, expect, expectTypeOf, it } from 'vitest'
import type { IssueCatalogues, IssueRegistry, IssueUnion } from './issue-registry'
import { createIssue, renderIssueText } from './render-issue'
import { typedFields } from './typed-fields'

interface Fields {
  readonly too_long: { readonly length: number; readonly max: number }
  readonly empty: Record<never, never>
}

const REGISTRY: IssueRegistry<Fields> = {
  too_long: {
    severity: 'error',
    meaning: { vi: 'Quá dài.', en: 'Too long.' },
    fields: { length: 'How long it is.', max: 'How long it may be.' },
  },
  empty: { severity: 'warning', fields: {} },
}

const CATALOGUES: IssueCatalogues<Fields> = {
  vi: {
    too_long: (f) => ({ message: `Dài ${f.length}, tối đa ${f.max}.`, hint: 'Cắt bớt.' }),
    empty: () => ({ message: 'Trống.' }),
  },
  en: {
    too_long: (f) => ({ message: `${f.length} long, at most ${f.max}.`, hint: 'Cut it.' }),
    empty: () => ({ message: 'Empty.' }),
  },
}

describe('createIssue', () => {
  it('keeps the typed fields and renders the text from them in each language', () => {
    const issue = createIssue(
      REGISTRY,
      CATALOGUES,
      'too_long',
      { length: 12, max: 10 },
      {
        location: { file: 'a.csv', row: 3 },
        unit: '58',
      },
    )
    expect(issue).toEqual({
      code: 'too_long',
      severity: 'error',
      message: { vi: 'Dài 12, tối đa 10.', en: '12 long, at most 10.' },
      hint: { vi: 'Cắt bớt.', en: 'Cut it.' },
      location: { file: 'a.csv', row: 3 },
      unit: '58',
      length: 12,
      max: 10,
    })
    expect(typedFields(issue)).toEqual({ length: 12, max: 10 })
  })

  it('takes the severity from the registry unless the place overrides it', () => {
    expect(createIssue(REGISTRY, CATALOGUES, 'empty', {}).severity).toBe('warning')
    expect(createIssue(REGISTRY, CATALOGUES, 'empty', {}, { severity: 'info' }).severity).toBe(
      'info',
    )
    expect(createIssue(REGISTRY, CATALOGUES, 'empty', {})).not.toHaveProperty('hint')
  })

  it('renders the same text again from the fields alone', () => {
    const issue = createIssue(REGISTRY, CATALOGUES, 'too_long', { length: 7, max: 5 })
    expect(renderIssueText(CATALOGUES, issue.code, issue)).toEqual({
      message: issue.message,
      hint: issue.hint,
    })
  })

  it('gives the catalogues the place, so the issue alone renders its text again', () => {
    const placed: IssueCatalogues<{ about: Record<never, never> }> = {
      vi: { about: (_, place) => ({ message: `Về \`${place?.unit}\` (${place?.period}).` }) },
      en: { about: (_, place) => ({ message: `About \`${place?.unit}\` (${place?.period}).` }) },
    }
    const registry: IssueRegistry<{ about: Record<never, never> }> = {
      about: { severity: 'info', fields: {} },
    }
    const issue = createIssue(registry, placed, 'about', {}, { unit: '58', period: '2024' })
    expect(issue.message).toEqual({ vi: 'Về `58` (2024).', en: 'About `58` (2024).' })
    expect(renderIssueText(placed, issue.code, issue, issue).message).toEqual(issue.message)
  })

  it('types the union so that narrowing on code gives the fields', () => {
    const lengthOf = (issue: IssueUnion<Fields>) => {
      if (issue.code === 'too_long') {
        expectTypeOf(issue.length).toEqualTypeOf<number>()
        return issue.length
      }
      // @ts-expect-error an `empty` issue has no `length`
      return issue.length
    }
    expect(lengthOf(createIssue(REGISTRY, CATALOGUES, 'too_long', { length: 4, max: 3 }))).toBe(4)
  })
})

describe('typedFields', () => {
  it('leaves out the common fields of an issue and those left undefined', () => {
    const issue = {
      code: 'rule_failed',
      severity: 'warning' as const,
      message: { vi: 'x', en: 'x' },
      hint: { vi: 'y', en: 'y' },
      indicator: 'a',
      unit: 'b',
      period: '2024',
      location: { file: 'f' },
      related: [],
      rule: 'r',
      nothing: undefined,
    }
    expect(typedFields(issue)).toEqual({ rule: 'r' })
  })
})
