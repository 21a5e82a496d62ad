import type { TiendoIssue } from '@tiendo/schema'
import { ioIssue } from '../issue'
import { tooManyRowsIssue } from '../limit-issues'
import { jsonKind } from '../rows/json-kind'
import { rowFromJsonObject } from '../rows/json-object'
import { scanJsonRows } from '../rows/json-raw'
import type { RowItem } from '../rows/raw-row'
import { decodeText } from '../text/decode'
import type { ReaderContext } from './context'
import { describeJsonError } from './json-position'

/**
 * Reads the rows of a JSON file (an array of objects), given its whole content: JSON is
 * parsed whole, which is why JSON files have the lower `maxInMemoryBytes` ceiling. Each row's
 * location is a JSON Pointer (`{ file, path: '/3' }`); a syntax error is located by line.
 * Pure (no Node APIs). @internal
 */
export async function* readJsonRows(
  bytes: Uint8Array,
  context: ReaderContext,
): AsyncGenerator<RowItem, void, undefined> {
  const { file, limits } = context
  const pending: TiendoIssue[] = []
  let text = ''
  for await (const piece of decodeText(single(bytes), {
    encoding: context.encoding,
    format: 'json',
    location: { file },
    onIssue: (issue) => pending.push(issue),
  })) {
    text += piece
  }
  if (pending.length > 0) {
    yield* pending
    return
  }
  if (text.trim() === '') {
    yield ioIssue('empty_file', { format: 'json' }, { location: { file } })
    return
  }
  let document: unknown
  try {
    document = JSON.parse(text)
  } catch {
    const fields = describeJsonError(text, 1, 'json')
    yield ioIssue('invalid_json', fields, { location: { file, row: fields.line } })
    return
  }
  // What parsing hid (repeated keys, rounded numbers), read before the text is let go.
  const raw = Array.isArray(document) ? scanJsonRows(text, 1) : []
  text = ''
  if (!Array.isArray(document)) {
    const fields = { found: jsonKind(document), arrayKey: arrayKeyOf(document) }
    yield ioIssue('not_an_array', fields, { location: { file, path: '' } })
    return
  }
  if (document.length === 0) {
    yield ioIssue('no_rows', {}, { location: { file, path: '' } })
    return
  }
  for (const [index, element] of document.entries()) {
    context.signal?.throwIfAborted()
    const location = { file, path: `/${index}` }
    if (index >= limits.maxRows) {
      yield tooManyRowsIssue(limits, location)
      return
    }
    if (element === null || typeof element !== 'object' || Array.isArray(element)) {
      yield ioIssue('not_an_object', { found: jsonKind(element) }, { location })
      yield { kind: 'row', cells: {}, location, rejected: true }
      continue
    }
    const object = element as Record<string, unknown>
    const { row, issues } = rowFromJsonObject(object, location, limits, raw[index])
    yield* issues
    yield row
  }
}

/** The key of an object that holds an array, as in `{ "observations": [ … ] }`. */
function arrayKeyOf(document: unknown): string | undefined {
  if (document === null || typeof document !== 'object' || Array.isArray(document)) return undefined
  return Object.entries(document).find(([, value]) => Array.isArray(value))?.[0]
}

async function* single(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes
}
