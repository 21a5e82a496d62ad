import { readFileSync } from 'node:fs'

/**
 * Reads a small RFC 4180 CSV file (header row, quoted fields with `""` escapes) into
 * records keyed by the header. Enough for the catalogue copy under `data/`. @internal
 */
export function readCsv(url: URL): Record<string, string>[] {
  const text = readFileSync(url, 'utf8')
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (char === '"') quoted = false
      else field += char
    } else if (char === '"') quoted = true
    else if (char === ',') {
      row.push(field)
      field = ''
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else field += char
  }
  if (field !== '' || row.length > 0) rows.push([...row, field])
  const [header, ...body] = rows
  if (!header) return []
  return body
    .filter((cells) => cells.some((cell) => cell !== ''))
    .map((cells) => {
      if (cells.length !== header.length) {
        throw new Error(`CSV row has ${cells.length} cells, header has ${header.length}`)
      }
      return Object.fromEntries(header.map((name, i) => [name, cells[i]!]))
    })
}
