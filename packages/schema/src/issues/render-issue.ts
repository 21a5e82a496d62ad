import type { LocalizedText } from '../primitives'
import type { IssueCatalogues, IssuePlace, IssueRegistry, TypedIssue } from './issue-registry'

/**
 * The text of an issue in both languages, rendered by the catalogues from its typed fields
 * and its place (an issue is both: `renderIssueText(catalogues, issue.code, issue, issue)`).
 */
export function renderIssueText<FieldsByCode extends object, Code extends keyof FieldsByCode>(
  catalogues: IssueCatalogues<FieldsByCode>,
  code: Code,
  fields: FieldsByCode[Code],
  place: IssuePlace = {},
): { message: LocalizedText; hint?: LocalizedText } {
  const vi = catalogues.vi[code](fields, place)
  const en = catalogues.en[code](fields, place)
  const text: { message: LocalizedText; hint?: LocalizedText } = {
    message: { vi: vi.message, en: en.message },
  }
  if (vi.hint !== undefined && en.hint !== undefined) text.hint = { vi: vi.hint, en: en.hint }
  return text
}

/**
 * Makes an issue of a registry: its code, its severity, its typed fields, and its message and
 * hint rendered from those fields and its place by the per-language catalogues — so what a
 * caller needs is in the fields, and the text is only for people.
 *
 * @example
 * const issue = createIssue(IO_ISSUE_CODES, IO_CATALOGUES, 'too_many_issues', { max: 1000 })
 * issue.max // 1000
 */
export function createIssue<FieldsByCode extends object, Code extends keyof FieldsByCode & string>(
  registry: IssueRegistry<FieldsByCode>,
  catalogues: IssueCatalogues<FieldsByCode>,
  code: Code,
  fields: FieldsByCode[Code],
  place: IssuePlace = {},
): TypedIssue<Code, FieldsByCode[Code] & object> {
  const { message, hint } = renderIssueText(catalogues, code, fields, place)
  const issue: TypedIssue<string> = {
    code,
    severity: place.severity ?? registry[code].severity,
    message,
  }
  if (hint !== undefined) issue.hint = hint
  if (place.location !== undefined) issue.location = place.location
  if (place.indicator !== undefined) issue.indicator = place.indicator
  if (place.unit !== undefined) issue.unit = place.unit
  if (place.period !== undefined) issue.period = place.period
  if (place.related !== undefined && place.related.length > 0) issue.related = [...place.related]
  Object.assign(issue, fields)
  return issue as TypedIssue<Code, FieldsByCode[Code] & object>
}
