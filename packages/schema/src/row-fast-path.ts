import { fitsLength, isId, isPlainObject, isUnitRef, maxLength } from './fast-checks'
import {
  type Observation,
  ObservationSchema,
  ObservationStatusSchema,
  QualifierSchema,
} from './observation'
import { isPeriod } from './period'
import { MAX_DECIMAL_DIGITS, PATTERNS } from './primitives'
import { RecordSchema, RecordStatusSchema, type SubmittedRecord } from './record'
import { memoizeText } from './text-memo'

/**
 * Hand-written checks that tell, without zod, that `ObservationSchema` or `RecordSchema`
 * accepts a row of text, and build the data zod would return. They answer only "surely
 * valid" (the data) or "ask the schema" (`undefined`): every problem is still found and
 * worded by the schema itself, so issues never change. A reader checks a row with these
 * first and calls `safeParse` only when they give up, which most rows never need.
 *
 * Only inputs like the rows a reader builds are taken: a plain object whose keys are all
 * fields of the schema and whose values are all strings, or `undefined` for a field left out
 * (the schema itself would keep such a key: ask it with the fields given only); anything else
 * gives `undefined`.
 * Differential tests (`row-fast-path.test.ts`) hold these to the schemas on random rows.
 */

// Every field, enum and length is read from the schemas, so the two cannot drift apart.
const OBSERVATION_FIELDS = ObservationSchema.shape
const RECORD_FIELDS = RecordSchema.shape
const OBSERVATION_KEY_SET: ReadonlySet<string> = new Set(Object.keys(OBSERVATION_FIELDS))
const RECORD_KEY_SET: ReadonlySet<string> = new Set(Object.keys(RECORD_FIELDS))

/** Qualifiers taken here; `range` brings cross-field checks on decimals, left to the schema. */
const PLAIN_QUALIFIERS: ReadonlySet<string> = new Set(
  QualifierSchema.options.filter((qualifier) => qualifier !== 'range'),
)
const OBSERVATION_STATUSES: ReadonlySet<string> = new Set(ObservationStatusSchema.options)
const RECORD_STATUSES: ReadonlySet<string> = new Set(RecordStatusSchema.options)

/** Length bounds of the free-text fields, as their schemas set them. */
const MAX_OBSERVATION_SOURCE = maxLength(OBSERVATION_FIELDS.source.unwrap())
const MAX_OBSERVATION_NOTE = maxLength(OBSERVATION_FIELDS.note.unwrap())
const MAX_RECORD_SOURCE = maxLength(RECORD_FIELDS.source.unwrap())
const MAX_RECORD_NOTE = maxLength(RECORD_FIELDS.note.unwrap())
const RECORD_ID = RECORD_FIELDS.id.unwrap()
const RECORD_TITLE = RECORD_FIELDS.title

/** The pattern `IsoDateSchema` checks (zod's own), taken from the schema itself. */
const ISO_DATE: RegExp = (RecordSchema.shape.date.def as { pattern?: RegExp }).pattern ?? /^$/
const EVIDENCE = RecordSchema.shape.evidence

/**
 * The observation `ObservationSchema.safeParse(input)` returns as `data` when it surely
 * accepts `input` (a row without `qualifier: range`), or `undefined` when the schema must be
 * asked. Never a different result: see the module's comment.
 */
export function fastParseObservation(input: unknown): Observation | undefined {
  if (!isStringRecord(input, OBSERVATION_KEY_SET)) return undefined
  const { indicator, unit, period, value, qualifier, low, high, status, source, note } = input
  if (!isId(indicator) || !isUnitRef(unit) || !isPeriodText(period)) return undefined
  // A range (and `low`/`high`, which only a range takes) needs decimal comparisons.
  if (low !== undefined || high !== undefined) return undefined
  if (qualifier !== undefined && !PLAIN_QUALIFIERS.has(qualifier)) return undefined
  if (!isDecimal(value)) return undefined
  if (status !== undefined && !OBSERVATION_STATUSES.has(status)) return undefined
  if (source !== undefined && source.length > MAX_OBSERVATION_SOURCE) return undefined
  if (note !== undefined && note.length > MAX_OBSERVATION_NOTE) return undefined
  // The schema's output: the fields given, in the order of its shape.
  const data: Observation = { indicator, unit, period, value }
  if (qualifier !== undefined) data.qualifier = qualifier as Observation['qualifier']
  if (status !== undefined) data.status = status as Observation['status']
  if (source !== undefined) data.source = source
  if (note !== undefined) data.note = note
  return data
}

/**
 * The record `RecordSchema.safeParse(input)` returns as `data` when it surely accepts
 * `input`, or `undefined` when the schema must be asked.
 */
export function fastParseRecord(input: unknown): SubmittedRecord | undefined {
  if (!isStringRecord(input, RECORD_KEY_SET)) return undefined
  const { id, kind, unit, date, status, title, evidence, source, note } = input
  if (id !== undefined && !fitsLength(id, RECORD_ID)) return undefined
  if (!isId(kind) || !isUnitRef(unit)) return undefined
  if (date === undefined || !ISO_DATE.test(date)) return undefined
  if (status === undefined || !RECORD_STATUSES.has(status)) return undefined
  if (title === undefined || !fitsLength(title, RECORD_TITLE)) return undefined
  // A URL is the schema's to judge: its own check, on the one field.
  if (evidence !== undefined && !EVIDENCE.safeParse(evidence).success) return undefined
  if (source !== undefined && source.length > MAX_RECORD_SOURCE) return undefined
  if (note !== undefined && note.length > MAX_RECORD_NOTE) return undefined
  const data = {} as SubmittedRecord
  if (id !== undefined) data.id = id
  data.kind = kind
  data.unit = unit
  data.date = date
  data.status = status as SubmittedRecord['status']
  data.title = title
  if (evidence !== undefined) data.evidence = evidence
  if (source !== undefined) data.source = source
  if (note !== undefined) data.note = note
  return data
}

/**
 * A plain object whose enumerable keys are all `keys` and whose values are all strings or
 * `undefined`.
 */
function isStringRecord(
  input: unknown,
  keys: ReadonlySet<string>,
): input is Partial<Record<string, string>> {
  if (!isPlainObject(input)) return false
  // `for…in`, as zod walks the keys it does not know.
  for (const key in input) {
    if (!keys.has(key)) return false
    const value = (input as Record<string, unknown>)[key]
    if (typeof value !== 'string' && value !== undefined) return false
  }
  return true
}

/** `PeriodSchema`: the pattern, then `parsePeriod` (a period is at most 15 characters). */
const isPeriodSyntax = memoizeText((text) => PATTERNS.period_syntax.test(text) && isPeriod(text), {
  maxEntries: 4096,
  maxLength: 32,
})

function isPeriodText(text: string | undefined): text is string {
  return text !== undefined && isPeriodSyntax(text)
}

/** `DecimalStringSchema`: the pattern, and at most 40 significant digits. */
function isDecimal(text: string | undefined): text is string {
  if (text === undefined || !PATTERNS.decimal_syntax.test(text)) return false
  // Fewer characters than the limit cannot hold more digits; count only longer text.
  return (
    text.length <= MAX_DECIMAL_DIGITS ||
    text.replace(/[-.]/g, '').replace(/^0+/, '').length <= MAX_DECIMAL_DIGITS
  )
}
