import type { JsonKind } from '../../issue-fields'
import type { JsonExpectation } from '../../text/json-syntax'
import type { IoMessages, JsonCode } from '../catalogue'
import { type JsonHint, jsonHint } from '../json-hint'
import { quote } from '../quote'

/** What the JSON grammar expected, in English. */
export const EXPECTED: Readonly<Record<JsonExpectation, string>> = {
  value: 'a value (a string, number, object, array, true, false or null)',
  comma_or_close: 'a comma `,` or a closing `]` / `}`',
  colon: 'a colon `:`',
  key: 'a field name in double quotes, such as `"value"`',
  end_of_text: 'the end of the text',
  closing_quote: 'a double quote `"` closing the string',
  no_control_character:
    'a plain character (a string may not hold a line break or control character)',
  escape: 'a valid escape such as `\\n`, `\\"` or `\\u00e0`',
  digit: 'a digit',
}

const HINT: Readonly<Record<JsonHint, string>> = {
  extra_comma: 'Remove the extra comma before the closing bracket.',
  missing_value: 'A value is missing after the colon: write it, or `null` to leave it empty.',
  single_quote: 'JSON uses double quotes `"`, not single quotes `\'`.',
  line_break: 'Write a line break inside a string as `\\n`.',
  missing_comma: 'A comma between two items, or the quotes around a field name, may be missing.',
  check_syntax: 'Check the JSON syntax at this place; an editor that checks JSON will mark it.',
  comment:
    'JSON has no comments: remove the `//` or `/* … */` comment (or make it a field, such as `"note"`).',
}

const KIND: Readonly<Record<JsonKind, string>> = {
  object: 'an object',
  array: 'an array',
  string: 'a string',
  number: 'a number',
  boolean: 'a boolean',
  null: '`null`',
}

/** English messages about JSON and NDJSON files. */
export const json: IoMessages<JsonCode> = {
  invalid_json: (f) => {
    const found = f.found === undefined ? 'the end of the file' : quote(f.found)
    const hint = HINT[jsonHint(f)]
    return {
      message: `Invalid JSON on line ${f.line}, character ${f.character}: expected ${EXPECTED[f.expected]} but found ${found}.`,
      hint:
        f.format === 'ndjson'
          ? `${hint} Each NDJSON line is one whole JSON object, on a single line.`
          : hint,
    }
  },
  not_an_array: (f) => ({
    message: `A JSON file must be an array \`[ … ]\` of objects, but this one is ${KIND[f.found]}.`,
    hint: f.arrayKey
      ? `The data array is inside the field ${quote(f.arrayKey)}: save that array as the file, or use NDJSON (one object a line).`
      : 'Put the objects inside `[` and `]`, separated by commas; or use NDJSON (one object a line).',
  }),
  not_an_object: (f) => ({
    message: `Each item must be an object \`{ … }\`, but this one is ${KIND[f.found]}.`,
    hint: 'Write each row as one object, such as `{"indicator": "dti_score", "unit": "58", "period": "2024", "value": "0.7079"}`.',
  }),
  invalid_cell: (f) => ({
    message: `The field ${quote(f.columnName)} must be text or a number, but it is ${KIND[f.found]}.`,
    hint: 'Write the value itself, not a nested object or array; to leave it empty, leave the field out or write `null`.',
  }),
}
