import { cutAtWidth, displayWidth } from './display-width'

/** How a column's cells line up. */
export type Align = 'left' | 'right'

/** Options of {@link renderTable}. */
export interface TableOptions {
  /**
   * The widest a line may be, in columns (a terminal's width). Wider tables narrow their
   * widest columns and wrap the text inside their cells, never across the screen. Defaults
   * to no limit.
   */
  readonly width?: number | undefined
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI colour codes start with ESC
const ANSI = /\u001b\[[0-9;]*m/g

/** A line break in a cell or a text: it starts a new line in its place. */
const LINE_BREAK = /\r\n|\r|\n/

/** The columns a cell takes: those of its widest line. */
function width(text: string): number {
  return Math.max(...text.split(LINE_BREAK).map(displayWidth))
}

function pad(text: string, size: number, align: Align): string {
  const fill = ' '.repeat(Math.max(0, size - displayWidth(text)))
  return align === 'right' ? fill + text : text + fill
}

/** The narrowest a column is made, unless even that cannot fit. */
const MIN_COLUMN = 6

/** The longest word a column keeps whole when narrowed (a longer one is cut). */
const LONGEST_KEPT_WORD = 24

/** The widest word of a text. */
function longestWord(text: string): number {
  return Math.max(0, ...text.split(/\s+/).map(displayWidth))
}

/**
 * Column widths that fit `limit`, as a browser lays out a table: columns narrower than their
 * fair share keep their width; the others share the room left in proportion to their text,
 * none below its floor (its longest word, within reason). A long message gets the most.
 */
function fitSizes(natural: readonly number[], floors: readonly number[], limit: number): number[] {
  const available = limit - 2 * (natural.length - 1)
  if (natural.reduce((sum, size) => sum + size, 0) <= available) return [...natural]
  const sizes = [...natural]
  const flexible = new Set(natural.map((_, i) => i))
  let room = available
  for (;;) {
    const share = room / flexible.size
    const fitting = [...flexible].filter((i) => natural[i]! <= share)
    if (fitting.length === 0 || fitting.length === flexible.size) break
    for (const i of fitting) {
      flexible.delete(i)
      room -= natural[i]!
    }
  }
  const wanted = [...flexible].reduce((sum, i) => sum + natural[i]!, 0)
  for (const i of flexible)
    sizes[i] = Math.max(floors[i]!, Math.floor((room * natural[i]!) / wanted))
  // Floors may have taken more than the room: narrow the widest above its floor, then
  // (when every column is at its floor) any column above the minimum.
  let total = sizes.reduce((sum, size) => sum + size, 0)
  for (const floor of [floors, floors.map(() => MIN_COLUMN)]) {
    while (total > available) {
      let widest = -1
      for (let i = 0; i < sizes.length; i++) {
        if (sizes[i]! > floor[i]! && (widest === -1 || sizes[i]! > sizes[widest]!)) widest = i
      }
      if (widest === -1) break
      sizes[widest]!--
      total--
    }
  }
  // Rounding may have left room: give it to the columns still short of their text.
  for (const i of flexible) {
    if (total >= available) break
    const add = Math.min(natural[i]! - sizes[i]!, available - total)
    if (add > 0) {
      sizes[i]! += add
      total += add
    }
  }
  return sizes
}

/**
 * Prose for a terminal: lines of at most `width` visible columns, broken between words; the
 * lines after the first start with `indent` (a hanging indent under a bullet), those after a
 * line break in the text too. A word longer than a line (a link, a path) is cut where the line
 * ends, between characters, as in a table's cell. Colour codes take no room and are kept. Each
 * line ends with a line break.
 */
export function wrapText(text: string, width: number, indent = ''): string {
  const lines: string[] = []
  const room = Math.max(1, width)
  text.split(LINE_BREAK).forEach((paragraph, index) => {
    // The line's own start: none on the first line, the indent on every other.
    let start = index === 0 ? '' : indent
    let line = start
    for (const word of paragraph.split(' ')) {
      if (line === start) {
        line = `${start}${word}`
      } else if (displayWidth(line) + 1 + displayWidth(word) <= room) {
        line += ` ${word}`
        continue
      } else {
        lines.push(line)
        start = indent
        line = `${indent}${word}`
      }
      // A word wider than the line: cut it, the rest carried on the next lines.
      // A line with colour codes is left whole: a cut could split a code.
      if (line.includes('\u001b[') || displayWidth(line) <= room) continue
      for (;;) {
        const left = Math.max(1, room - displayWidth(start))
        const [head, rest] = cutAtWidth(line.slice(start.length), left)
        if (rest === '') break
        lines.push(`${start}${head}`)
        start = indent
        line = `${indent}${rest}`
      }
    }
    lines.push(line === start ? '' : line)
  })
  return lines.map((text) => `${text}\n`).join('')
}

/**
 * A cell's text in lines of at most `size` columns, broken between words where it can, and
 * at its own line breaks.
 */
function wrap(text: string, size: number): string[] {
  // A cell in one colour keeps it on every line; a mix of colours is wrapped as plain text.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: colour codes start with ESC
  const coloured = /^(\u001b\[[0-9;]*m)([^\u001b]*)(\u001b\[[0-9;]*m)$/.exec(text)
  if (coloured !== null) {
    const [, open, inner, close] = coloured
    return wrap(inner!, size).map((line) => `${open}${line}${close}`)
  }
  const lines = text.split(LINE_BREAK)
  if (lines.length === 1) return wrapLine(text, size)
  // A colour spanning lines would run into the next columns: such a cell is shown plain.
  return lines.flatMap((line) => wrapLine(line.replace(ANSI, ''), size))
}

/** One line of a cell's text (no line break) in lines of at most `size` columns. */
function wrapLine(text: string, size: number): string[] {
  if (displayWidth(text) <= size) return [text]
  const plain = text.normalize('NFC').replace(ANSI, '')
  const lines: string[] = []
  let line = ''
  for (const word of plain.split(/\s+/).filter((part) => part !== '')) {
    let rest = word
    if (displayWidth(rest) > size) {
      // A word longer than the column is cut (a path, an id), never inside a character.
      if (line !== '') {
        lines.push(line)
        line = ''
      }
      for (;;) {
        const [head, tail] = cutAtWidth(rest, size)
        if (tail === '') break
        lines.push(head)
        rest = tail
      }
    }
    if (rest === '') continue
    const joined = line === '' ? rest : `${line} ${rest}`
    if (displayWidth(joined) <= size) line = joined
    else {
      lines.push(line)
      line = rest
    }
  }
  if (line !== '' || lines.length === 0) lines.push(line)
  return lines
}

/**
 * Renders rows as a plain-text table with a header rule, for terminals. With `width`, a
 * table too wide for it narrows its widest columns and wraps their cells over several lines.
 */
export function renderTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  align: readonly Align[] = [],
  options: TableOptions = {},
): string {
  const natural = header.map((cell, column) =>
    Math.max(width(cell), ...rows.map((row) => width(row[column] ?? ''))),
  )
  const floors = header.map((cell, column) => {
    const word = Math.max(longestWord(cell), ...rows.map((row) => longestWord(row[column] ?? '')))
    return Math.min(natural[column]!, Math.max(MIN_COLUMN, Math.min(LONGEST_KEPT_WORD, word)))
  })
  const sizes =
    options.width === undefined ? natural : fitSizes(natural, floors, Math.max(1, options.width))
  const lines = (cells: readonly string[]) => {
    const wrapped = sizes.map((size, column) => wrap(cells[column] ?? '', size))
    const height = Math.max(...wrapped.map((cell) => cell.length))
    return Array.from({ length: height }, (_, line) =>
      wrapped
        .map((cell, column) => pad(cell[line] ?? '', sizes[column]!, align[column] ?? 'left'))
        .join('  ')
        .trimEnd(),
    )
  }
  return [
    ...lines(header),
    sizes.map((size) => '─'.repeat(size)).join('  '),
    ...rows.flatMap(lines),
  ]
    .map((text) => `${text}\n`)
    .join('')
}
