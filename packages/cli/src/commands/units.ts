import { unitEntries, unitsToCsv, unitsToMarkdown, unitsToPretty } from '@tiendo/pipeline'
import type { Pack } from '@tiendo/schema'
import { closestId } from '@tiendo/schema/internal'
import { CliError } from '../cli-error'
import type { Command } from '../command'
import { ExitCode } from '../exit-codes'
import { widthFor } from '../formats/issues-format'
import { refuseFiles } from '../input/refuse-files'
import { formatOption, packOption, stringOption } from '../options'
import { emit } from '../output'
import { CATALOGUE_FORMATS, catalogueFormat, cataloguePack } from './catalogue-pack'
import { defaultToNational } from './indicators'

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/

/** A day of the calendar: `2025-02-30` has the shape of one and is none. */
function isDay(text: string): boolean {
  return DAY.test(text) && new Date(`${text}T00:00:00Z`).toISOString().slice(0, 10) === text
}

/** `tiendo units --pack <id|path> [--on DATE]`: who reports, when, under whom, and where each went. */
export const unitsCommand: Command = {
  name: 'units',
  summary: {
    vi: 'Liệt kê các đơn vị của bộ quy tắc: mã, tên, loại, cấp trên, thời gian hiệu lực, đơn vị kế thừa',
    en: "List a pack's units: code, names, kind, parent, validity, successors",
  },
  synopsis:
    '[--pack <id|path>] [--on YYYY-MM-DD] [--kind KIND] [--format pretty|json|csv|markdown] [--output FILE]',
  examples: [
    'tiendo units --pack vn-national --on 2025-07-01 --kind province',
    'tiendo units --pack khanh-hoa --format csv --output don-vi.csv',
    'tiendo units --pack vn-national --on 2025-06-30 --format json',
  ],
  options: [
    { ...packOption, description: defaultToNational(packOption.description) },
    formatOption(CATALOGUE_FORMATS),
    {
      name: 'on',
      type: 'string',
      valueName: 'YYYY-MM-DD',
      description: {
        vi: 'Chỉ các đơn vị có hiệu lực vào ngày này (vd. `2025-07-01`: 34 tỉnh, thành phố và 3.321 xã, phường, đặc khu). Mặc định mọi đơn vị.',
        en: 'Only the units valid on this day (e.g. `2025-07-01`: 34 provinces and 3,321 communes, wards and special zones). Defaults to every unit.',
      },
    },
    {
      name: 'kind',
      type: 'string',
      valueName: 'KIND',
      multiple: true,
      description: {
        vi: 'Chỉ các đơn vị loại này (`country`, `province`, `commune`, `ward`, `special_zone`…). Lặp lại được.',
        en: 'Only the units of this kind (`country`, `province`, `commune`, `ward`, `special_zone`…). Repeatable.',
      },
    },
  ],
  async run(context) {
    refuseFiles(context, 'units')
    const on = stringOption(context.options.on)
    if (on !== undefined && !isDay(on)) throw badDay(on)
    const kind = context.options.kind
    const kinds = Array.isArray(kind) ? kind : typeof kind === 'string' ? [kind] : undefined
    const pack = await cataloguePack(context)
    for (const wanted of kinds ?? []) checkKind(wanted, pack)
    const entries = unitEntries(pack, { on, kinds })
    const { lang } = context
    switch (catalogueFormat(context)) {
      case 'json':
        await emit(context, `${JSON.stringify(entries, null, 2)}\n`)
        break
      case 'csv':
        await emit(context, unitsToCsv(entries))
        break
      case 'markdown':
        await emit(context, unitsToMarkdown(entries, { pack: pack.id, on, lang }))
        break
      default:
        await emit(
          context,
          unitsToPretty(entries, { pack: pack.id, on, lang, width: widthFor(context) }),
        )
    }
    return ExitCode.ok
  },
}

function badDay(on: string): CliError {
  return new CliError(
    { vi: `\`--on ${on}\` không phải một ngày.`, en: `\`--on ${on}\` is not a day.` },
    {
      vi: 'Ghi ngày dạng năm-tháng-ngày, ví dụ `--on 2025-07-01`.',
      en: 'Write the day as year-month-day, e.g. `--on 2025-07-01`.',
    },
  )
}

/**
 * A `--kind` no unit of the pack has can only be a typo (`provice`): listing nothing and
 * exiting 0 would pass for "this pack has no such units".
 */
function checkKind(kind: string, pack: Pack): void {
  const known = [...new Set((pack.units ?? []).map((unit) => unit.kind))]
  if (known.includes(kind)) return
  const near = closestId(kind, known)
  throw new CliError(
    {
      vi: `Bộ quy tắc ${pack.id} không có đơn vị nào thuộc loại \`${kind}\`.`,
      en: `The pack ${pack.id} has no unit of kind \`${kind}\`.`,
    },
    {
      vi: `${near !== undefined ? `Có phải là \`${near}\`? ` : ''}Các loại đơn vị của nó: ${known.join(', ')}.`,
      en: `${near !== undefined ? `Did you mean \`${near}\`? ` : ''}Its kinds of unit are ${known.join(', ')}.`,
    },
  )
}
