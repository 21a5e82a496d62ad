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

/** The help of the whole program: its commands and exit codes. */
export function programHelp(commands: readonly Command[], lang: Language, version: string): string {
  const width = Math.max(...commands.map((command) => command.name.length))
  const intro =
    lang === 'vi'
      ? `tiendo ${version} — kiểm tra dữ liệu, đánh giá quy tắc và tiến độ đến mục tiêu`
      : `tiendo ${version} — validate data, evaluate rules and track progress to targets`
  return [
    intro,
    '',
    `${heading.usage[lang]}: tiendo <command> [files…] [--pack <id|path>] [--format …] [--lang vi|en]`,
    '',
    `${heading.commands[lang]}:`,
    ...commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary[lang]}`),
    '',
    `${heading.exitCodes[lang]}:`,
    ...exitCodes[lang].map((line) => `  ${line}`),
    '',
    lang === 'vi'
      ? 'Xem `tiendo <command> --help` để biết chi tiết và ví dụ.'
      : 'See `tiendo <command> --help` for details and examples.',
    '',
  ].join('\n')
}

/** The help of one command: synopsis, options and examples. */
export function commandHelp(
  command: Command,
  options: readonly OptionSpec[],
  lang: Language,
): string {
  const rows = options.map((option) => [
    `--${option.name}${option.type === 'string' ? ` <${option.valueName ?? 'value'}>` : ''}`,
    option.description[lang],
  ])
  const width = Math.max(...rows.map(([flag]) => flag!.length))
  return [
    `tiendo ${command.name} — ${command.summary[lang]}`,
    '',
    `${heading.usage[lang]}: tiendo ${command.name} ${command.synopsis}`,
    '',
    `${heading.options[lang]}:`,
    ...rows.map(([flag, text]) => `  ${flag!.padEnd(width)}  ${text}`),
    '',
    `${heading.examples[lang]}:`,
    ...command.examples.map((example) => `  ${example}`),
    '',
  ].join('\n')
}
