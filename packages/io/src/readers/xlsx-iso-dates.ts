/**
 * Cells stored as ISO 8601 date text (`<c t="d"><v>2024-09-01T00:00:00</v></c>`), as SheetJS
 * (with `cellDates`) and other writers save dates. exceljs 4 drops the `t="d"` type and reads
 * the text with `parseFloat`, so `2024-09-01T00:00:00` would become the number 2024 (a date
 * format on the cell turns that into a date in 1905). Tiendo finds those cells itself, in the
 * XML of the one sheet it reads, and reads them as dates. @internal
 */

/** What the sheet's `t="d"` cells hold, by address (`C3`), or why they cannot be placed. */
export type IsoDateCells =
  | { readonly kind: 'cells'; readonly cells: ReadonlyMap<string, string> }
  | { readonly kind: 'unaddressed' }

const NONE: IsoDateCells = { kind: 'cells', cells: new Map() }

/** An attribute `t="d"` (or `t = 'd'`): the quick test, run once over the sheet's XML. */
const DATE_TYPE = /\st\s*=\s*(["'])d\1/g

/**
 * The `t="d"` cells of the worksheet whose `sheetId` is `sheetId` (exceljs's `Worksheet.id`) in the workbook `bytes`: each cell's
 * address and the text of its `<v>` (a formula's cached result included). A sheet without
 * such a cell costs one pass over its XML. A `t="d"` cell without an `r` address cannot be
 * placed (exceljs itself refuses such cells): `unaddressed`.
 */
export async function findIsoDateCells(bytes: Uint8Array, sheetId: number): Promise<IsoDateCells> {
  const { default: JSZip } = await import('jszip')
  const zip = await JSZip.loadAsync(bytes)
  const part = await sheetPart(zip, sheetId)
  if (part === undefined) return NONE
  const xml = await zip.file(part)?.async('string')
  if (xml === undefined) return NONE
  return isoDateCellsOf(xml)
}

/** The `t="d"` cells of one worksheet's XML. @internal */
export function isoDateCellsOf(xml: string): IsoDateCells {
  const cells = new Map<string, string>()
  for (const match of xml.matchAll(DATE_TYPE)) {
    const start = xml.lastIndexOf('<', match.index)
    const end = xml.indexOf('>', match.index)
    if (start === -1 || end === -1) continue
    const tag = xml.slice(start, end + 1)
    if (!/^<c[\s/>]/.test(tag)) continue
    if (tag.endsWith('/>')) continue // an empty cell
    const close = xml.indexOf('</c>', end)
    const inner = xml.slice(end + 1, close === -1 ? undefined : close)
    const value = /<v(?:\s[^>]*)?>([^<]*)<\/v>/.exec(inner)?.[1]
    if (value === undefined) continue // no value, or a formula without a result
    const address = attributes(tag).get('r')
    if (address === undefined || address.trim() === '') return { kind: 'unaddressed' }
    cells.set(address.trim().toUpperCase(), decodeXml(value).trim())
  }
  return cells.size === 0 ? NONE : { kind: 'cells', cells }
}

/**
 * The zip path of the worksheet `sheetId`, found as exceljs finds it: its `<sheet>` in
 * `xl/workbook.xml`, that sheet's relationship in `xl/_rels/workbook.xml.rels`, the target
 * under `xl/`.
 */
async function sheetPart(
  zip: { file(path: string): { async(type: 'string'): Promise<string> } | null },
  sheetId: number,
): Promise<string | undefined> {
  const workbook = await zip.file('xl/workbook.xml')?.async('string')
  const rels = await zip.file('xl/_rels/workbook.xml.rels')?.async('string')
  if (workbook === undefined || rels === undefined) return undefined
  let id: string | undefined
  for (const [tag] of workbook.matchAll(/<sheet\s[^>]*>/g)) {
    const found = attributes(tag)
    if (Number.parseInt(found.get('sheetId') ?? '', 10) === sheetId) {
      id = found.get('r:id')
      break
    }
  }
  if (id === undefined) return undefined
  for (const [tag] of rels.matchAll(/<Relationship\s[^>]*>/g)) {
    const found = attributes(tag)
    const target = found.get('Target')
    if (found.get('Id') === id && target !== undefined) {
      return `xl/${target.replace(/^(\s|\/xl\/)+/, '')}`
    }
  }
  return undefined
}

/** An XML start tag's attributes, their values decoded. */
function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>()
  for (const match of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    found.set(match[1] as string, decodeXml(match[2] ?? match[3] ?? ''))
  }
  return found
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

function decodeXml(text: string): string {
  if (!text.includes('&')) return text
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (whole, name: string) => {
    if (name.startsWith('#x')) return codePoint(Number.parseInt(name.slice(2), 16), whole)
    if (name.startsWith('#')) return codePoint(Number.parseInt(name.slice(1), 10), whole)
    return ENTITIES[name] ?? whole
  })
}

function codePoint(code: number, whole: string): string {
  return code <= 0x10ffff ? String.fromCodePoint(code) : whole
}

/**
 * The date an ISO 8601 cell text names, with its wall-clock fields as UTC (as exceljs reads a
 * date serial): `2024-09-01`, `2024-09-01T08:15`, `2024-09-01T08:15:00.5`, with `Z` or a zero
 * offset allowed. Anything else (another offset, a time alone, a day that does not exist) is
 * no date. @internal
 */
export function isoCellDate(text: string): Date | undefined {
  const match =
    /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?(Z|[+-]00:?00)?$/.exec(
      text,
    )
  if (!match) return undefined
  const [year, month, day, hour, minute, second] = match
    .slice(1, 7)
    .map((part) => (part === undefined ? 0 : Number(part))) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ]
  const millis = Number(((match[7] ?? '') + '000').slice(0, 3))
  if (hour > 23 || minute > 59 || second > 59) return undefined
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second, millis))
  date.setUTCFullYear(year) // Date.UTC maps years 0–99 to 1900–1999
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined
  return date
}
