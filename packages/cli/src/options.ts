import { BUILT_IN_PACK_IDS } from '@tiendo/packs'
import type { OptionSpec } from './command'

/** Options every command accepts. */
export const commonOptions: readonly OptionSpec[] = [
  {
    name: 'lang',
    type: 'string',
    valueName: 'vi|en',
    choices: ['vi', 'en'],
    description: {
      vi: 'Ngôn ngữ của thông báo. Mặc định theo locale của môi trường (LANG).',
      en: "Language of messages. Defaults to the environment's locale (LANG).",
    },
  },
  {
    name: 'output',
    type: 'string',
    valueName: 'FILE',
    description: {
      vi: 'Ghi kết quả vào tệp (ghi nguyên tử) thay vì ra màn hình.',
      en: 'Write the result to a file (atomically) instead of standard output.',
    },
  },
  {
    name: 'help',
    type: 'boolean',
    description: { vi: 'Hiện trợ giúp của lệnh.', en: 'Show help for the command.' },
  },
]

/** `--format`, with the formats a command supports. */
export function formatOption(formats: readonly string[]): OptionSpec {
  return {
    name: 'format',
    type: 'string',
    valueName: formats.join('|'),
    choices: formats,
    description: {
      vi: `Định dạng kết quả. Mặc định \`${formats[0]}\`.`,
      en: `Output format. Defaults to \`${formats[0]}\`.`,
    },
  }
}

/** `--pack`, a built-in pack id or a path to a pack file. */
export const packOption: OptionSpec = {
  name: 'pack',
  type: 'string',
  valueName: 'id|path',
  description: {
    vi: `Bộ quy tắc: mã bộ dựng sẵn (${BUILT_IN_PACK_IDS.join(', ')}) hoặc đường dẫn tệp JSON.`,
    en: `The pack: a built-in id (${BUILT_IN_PACK_IDS.join(', ')}) or a path to a JSON pack file.`,
  },
}

/** What `--explain` accepts: the values of `EvaluateOptions.explain` in `@tiendo/rules`. */
export const EXPLAIN_MODES = ['failures', 'all'] as const

/** `--explain`: which rule results carry their conditions' explanations. */
export const explainOption: OptionSpec = {
  name: 'explain',
  type: 'string',
  valueName: EXPLAIN_MODES.join('|'),
  choices: EXPLAIN_MODES,
  description: {
    vi: 'Giải thích điều kiện của kết quả nào: `failures` chỉ kết quả không đạt và bỏ qua (kết quả đạt có `conditions: []`, báo cáo nhỏ và nhanh hơn nhiều), `all` mọi kết quả. Mặc định `failures`.',
    en: 'Which results explain their conditions: `failures` only failed and skipped ones (passed results carry `conditions: []`; a much smaller, faster report), `all` every result. Defaults to `failures`.',
  },
}

/** `--explain`'s value; `failures` when it was not given. */
export function explainMode(value: unknown): (typeof EXPLAIN_MODES)[number] {
  return value === 'all' ? 'all' : 'failures'
}

/** A string option's value, or `undefined` when it was not given. */
export function stringOption(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined
}
