import type { LocalizedText } from '@tiendo/schema'

/** Where a text stops being JSON, and what was expected there. */
export interface JsonSyntaxError {
  /** 1-based line. */
  readonly line: number
  /** 1-based column, in UTF-16 code units. */
  readonly column: number
  readonly expected: LocalizedText
}

const WHAT = {
  value: {
    vi: 'một giá trị (chuỗi, số, object, mảng, true, false, null)',
    en: 'a value (string, number, object, array, true, false, null)',
  },
  key: { vi: 'tên khóa trong dấu nháy kép hoặc `}`', en: 'a key in double quotes or `}`' },
  keyOnly: { vi: 'tên khóa trong dấu nháy kép', en: 'a key in double quotes' },
  colon: { vi: 'dấu `:` sau tên khóa', en: 'a `:` after the key' },
  objectNext: { vi: 'dấu `,` hoặc `}`', en: 'a `,` or `}`' },
  arrayNext: { vi: 'dấu `,` hoặc `]`', en: 'a `,` or `]`' },
  end: { vi: 'hết tệp (chỉ một giá trị JSON)', en: 'the end of the file (one JSON value only)' },
  string: {
    vi: 'dấu nháy kép đóng chuỗi (không xuống dòng, không ký tự điều khiển)',
    en: 'a closing double quote (no line break or control character in a string)',
  },
  escape: {
    vi: 'một mã thoát hợp lệ (`\\n`, `\\"`, `\\uXXXX`…)',
    en: 'a valid escape (`\\n`, `\\"`, `\\uXXXX`…)',
  },
  number: {
    vi: 'một số JSON (vd. `87.5`, không `+`, không số 0 đứng đầu)',
    en: 'a JSON number (e.g. `87.5`, no `+`, no leading zero)',
  },
} as const satisfies Record<string, LocalizedText>

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y
const LITERAL = /true|false|null/y
const WHITESPACE = /[ \t\n\r]*/y

/**
 * Finds the first place a text is not JSON (RFC 8259), iteratively (any nesting depth), so a
 * message can say `line:column` and what was expected without quoting the file: a pack
 * path may point at a file that is not the user's to show. `undefined` when it is JSON.
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  let at = 0
  // What each open container expects next.
  const stack: Array<'object' | 'array'> = []
  type State = 'value' | 'afterValue' | 'key' | 'firstKey' | 'firstValue'
  let state: State = 'value'
  const fail = (expected: LocalizedText): JsonSyntaxError => {
    const before = text.slice(0, at)
    const line = before.split('\n').length
    return { line, column: at - before.lastIndexOf('\n'), expected }
  }
  const skip = () => {
    WHITESPACE.lastIndex = at
    WHITESPACE.exec(text)
    at = WHITESPACE.lastIndex
  }
  for (;;) {
    skip()
    const char = text[at]
    if (state === 'value' || state === 'firstValue') {
      if (state === 'firstValue' && char === ']') {
        at++
        stack.pop()
        state = 'afterValue'
        continue
      }
      if (char === '{') {
        at++
        stack.push('object')
        state = 'firstKey'
        continue
      }
      if (char === '[') {
        at++
        stack.push('array')
        state = 'firstValue'
        continue
      }
      if (char === '"') {
        const error = scanString()
        if (error) return error
        state = 'afterValue'
        continue
      }
      for (const pattern of [NUMBER, LITERAL]) pattern.lastIndex = at
      const matched = NUMBER.exec(text) ?? LITERAL.exec(text)
      if (matched === null || matched[0] === '')
        return fail(
          char === undefined ? WHAT.value : /[-+.\d]/.test(char) ? WHAT.number : WHAT.value,
        )
      at += matched[0].length
      state = 'afterValue'
      continue
    }
    if (state === 'key' || state === 'firstKey') {
      if (state === 'firstKey' && char === '}') {
        at++
        stack.pop()
        state = 'afterValue'
        continue
      }
      if (char !== '"') return fail(state === 'firstKey' ? WHAT.key : WHAT.keyOnly)
      const error = scanString()
      if (error) return error
      skip()
      if (text[at] !== ':') return fail(WHAT.colon)
      at++
      state = 'value'
      continue
    }
    // After a value: close, separate, or end.
    const open = stack.at(-1)
    if (open === undefined) return char === undefined ? undefined : fail(WHAT.end)
    if (char === ',') {
      at++
      state = open === 'object' ? 'key' : 'value'
      continue
    }
    if ((open === 'object' && char === '}') || (open === 'array' && char === ']')) {
      at++
      stack.pop()
      continue
    }
    return fail(open === 'object' ? WHAT.objectNext : WHAT.arrayNext)
  }

  function scanString(): JsonSyntaxError | undefined {
    at++
    for (;;) {
      const char = text[at]
      if (char === undefined || char < ' ') return fail(WHAT.string)
      if (char === '"') {
        at++
        return undefined
      }
      if (char === '\\') {
        const next = text[at + 1]
        if (next !== undefined && '"\\/bfnrt'.includes(next)) at += 2
        else if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(at + 2, at + 6))) at += 6
        else {
          at++
          return fail(WHAT.escape)
        }
        continue
      }
      at++
    }
  }
}
