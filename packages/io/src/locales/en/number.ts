import type { IssueText } from '@tiendo/schema'
import type { InvalidNumberFields, InvalidNumberReason } from '../../issue-fields'
import type { IoMessages, NumberCode } from '../catalogue'
import { VI_FLAG } from '../number-locale-flag'
import { quote } from '../quote'

/** Each reason's text, given the quoted cell text and the fields. */
const INVALID: Record<InvalidNumberReason, (text: string, f: InvalidNumberFields) => IssueText> = {
  empty: () => ({
    message: 'The cell is empty but a number is expected.',
    hint: 'Write the number, such as `87.5`.',
  }),
  spaces: (text, f) => ({
    message: `The number ${text} contains spaces.`,
    hint: f.suggestion
      ? `Remove the spaces (leading, trailing, or between digit groups): write \`${f.suggestion}\`.`
      : 'Remove the spaces (leading, trailing, or between digit groups).',
  }),
  not_finite: (text) => ({
    message: `${text} is not a finite number.`,
    hint: 'Write the value in digits; when there is no figure, leave the cell empty (or leave the row out).',
  }),
  exponent: (text, f) => ({
    message: `The number ${text} is written with an exponent (e), which Tiendo does not read.`,
    hint: f.suggestion
      ? `Write all its digits: \`${f.suggestion}\`. In Excel, format the cell as Number rather than Scientific.`
      : 'Write all its digits, without `e`. In Excel, format the cell as Number rather than Scientific.',
  }),
  too_many_digits: (text, f) => ({
    message: `The number ${text} has more than ${f.max} significant digits.`,
    hint: 'Check the figure: no measurement needs that many digits; round it.',
  }),
  plus_sign: (text, f) => ({
    message: `The number ${text} starts with \`+\`.`,
    hint: `Leave out the \`+\`: write \`${f.suggestion}\`.`,
  }),
  dash: (text, f) => ({
    message: `The number ${text} uses a dash that is not the minus sign \`-\`.`,
    hint: `Use the plain hyphen-minus: write \`${f.suggestion}\`.`,
  }),
  brackets: (text, f) => ({
    message: `The number ${text} is in brackets, as accounts write a negative number.`,
    hint: `If the figure is negative, write \`${f.suggestion}\`: Tiendo reads a leading \`-\` only.`,
  }),
  percent: (text, f) => ({
    message: `The number ${text} carries a \`%\` sign.`,
    hint: f.suggestion
      ? `Leave out the \`%\`: a percent indicator holds the number of percent, so write \`${f.suggestion}\`.`
      : 'Leave out the `%`: a percent indicator holds the number of percent, such as `87.5`.',
  }),
  thousands_commas: (text, f) => ({
    message: `The number ${text} uses commas between thousands.`,
    hint: `Leave out the thousands separators: write \`${f.suggestion}\`.`,
  }),
  vietnamese_format: (text, f) => ({
    message: `The number ${text} is written the Vietnamese way (dots between thousands, a decimal comma), but the file's number format was not stated.`,
    hint: `Write \`${f.suggestion}\`, or state ${VI_FLAG} if the whole file writes numbers this way.`,
  }),
  dot_decimal: (text, f) => ({
    message: `The number ${text} is not valid in the Vietnamese number format that was stated: a dot only separates groups of three digits.`,
    hint: f.suggestion
      ? `Write \`${f.suggestion}\` with a decimal comma; if the file uses a decimal dot, do not state \`--number-locale vi\`.`
      : 'Use a decimal comma (`87,5`); if the file uses a decimal dot, do not state `--number-locale vi`.',
  }),
  bare_mark: (text, f) => ({
    message: `The number ${text} lacks a digit before or after its decimal mark.`,
    hint: `Write \`${f.suggestion}\`.`,
  }),
  leading_zeros: (text, f) => ({
    message: `The number ${text} has extra leading zeros.`,
    hint: `Write \`${f.suggestion}\`. If it is a code rather than a number, it does not belong in a number column.`,
  }),
  not_a_number: (text, f) => ({
    message: `${text} is not a number.`,
    hint:
      f.numberLocale === 'vi'
        ? 'Write only digits, a leading `-` for a negative number, dots between groups of three digits (optional) and a decimal comma, such as `363.558` or `87,5`; no units or words.'
        : 'Write only digits, a leading `-` for a negative number and `.` as the decimal mark, such as `87.5` or `363558`; no units, words or thousands separators.',
  }),
  with_words: (text, f) => ({
    message: `The number ${text} has words after it.`,
    hint: `Write the number alone, \`${f.suggestion}\`: the pack gives each indicator its unit of measure, and a note goes in the \`note\` column.`,
  }),
  letter_for_digit: (text, f) => ({
    message: `The number ${text} has a letter where a digit belongs (O for 0, or l for 1).`,
    hint: `Write \`${f.suggestion}\`, if that is the number meant.`,
  }),
  no_figure: (text, f) => ({
    message: `${text} stands for "no figure"; it is not a number.`,
    hint: `When there is no figure yet, leave the row out rather than writing a mark (a row whose value is empty is refused too); otherwise write the number, such as \`${f.numberLocale === 'vi' ? '87,5' : '87.5'}\`.`,
  }),
  date_cell: () => ({
    message: 'The cell holds a date, not a number.',
    hint: 'Format the cell as Number (Excel may have turned the number into a date) and type the number again.',
  }),
  boolean_cell: () => ({
    message: 'The cell holds a true/false value, not a number.',
    hint: 'Write the number, such as `87.5`.',
  }),
  too_large: (_, f) => ({
    message: `The field ${quote(f.columnName ?? '')} holds a number too large to read (it reads as infinity).`,
    hint: 'Check the figure; write decimals as strings in double quotes, such as `"363558"`.',
  }),
}

const AS_STRING =
  'Write decimals in double quotes, as strings (such as `"0.123456789012345678"`): Tiendo keeps every digit of a string.'

/** English messages about numbers in cells. */
export const number: IoMessages<NumberCode> = {
  ambiguous_number: (f) => {
    const text = quote(f.value)
    if (f.reason === 'dot_groups') {
      const where =
        f.evidencePath !== undefined ? `at ${f.evidencePath}` : `on row ${f.evidenceRow ?? '?'}`
      return {
        message: `The number ${text} is ambiguous: this file writes numbers the Vietnamese way elsewhere (${quote(f.evidence ?? '')} ${where}), so ${text} may mean ${f.value.replace(/\./g, '')} rather than ${f.value}.`,
        hint: `If the whole file writes numbers the Vietnamese way, state ${VI_FLAG}; otherwise change the comma numbers to use a decimal dot.`,
      }
    }
    const decimal = f.decimalReading
    const thousands = f.thousandsReading
    return thousands
      ? {
          message: `The number ${text} is ambiguous: it may be ${thousands} (a comma between thousands) or ${decimal} (a Vietnamese decimal comma).`,
          hint: `Write the number with a dot for decimals and no thousands separators, such as \`${thousands}\` or \`${decimal}\`. If the whole file writes numbers the Vietnamese way (\`1.234,5\`), state it with ${VI_FLAG}.`,
        }
      : {
          message: `The number ${text} is ambiguous: the comma may be a Vietnamese decimal mark (${decimal}), but the file's number format was not stated.`,
          hint: `Write \`${decimal}\` with a dot for decimals. If the whole file writes numbers the Vietnamese way (\`1.234,5\`), state it with ${VI_FLAG}; do not just replace the commas, or \`363.558\` would read as 363.558 rather than 363558.`,
        }
  },
  invalid_number: (f) => INVALID[f.reason](quote(f.value ?? ''), f),
  imprecise_number: (f) => {
    if (f.cell !== undefined) {
      return {
        message: `Cell ${f.cell} holds ${f.value}, with more than 15 significant digits: usually floating-point noise from a calculation (Excel shows only 15 digits). Tiendo reads the stored value exactly.`,
        hint: 'Round in the formula (such as `=ROUND(B2/C2*100, 2)`), or type the rounded value.',
      }
    }
    const field = quote(f.columnName ?? '')
    if (f.written !== undefined) {
      return {
        message: `The field ${field} is the JSON number ${quote(f.written)}, but read as floating point it becomes ${quote(f.value)}: the digits written would be changed.`,
        hint: AS_STRING,
      }
    }
    return {
      message: `The field ${field} is a JSON number with more than 15 significant digits (read as ${f.value}): JSON numbers are read as floating point, so its last digits may have been rounded.`,
      hint: AS_STRING,
    }
  },
}
