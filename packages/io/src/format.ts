/** The kinds of data file Tiendo reads. */
export type FileFormat = 'csv' | 'ndjson' | 'json' | 'xlsx'

/** Every {@link FileFormat}, in the order documentation lists them. */
export const FILE_FORMATS: readonly FileFormat[] = ['csv', 'ndjson', 'json', 'xlsx']

const BY_EXTENSION: Readonly<Record<string, FileFormat>> = {
  csv: 'csv',
  ndjson: 'ndjson',
  jsonl: 'ndjson',
  json: 'json',
  xlsx: 'xlsx',
}

/**
 * The format of a file, from its extension (case does not matter): `.csv`, `.ndjson` or
 * `.jsonl`, `.json`, `.xlsx`. Returns `undefined` for anything else, including `.xls` (the
 * old Excel format, which Tiendo does not read) and files without an extension.
 *
 * @example detectFormat('data/Quý 3.CSV') // 'csv'
 */
export function detectFormat(fileName: string): FileFormat | undefined {
  const base = fileName.split(/[\\/]/).at(-1) ?? ''
  const dot = base.lastIndexOf('.')
  if (dot <= 0) return undefined
  const extension = base.slice(dot + 1).toLowerCase()
  return Object.hasOwn(BY_EXTENSION, extension) ? BY_EXTENSION[extension] : undefined
}

/** The extension of a file name in lower case, without the dot; `''` when there is none. @internal */
export function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).at(-1) ?? ''
  const dot = base.lastIndexOf('.')
  return dot <= 0 ? '' : base.slice(dot + 1).toLowerCase()
}
