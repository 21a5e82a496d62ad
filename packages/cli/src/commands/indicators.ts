import {
  indicatorEntries,
  indicatorsToCsv,
  indicatorsToMarkdown,
  indicatorsToPretty,
} from '@tiendo/pipeline'
import type { Command } from '../command'
import { ExitCode } from '../exit-codes'
import { widthFor } from '../formats/issues-format'
import { refuseFiles } from '../input/refuse-files'
import { formatOption, packOption } from '../options'
import { emit } from '../output'
import { CATALOGUE_FORMATS, catalogueFormat, cataloguePack } from './catalogue-pack'

/** `tiendo indicators --pack <id|path>`: what a pack measures, how, and its targets. */
export const indicatorsCommand: Command = {
  name: 'indicators',
  summary: {
    vi: 'Liệt kê các chỉ tiêu của bộ quy tắc: tên, đơn vị đo, chiều, giới hạn, cách tổng hợp, cách ghép qua sáp nhập, mục tiêu',
    en: "List a pack's indicators: names, unit, direction, bounds, aggregation, carry through mergers, targets",
  },
  synopsis: '[--pack <id|path>] [--format pretty|json|csv|markdown] [--output FILE]',
  examples: [
    'tiendo indicators --pack vn-national',
    'tiendo indicators --pack ./tinh.pack.json --format csv --output chi-tieu.csv',
    'tiendo indicators --pack ninh-thuan --format json',
  ],
  options: [
    { ...packOption, description: defaultToNational(packOption.description) },
    formatOption(CATALOGUE_FORMATS),
  ],
  async run(context) {
    refuseFiles(context, 'indicators')
    const pack = await cataloguePack(context)
    const entries = indicatorEntries(pack)
    const { lang } = context
    switch (catalogueFormat(context)) {
      case 'json':
        await emit(context, `${JSON.stringify(entries, null, 2)}\n`)
        break
      case 'csv':
        await emit(context, indicatorsToCsv(entries, lang))
        break
      case 'markdown':
        await emit(context, indicatorsToMarkdown(entries, pack.id, lang))
        break
      default:
        await emit(
          context,
          indicatorsToPretty(entries, pack.id, { lang, width: widthFor(context) }),
        )
    }
    return ExitCode.ok
  },
}

/** A `--pack` description that says `vn-national` is the default. @internal */
export function defaultToNational(description: { vi: string; en: string }) {
  return {
    vi: `${description.vi} Mặc định \`vn-national\`.`,
    en: `${description.en} Defaults to \`vn-national\`.`,
  }
}
