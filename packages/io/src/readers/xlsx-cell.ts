/** A spreadsheet cell's value, as Tiendo sees it. @internal */
export type CellRead =
  | { readonly kind: 'empty' }
  | { readonly kind: 'text'; readonly text: string; readonly link?: string | undefined }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'date'; readonly date: Date }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'error'; readonly error: string }
  | { readonly kind: 'no_result' }

/**
 * Reads an exceljs cell value. A formula gives the result Excel cached when it last saved
 * the file (Tiendo never evaluates formulas); a formula without a cached result is
 * `no_result`. Rich text and hyperlinks give their displayed text (and a hyperlink its target, as `link`). @internal
 */
export function readCellValue(value: unknown): CellRead {
  if (value === null || value === undefined || value === '') return { kind: 'empty' }
  if (typeof value === 'string') return { kind: 'text', text: value }
  if (typeof value === 'number') return { kind: 'number', value }
  if (typeof value === 'boolean') return { kind: 'boolean', value }
  if (value instanceof Date) return { kind: 'date', date: value }
  if (typeof value !== 'object') return { kind: 'empty' }
  const object = value as Record<string, unknown>
  if ('error' in object) return { kind: 'error', error: String(object.error) }
  if ('formula' in object || 'sharedFormula' in object) {
    return object.result === undefined ? { kind: 'no_result' } : readCellValue(object.result)
  }
  if (Array.isArray(object.richText)) return textOf(richText(object.richText))
  if ('hyperlink' in object || 'text' in object) {
    const link = typeof object.hyperlink === 'string' ? object.hyperlink : undefined
    const text = object.text
    if (typeof text === 'string') return textOf(text, link)
    const runs = (text as { richText?: unknown } | null)?.richText
    if (Array.isArray(runs)) return textOf(richText(runs), link)
  }
  return { kind: 'empty' }
}

function richText(runs: readonly unknown[]): string {
  return runs.map((run) => String((run as { text?: unknown })?.text ?? '')).join('')
}

function textOf(text: string, link?: string): CellRead {
  if (text === '') return { kind: 'empty' }
  return link === undefined ? { kind: 'text', text } : { kind: 'text', text, link }
}

/** Whether a number format shows values as percentages (`0.0%`), ignoring quoted text. @internal */
export function isPercentFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false
  const bare = numFmt
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
  return bare.includes('%')
}

/**
 * An exceljs date as ISO text. exceljs reads a date serial as UTC, so the UTC fields are the
 * wall-clock values typed: `2024-09-30`, or `2024-09-30T08:15:00` with a time (and
 * milliseconds when there are any). @internal
 */
export function isoDateText(date: Date): string | undefined {
  if (Number.isNaN(date.getTime())) return undefined
  const iso = date.toISOString()
  if (iso.endsWith('T00:00:00.000Z')) return iso.slice(0, 10)
  return iso.endsWith('.000Z') ? iso.slice(0, 19) : iso.slice(0, 23)
}
