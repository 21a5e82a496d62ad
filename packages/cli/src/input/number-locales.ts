/**
 * `--number-locale`: how numbers are written, for every file (`--number-locale vi`) or for
 * one (`--number-locale so-lieu-xa.csv=vi`, repeatable), so that one call can read a
 * commune's `87,5` beside a ministry's `87.5`.
 */

import { resolve } from 'node:path'
import type { NumberLocale } from '@tiendo/io'
import { CliError } from '../cli-error'
import type { CommandContext, OptionSpec } from '../command'

/** The `--number-locale` option of the commands that read data files. */
export const numberLocaleOption: OptionSpec = {
  name: 'number-locale',
  type: 'string',
  valueName: 'vi|en|FILE=vi|en',
  multiple: true,
  description: {
    vi: 'Cách viết số trong tệp: `vi` đọc `87,5` là 87.5 và `363.558` là 363558; `en` (mặc định) đọc dấu `.` thập phân, không phân cách hàng nghìn; số đọc được hai cách thì báo lỗi. `TỆP=vi` chỉ áp dụng cho một tệp; lặp lại được.',
    en: 'How numbers are written: `vi` reads `87,5` as 87.5 and `363.558` as 363558; `en` (the default) reads `.` decimals and no thousands separators; ambiguous numbers are refused. `FILE=vi` applies to one file only; repeatable.',
  },
}

/** The number locale of every file, and those given for single files (by resolved path). */
export interface NumberLocales {
  readonly all: NumberLocale
  readonly byFile: ReadonlyMap<string, NumberLocale>
}

const LOCALES: Readonly<Record<string, NumberLocale>> = { vi: 'vi', en: 'default' }

/**
 * The `--number-locale` values, checked: each is `vi`, `en`, or `FILE=vi|en` naming one of
 * `files` (the data and record files of the call).
 */
export function numberLocales(context: CommandContext, files: readonly string[]): NumberLocales {
  const given = context.options['number-locale']
  const values = Array.isArray(given) ? given : typeof given === 'string' ? [given] : []
  let all: NumberLocale = 'default'
  const byFile = new Map<string, NumberLocale>()
  const known = new Set(files.map((file) => resolve(context.cwd, file)))
  for (const value of values) {
    const equals = value.lastIndexOf('=')
    const name = equals === -1 ? undefined : value.slice(0, equals)
    const locale = LOCALES[equals === -1 ? value : value.slice(equals + 1)]
    if (locale === undefined) throw badLocale(value)
    if (name === undefined) {
      all = locale
      continue
    }
    const path = resolve(context.cwd, name)
    if (!known.has(path)) throw unknownFile(name, files)
    byFile.set(path, locale)
  }
  return { all, byFile }
}

function badLocale(value: string): CliError {
  return new CliError(
    {
      vi: `\`--number-locale ${value}\`: cách viết số phải là \`vi\` hoặc \`en\`.`,
      en: `\`--number-locale ${value}\`: the locale must be \`vi\` or \`en\`.`,
    },
    {
      vi: 'Ví dụ `--number-locale vi` cho mọi tệp, hoặc `--number-locale so-lieu-xa.csv=vi` cho một tệp.',
      en: 'For example `--number-locale vi` for every file, or `--number-locale commune-data.csv=vi` for one.',
    },
  )
}

function unknownFile(name: string, files: readonly string[]): CliError {
  return new CliError(
    {
      vi: `\`--number-locale ${name}=…\` nêu một tệp không có trong lệnh.`,
      en: `\`--number-locale ${name}=…\` names a file the command does not read.`,
    },
    {
      vi: `Ghi đúng tên một tệp của lệnh: ${files.join(', ')}.`,
      en: `Write the name of one of the command's files: ${files.join(', ')}.`,
    },
  )
}
