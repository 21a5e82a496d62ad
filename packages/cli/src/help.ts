import { displayWidth, wrapText } from '@tiendo/io/internal'
import type { Language } from '@tiendo/schema'
import type { Command, OptionSpec } from './command'

const heading = {
  usage: { vi: 'Cách dùng', en: 'Usage' },
  commands: { vi: 'Lệnh', en: 'Commands' },
  options: { vi: 'Tùy chọn', en: 'Options' },
  examples: { vi: 'Ví dụ', en: 'Examples' },
  exitCodes: { vi: 'Mã thoát', en: 'Exit codes' },
}

const exitCodes = {
  vi: [
    '0  không có gì thất bại',
    '1  dữ liệu vi phạm một quy tắc mức lỗi (hoặc, với --fail-on, một mục tiêu chệch hướng)',
    '2  lệnh không chạy được (sai cú pháp, tệp không đọc được, bộ quy tắc không hợp lệ)',
  ],
  en: [
    '0  nothing failed',
    '1  the data broke a rule of severity error (or, with --fail-on, a target is off track)',
    '2  the command could not run (bad usage, unreadable file, invalid pack)',
  ],
}

/**
 * The fewest columns a text wraps to. Help fits a terminal of 80 columns and up, as the
 * report tables do; in a narrower one a description still keeps 40 columns, and runs past.
 */
const MIN_WIDTH = 40

/** The widest flag column: a longer flag (`--fail-on <off-track|…>`) takes a line of its own. */
const MAX_FLAG_COLUMN = 26

/** Room a description needs beside its flag before the flags give up their own column. */
const MIN_DESCRIPTION = 50

/** `text` wrapped to `width`, each line after the first starting with `indent`, without the last line break. */
function wrapped(text: string, width: number, indent: string): string {
  return wrapText(text, Math.max(MIN_WIDTH, width), indent).replace(/\n$/, '')
}

/**
 * Pieces laid on lines of at most `width` columns, a space between two on a line: the first
 * line starts with `first`, the others with `indent`, and each line but the last ends with
 * `end`. A piece is never broken.
 */
function lay(pieces: readonly string[], width: number, first: string, indent: string, end = '') {
  const room = Math.max(MIN_WIDTH, width) - displayWidth(end)
  const lines: string[] = []
  let line = first
  let start = first
  for (const piece of pieces) {
    const next = line === start ? `${line}${piece}` : `${line} ${piece}`
    if (line !== start && displayWidth(next) > room) {
      lines.push(`${line}${end}`)
      start = indent
      line = `${indent}${piece}`
    } else {
      line = next
    }
  }
  lines.push(line)
  return lines.join('\n')
}

/** A synopsis's pieces: a bracketed or angled group (`[--format …]`, `<id|path>`) stays whole. */
function synopsisPieces(text: string): string[] {
  return text.match(/(?:\[[^\]]*\]|<[^>]*>|[^\s[<])+/g) ?? [text]
}

/**
 * A command line's pieces: its arguments, quoted ones whole (`"Số liệu"`), each option with
 * the value after it (`--format json`).
 */
function commandPieces(line: string): string[] {
  const words = line.match(/(?:[^\s"']+|"[^"]*"|'[^']*')+/g) ?? [line]
  const pieces: string[] = []
  for (const word of words) {
    const last = pieces.at(-1)
    if (last?.startsWith('--') && !last.includes(' ') && !word.startsWith('-')) {
      pieces[pieces.length - 1] = `${last} ${word}`
    } else {
      pieces.push(word)
    }
  }
  return pieces
}

/** Rows of a two-column list (`  name  text`), the text wrapped inside its column. */
function twoColumns(rows: readonly (readonly [string, string])[], width: number): string[] {
  const widest = Math.max(...rows.map(([name]) => displayWidth(name)))
  const column =
    Math.max(MIN_WIDTH, width) - widest - 4 >= MIN_DESCRIPTION
      ? widest
      : Math.min(widest, MAX_FLAG_COLUMN)
  const indent = ' '.repeat(column + 4)
  return rows.map(([name, text]) => {
    const body = wrapped(text, width - indent.length, '').replace(/\n/g, `\n${indent}`)
    return displayWidth(name) <= column
      ? `  ${name}${' '.repeat(column - displayWidth(name))}  ${body}`
      : `  ${name}\n${indent}${body}`
  })
}

/** The help of the whole program: its commands and exit codes, wrapped to `width`. */
export function programHelp(
  commands: readonly Command[],
  lang: Language,
  version: string,
  width: number,
): string {
  const intro =
    lang === 'vi'
      ? `tiendo ${version} — kiểm tra dữ liệu, đánh giá quy tắc và tiến độ đến mục tiêu`
      : `tiendo ${version} — validate data, evaluate rules and track progress to targets`
  const usage = `${heading.usage[lang]}: `
  return [
    wrapped(intro, width, '  '),
    '',
    lay(
      synopsisPieces('tiendo <command> [files…] [--pack <id|path>] [--format …] [--lang vi|en]'),
      width,
      usage,
      ' '.repeat(usage.length),
    ),
    '',
    `${heading.commands[lang]}:`,
    ...twoColumns(
      commands.map((command) => [command.name, command.summary[lang]] as const),
      width,
    ),
    '',
    `${heading.exitCodes[lang]}:`,
    ...exitCodes[lang].map((line) => `  ${wrapped(line, width - 2, '   ')}`.replace(/\n/g, '\n  ')),
    '',
    wrapped(
      lang === 'vi'
        ? 'Xem `tiendo <command> --help` để biết chi tiết và ví dụ.'
        : 'See `tiendo <command> --help` for details and examples.',
      width,
      '',
    ),
    '',
  ].join('\n')
}

/** The help of one command: synopsis, options and examples, wrapped to `width`. */
export function commandHelp(
  command: Command,
  options: readonly OptionSpec[],
  lang: Language,
  width: number,
): string {
  const rows = options.map(
    (option) =>
      [
        `--${option.name}${option.type === 'string' ? ` <${option.valueName ?? 'value'}>` : ''}`,
        option.description[lang],
      ] as const,
  )
  const usage = `${heading.usage[lang]}: tiendo ${command.name} `
  return [
    wrapped(`tiendo ${command.name} — ${command.summary[lang]}`, width, '  '),
    '',
    lay(synopsisPieces(command.synopsis), width, usage, ' '.repeat(usage.length)),
    '',
    `${heading.options[lang]}:`,
    ...twoColumns(rows, width),
    '',
    `${heading.examples[lang]}:`,
    // Broken between arguments, with the shell's ` \\`: a copied example still runs.
    ...command.examples.map((example) => lay(commandPieces(example), width, '  ', '      ', ' \\')),
    '',
  ].join('\n')
}
