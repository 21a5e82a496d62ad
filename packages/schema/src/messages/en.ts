import { en as zodEn } from 'zod/locales'
import { listedMeasures } from '../measures'
import type { IssueContext, IssueLocale, MessageParts, ReceivedType } from './locale'
import {
  dateSuggestionOf,
  decimalSuggestionOf,
  isMeasureField,
  measureSuggestionOf,
  paramsOf,
  periodSuggestionOf,
  quotedNumber,
  show,
  unitRefSuggestionOf,
  valueSuggestionOf,
  zodLocaleText,
} from './locale'

/** The field as a sentence's subject: "Field `a.b`", or "The document" at the root. */
function subject(context: IssueContext): string {
  return context.field === '' ? 'The document' : `Field \`${context.field}\``
}

/** The value found, quoted, for "got …" clauses; empty when unknown. */
/** A hint with "Did you mean `…`?" before it when there is a value meant. */
function withMeant(meant: string | undefined, hint: string): string {
  return meant === undefined ? hint : `Did you mean \`${meant}\`? ${hint}`
}

function got(context: IssueContext): string {
  return context.value.known ? ` (found ${show(context.value.value)})` : ''
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: '`true` or `false`',
  object: 'an object `{ … }`',
  record: 'an object `{ … }`',
  array: 'a list `[ … ]`',
  tuple: 'a list `[ … ]`',
  null: '`null`',
  undefined: 'nothing',
  never: 'nothing (remove it)',
}

const RECEIVED_NAMES: Record<ReceivedType, string> = {
  missing: 'missing',
  null: '`null`',
  string: 'text',
  number: 'a number',
  boolean: 'a boolean',
  array: 'a list',
  object: 'an object',
  other: 'something else',
}

function typeName(expected: string): string {
  return TYPE_NAMES[expected] ?? expected
}

const periodHint =
  'Write a year `2024`, a half `2024-H1`, a quarter `2024-Q3`, a month `2024-09`, or a span `2024-01/2024-09`.'

/** The general period hint, led by the period the text most likely meant. */
function periodSyntaxHint(c: IssueContext): string {
  const meant = periodSuggestionOf(c)
  if (meant === undefined) return periodHint
  // Excel writes a year in a column formatted as a number with decimals as `2024.0`.
  const cause = meant.asNumber
    ? ' A spreadsheet wrote it as a number: format the column as Text.'
    : ''
  return `Did you mean \`${meant.period}\`?${cause} ${periodHint}`
}

/** Dates as `15 March 2024`: the day spelled out, so that the clerk checks it was read as meant. */
const SPELLED_DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
})

/** `2024-03-15` as `15 March 2024`. */
function spelledDate(iso: string): string {
  return SPELLED_DATE.format(new Date(`${iso}T00:00:00Z`))
}

function unitRefHint(c: IssueContext): string {
  const meant = unitRefSuggestionOf(c)
  switch (meant?.slip) {
    case 'spaces_around':
      return `Remove the spaces around it: \`${meant.ref}\`.`
    case 'spaces':
      return `Remove the spaces: \`${meant.ref}\`.`
    case 'day_form':
      return `Did you mean \`${meant.ref}\` (the unit that starts on ${spelledDate(meant.day)})? Write the day the unit starts as YYYY-MM-DD.`
    default:
      return 'Write a unit code such as `58`, or a code and the day the unit starts, such as `56@2025-07-01`.'
  }
}

function m(message: string, hint: string): MessageParts {
  return { message, hint }
}

/** English wording of every Tiendo issue. */
export const en: IssueLocale = {
  codes: {
    id_syntax: (c) =>
      m(
        `${subject(c)} must be a snake_case id${got(c)}.`,
        isMeasureField(c)
          ? withMeant(
              measureSuggestionOf(c),
              `Write the unit of measure as an id: ${listedMeasures('en')}, or one of your own such as \`km\`.`,
            )
          : 'Use lowercase letters without accents, digits and `_`, starting with a letter: `household_fibre_rate`.',
      ),
    param_name_syntax: (c) =>
      m(
        `${subject(c)} must be a parameter name${got(c)}.`,
        'Use the name the template documents, in letters without accents and digits: `record`, `partialYear`.',
      ),
    pack_id_syntax: (c) =>
      m(
        `${subject(c)} must be a kebab-case pack id${got(c)}.`,
        'Use lowercase letters, digits and `-`, starting with a letter: `ninh-thuan`.',
      ),
    unit_code_syntax: (c) =>
      m(
        `${subject(c)} is not a valid unit code${got(c)}.`,
        'Write the code the pack gives the unit, such as `58`, `56` or `VN`: letters, digits, `.`, `_` or `-`, without spaces.',
      ),
    unit_ref_syntax: (c) =>
      m(`${subject(c)} is not a valid unit reference${got(c)}.`, unitRefHint(c)),
    decimal_syntax: (c) =>
      m(
        `${subject(c)} is not a decimal number Tiendo can read${got(c)}.`,
        withMeant(
          decimalSuggestionOf(c),
          'Write digits with `.` as the decimal mark and no thousands separators: `87.5`, `363558`, not `87,5` or `363.558`.',
        ),
      ),
    semver_syntax: (c) =>
      m(
        `${subject(c)} is not a semantic version${got(c)}.`,
        'Write major.minor.patch, such as `1.0.0` or `1.2.0-beta.1`.',
      ),
    fact_path_syntax: (c) =>
      m(
        `${subject(c)} is not a plain property path${got(c)}.`,
        'Write `$.` followed by property names joined by dots, such as `$.value`; JSONPath filters are not allowed.',
      ),
    operator_syntax: (c) =>
      m(
        `${subject(c)} is not an operator name${got(c)}.`,
        'Use an operator such as `greaterThanInclusive` or `decimalGte`: letters and digits only.',
      ),
    id_reserved: (c) =>
      m(
        `${subject(c)} uses a reserved name${got(c)}.`,
        'Choose another id: `__proto__`, `constructor` and `prototype` cannot be used as ids or codes.',
      ),
    key_reserved: (c) =>
      m(
        `${subject(c)}: this key name is reserved.`,
        'Rename or remove the key: `__proto__`, `constructor` and `prototype` cannot be used as keys.',
      ),
    duplicate_id: (c) =>
      m(
        `${subject(c)} repeats an id already used earlier in the same list${got(c)}.`,
        'Give each item its own id, or delete the duplicate. To change an inherited item, redefine it in a pack that `extends` the other one.',
      ),
    base_year_order: (c) =>
      m(
        `${subject(c)} must come before the target period \`by\`${got(c)}.`,
        'The base year is where progress is measured from: pick a period that ends before `by` starts.',
      ),
    share_sum: (c) =>
      m(
        `${subject(c)}: the successors' shares add up to more than 1.`,
        'The parts of a unit that went to its successors cannot exceed the whole; check each `share`.',
      ),
    scope_order: (c) =>
      m(
        `${subject(c)} is before \`from\`${got(c)}.`,
        'Write the earlier period in `from` and the later in `to`.',
      ),
    scope_conflict: (c) =>
      m(
        `${subject(c)}: a scope lists \`periods\` or uses \`every\`/\`from\`/\`to\`, not both.`,
        'Keep `periods` to name the periods exactly, or remove it and use `every`, `from` and `to`.',
      ),
    unit_validity_overlap: (c) =>
      m(
        `${subject(c)} is valid at the same time as another unit with the same code.`,
        'A code must name one unit on any day: end the earlier unit (`validTo`) the day before the later one starts (`validFrom`).',
      ),
    decimal_digits: (c) =>
      m(
        `${subject(c)} has too many digits${got(c)}.`,
        'A measured value has at most 40 significant digits; check that two numbers did not run together.',
      ),
    period_syntax: (c) => m(`${subject(c)} is not a period${got(c)}.`, periodSyntaxHint(c)),
    period_month_range: (c) =>
      m(
        `${subject(c)} names a month that does not exist${got(c)}.`,
        'Months run from `01` to `12`.',
      ),
    period_quarter_range: (c) =>
      m(
        `${subject(c)} names a quarter that does not exist${got(c)}.`,
        'Quarters run from `Q1` to `Q4`.',
      ),
    period_half_range: (c) =>
      m(
        `${subject(c)} names a half-year that does not exist${got(c)}.`,
        'Halves are `H1` and `H2`.',
      ),
    period_year_range: (c) =>
      m(
        `${subject(c)} has a year outside 1900–2200${got(c)}.`,
        'Check the year for a typo; write it with four digits, such as `2024`.',
      ),
    period_span_order: (c) =>
      m(
        `${subject(c)} is a span whose end is not after its start${got(c)}.`,
        'Write the earlier period first: `2024-01/2024-09` is January to September 2024.',
      ),
    bounds_order: (c) =>
      m(
        `${subject(c)} is smaller than the lower value it goes with${got(c)}.`,
        'Make the lower value (`min` or `value`) no greater than the upper one (`max` or `upper`); they may have been swapped.',
      ),
    share_range: (c) =>
      m(
        `${subject(c)} must be a share greater than 0 and at most 1${got(c)}.`,
        'Write the part of the old unit that went to this successor as a fraction: `0.4` for 40%; leave it out when the whole unit went.',
      ),
    coverage_range: (c) =>
      m(
        `${subject(c)} must be a share of child units from 0 to 1${got(c)}.`,
        'Write the least share of children that must report as a fraction: `0.8` for 80%.',
      ),
    tolerance_range: (c) =>
      m(
        `${subject(c)} must not be negative${got(c)}.`,
        'Write how far a submitted figure may lie from the derived one as a fraction of it: `0.01` for 1%.',
      ),
    parity_band: (c) =>
      m(
        `${subject(c)} must be a band of positive values around 1${got(c)}.`,
        'Write the lower and upper parity bounds, the lower at most 1 and the upper at least 1: `["0.97", "1.03"]`.',
      ),
    goldilocks_direction: (c) =>
      m(
        `${subject(c)} must be \`target_band\` for an indicator declared \`goldilocks\`${got(c)}.`,
        'A Goldilocks indicator is best at its ideal value, neither higher nor lower: write `"direction": "target_band"`, or remove `goldilocks`.',
      ),
    validity_order: (c) =>
      m(
        `${subject(c)} is before \`validFrom\`${got(c)}.`,
        '`validTo` is the last day the unit exists and cannot come before its first day; check both dates.',
      ),
    range_needs_low: (c) =>
      m(
        `${subject(c)} is missing: a range needs its low end.`,
        'For "25–30%" write `qualifier: "range"`, `low: "25"`, `high: "30"`.',
      ),
    range_needs_high: (c) =>
      m(
        `${subject(c)} is missing: a range needs its high end.`,
        'For "25–30%" write `qualifier: "range"`, `low: "25"`, `high: "30"`.',
      ),
    range_order: (c) =>
      m(
        `${subject(c)} is below \`low\`${got(c)}.`,
        'Write the smaller figure in `low` and the larger in `high`; they may have been swapped.',
      ),
    value_outside_range: (c) =>
      m(
        `${subject(c)} lies outside the range \`low\`–\`high\`${got(c)}.`,
        'Give a value within the range, or leave `value` out and keep only `low` and `high`.',
      ),
    value_required: (c) =>
      m(
        `${subject(c)} is missing.`,
        'Give the figure as a decimal such as `87.5` (in JSON, the string `"87.5"`); when there is no figure yet, leave the row out. Only a `range` may leave `value` out.',
      ),
    low_without_range: (c) =>
      m(
        `${subject(c)} is only allowed with \`qualifier: "range"\`.`,
        'Set `qualifier` to `"range"`, or remove `low`; for "more than 90" write `qualifier: "more_than"`, `value: "90"`.',
      ),
    high_without_range: (c) =>
      m(
        `${subject(c)} is only allowed with \`qualifier: "range"\`.`,
        'Set `qualifier` to `"range"`, or remove `high`; for "less than 5" write `qualifier: "less_than"`, `value: "5"`.',
      ),
    target_scope: (c) =>
      m(
        `${subject(c)}: a target must name either \`unit\` or \`unitKind\`, exactly one of them.`,
        'Use `unit` for one unit (`"VN"`, `"58"`), or `unitKind` for every unit of a kind (`"province"`).',
      ),
    between_needs_upper: (c) =>
      m(
        `${subject(c)} is missing: comparator \`between\` needs an upper value.`,
        'Put the lower end of the band in `value` and the upper end in `upper`.',
      ),
    upper_without_between: (c) =>
      m(
        `${subject(c)} is only allowed with \`comparator: "between"\`.`,
        'Remove `upper`, or set `comparator` to `"between"`.',
      ),
    condition_depth: (c) =>
      m(
        `${subject(c)} nests conditions more than ${String(paramsOf(c.issue).maximum ?? 32)} levels deep.`,
        'Flatten the rule: combine conditions in one `all` or `any` list instead of nesting them.',
      ),
  },

  generic(c) {
    const { issue } = c
    switch (issue.code) {
      case 'invalid_type': {
        if (c.received === 'missing') {
          return m(`${subject(c)} is missing.`, `Add it: it must be ${typeName(issue.expected)}.`)
        }
        const found = c.received ? `, not ${RECEIVED_NAMES[c.received]}` : ''
        const hint =
          issue.expected === 'string' && c.received === 'number'
            ? `Put it in quotes, ${quotedNumber(c, 'such as')}: periods, codes and decimals are kept as text so that no digit is lost.`
            : `Write ${typeName(issue.expected)} here.`
        return m(`${subject(c)} must be ${typeName(issue.expected)}${found}${got(c)}.`, hint)
      }
      case 'too_big':
        if (issue.origin === 'string') {
          return m(
            `${subject(c)} is too long: at most ${issue.maximum} characters.`,
            'Shorten it; long explanations belong in a linked document.',
          )
        }
        if (issue.origin === 'array') {
          return m(
            `${subject(c)} has too many items: at most ${issue.maximum}.`,
            'Remove items, or split the content over several files.',
          )
        }
        return m(
          `${subject(c)} is too large: it must be ${issue.inclusive ? 'at most' : 'less than'} ${issue.maximum}${got(c)}.`,
          'Check the figure for a typo.',
        )
      case 'too_small':
        if (issue.origin === 'string') {
          return m(`${subject(c)} must not be empty.`, 'Write the text, or remove the field.')
        }
        if (issue.origin === 'array') {
          return m(
            `${subject(c)} must list at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}.`,
            'Add the missing items, or remove the field.',
          )
        }
        return m(
          `${subject(c)} is too small: it must be ${issue.inclusive ? 'at least' : 'more than'} ${issue.minimum}${got(c)}.`,
          'Check the figure for a typo.',
        )
      case 'invalid_format':
        if (issue.format === 'date') {
          const meant = dateSuggestionOf(c)
          if (meant !== undefined) {
            return m(
              `${subject(c)} is not written as YYYY-MM-DD${got(c)}.`,
              `Did you mean \`${meant}\` (${spelledDate(meant)})? Write the date as YYYY-MM-DD.`,
            )
          }
          return m(
            `${subject(c)} is not a calendar date${got(c)}.`,
            'Write the date as YYYY-MM-DD, such as `2025-07-01`, and check that the day exists (there is no 30 February).',
          )
        }
        if (issue.format === 'url') {
          return m(
            `${subject(c)} is not a web address${got(c)}.`,
            'Write a full link that starts with `https://` or `http://`.',
          )
        }
        return m(
          `${subject(c)} does not have the expected form${got(c)}.`,
          zodLocaleText(zodEn, issue) ?? 'Check the value against the documentation.',
        )
      case 'invalid_value': {
        const values = issue.values.map((value) => `\`${String(value)}\``)
        const expected = values.length === 1 ? values[0] : `one of ${values.join(', ')}`
        if (c.received === 'missing') {
          return m(`${subject(c)} is missing.`, `Add it: it must be ${expected}.`)
        }
        const meant = valueSuggestionOf(c)
        return m(
          `${subject(c)} must be ${expected}${got(c)}.`,
          `${meant === undefined ? '' : `Did you mean \`${meant}\`? `}Use one of the listed values, spelled exactly as shown.`,
        )
      }
      case 'unrecognized_keys':
        return m(
          `${subject(c)} is not a field Tiendo knows here.`,
          'Remove it, or correct its spelling; pointing `$schema` at the JSON Schema lets an editor suggest the right names.',
        )
      case 'invalid_union':
        return m(
          `${subject(c)} does not match any of the forms accepted here${got(c)}.`,
          'Compare it with the examples in the documentation, or let an editor check it against the JSON Schema.',
        )
      case 'custom':
        return m(
          `${subject(c)} is not valid: ${issue.message}${got(c)}.`,
          'Check the value against the documentation.',
        )
      default:
        return m(
          `${subject(c)}: ${zodLocaleText(zodEn, issue) ?? issue.message}.`,
          'Check the value against the documentation.',
        )
    }
  },

  words: {
    row: 'row',
    column: 'column',
    sheet: 'sheet',
    hint: 'Fix',
    severity: { error: 'error', warning: 'warning', info: 'info' },
  },
}
