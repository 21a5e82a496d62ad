import type { Language, SourceLocation, TiendoIssue } from '../issue'
import type { LocalizedText } from '../primitives'
import type { Severity } from '../rule'

/**
 * What one issue code is: the severity it is reported with, what it means, and the typed
 * fields its issues carry, each described (English, for the issue-code reference).
 *
 * @example
 * const spec: IssueCodeSpec<{ limit: string; max: number }> = {
 *   severity: 'error',
 *   meaning: { vi: 'Vượt giới hạn đọc.', en: 'A reading limit was reached.' },
 *   fields: { limit: 'Which limit.', max: 'Its value.' },
 * }
 */
export interface IssueCodeSpec<Fields extends object = object> {
  /** The severity issues of this code are reported with. */
  readonly severity: Severity
  /** What the code means, in both languages (left out where a sample issue shows it). */
  readonly meaning?: LocalizedText | undefined
  /** How to fix it in general, where the issue's own hint does not say it all. */
  readonly fix?: LocalizedText | undefined
  /** Each typed field of the issue, with what it holds. */
  readonly fields: { readonly [Field in keyof Fields]-?: string }
}

/** The typed fields of a code whose issues carry none beyond the common ones. */
export type NoIssueFields = Record<never, never>

/**
 * A package's issue codes, one {@link IssueCodeSpec} a code. `FieldsByCode` maps each code to
 * the typed fields of its issues ({@link NoIssueFields} for a code that carries none).
 */
export type IssueRegistry<FieldsByCode extends object> = {
  readonly [Code in keyof FieldsByCode]: IssueCodeSpec<FieldsByCode[Code] & object>
}

/**
 * An issue of one code with its typed fields beside the common ones (`severity`, `message`,
 * `location`…): `TypedIssue<'limit_exceeded', { limit: 'maxRows' }>`.
 */
export type TypedIssue<Code extends string, Fields extends object = object> = Omit<
  TiendoIssue,
  'code'
> & { code: Code } & Fields

/**
 * The issues of a registry as a union keyed on `code`: narrowing on `code` gives the fields.
 *
 * @example
 * function limitOf(issue: IssueUnion<{ limit_exceeded: { limit: string }; empty_file: {} }>) {
 *   return issue.code === 'limit_exceeded' ? issue.limit : undefined
 * }
 */
export type IssueUnion<FieldsByCode extends object> = {
  [Code in keyof FieldsByCode & string]: TypedIssue<Code, FieldsByCode[Code] & object>
}[keyof FieldsByCode & string]

/** Where and about what an issue is: the common fields besides code, severity and text. */
export interface IssuePlace {
  /** Where in a file the issue is. */
  readonly location?: SourceLocation | undefined
  /** Other places involved, such as the first of two duplicate rows. */
  readonly related?: readonly SourceLocation[] | undefined
  /** The indicator the issue is about. */
  readonly indicator?: string | undefined
  /** The unit (a reference as written, or a unit key) the issue is about. */
  readonly unit?: string | undefined
  /** The period the issue is about. */
  readonly period?: string | undefined
  /** A severity other than the code's own (a code reported as a warning in one format). */
  readonly severity?: Severity | undefined
}

/** The text of one issue in one language. */
export interface IssueText {
  readonly message: string
  readonly hint?: string | undefined
}

/**
 * One language's messages for a registry's codes: for each code, the text of an issue made
 * from its typed fields and its place (the indicator, unit, period and locations it is
 * about; optional for a text that needs none) — both data on the issue, so the text can
 * always be made again from the issue.
 * A package keeps one such catalogue a language (`locales/vi.ts`, `locales/en.ts`).
 */
export type IssueMessages<FieldsByCode extends object> = {
  readonly [Code in keyof FieldsByCode]: (
    fields: FieldsByCode[Code],
    place?: IssuePlace,
  ) => IssueText
}

/** A registry's catalogues, one a language. */
export type IssueCatalogues<FieldsByCode extends object> = {
  readonly [Lang in Language]: IssueMessages<FieldsByCode>
}
