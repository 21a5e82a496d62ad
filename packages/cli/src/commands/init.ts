import { constants } from 'node:fs'
import { access } from 'node:fs/promises'
import { basename, dirname, join, relative, resolve, sep } from 'node:path'
import { BUILT_IN_PACK_IDS, isBuiltInPackId } from '@tiendo/packs'
import { loadPack } from '@tiendo/pipeline'
import type { Indicator, Pack, Unit } from '@tiendo/schema'
import { CliError } from '../cli-error'
import type { Command } from '../command'
import { ExitCode } from '../exit-codes'
import { stringOption } from '../options'
import { writeOutputFile } from '../output'

const PACK_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/

/**
 * `tiendo init [FILE] --extends <id>`: scaffold a province pack that extends a built-in one,
 * and a sample data file beside it that validates against it. Never overwrites a file.
 */
export const initCommand: Command = {
  name: 'init',
  summary: {
    vi: 'Tạo bộ quy tắc của tỉnh (kế thừa một bộ dựng sẵn) và một tệp số liệu mẫu',
    en: "Create a province's pack (extending a built-in one) and a sample data file",
  },
  synopsis: '[FILE.pack.json] [--extends <id>] [--id <pack-id>]',
  examples: [
    'tiendo init tinh-moi.pack.json --extends ninh-thuan',
    'tiendo init --extends vn-national --id ha-noi',
  ],
  options: [
    {
      name: 'extends',
      type: 'string',
      valueName: BUILT_IN_PACK_IDS.join('|'),
      choices: BUILT_IN_PACK_IDS,
      description: {
        vi: 'Bộ quy tắc dựng sẵn để kế thừa. Mặc định `vn-national`.',
        en: 'The built-in pack to extend. Defaults to `vn-national`.',
      },
    },
    {
      name: 'id',
      type: 'string',
      valueName: 'pack-id',
      description: {
        vi: 'Mã của bộ quy tắc mới (kebab-case). Mặc định theo tên tệp.',
        en: "The new pack's id (kebab-case). Defaults to the file's name.",
      },
    },
  ],
  async run(context) {
    // `--output` names the pack file as the argument does (it was ignored: the pack went to
    // `tiendo.pack.json`); two different names are a mistake.
    const output = stringOption(context.options.output)
    const [named, ...extra] = context.files
    if (extra.length > 0) throw usage(`${named} ${extra.join(' ')}`)
    if (named !== undefined && output !== undefined && named !== output) {
      throw usage(`${named} --output ${output}`)
    }
    const file = named ?? output ?? 'tiendo.pack.json'
    const base = stringOption(context.options.extends) ?? 'vn-national'
    if (!isBuiltInPackId(base)) throw usage(base)
    const id = stringOption(context.options.id) ?? basename(file).replace(/(\.pack)?\.json$/i, '')
    if (!PACK_ID.test(id)) {
      throw new CliError(
        {
          vi: `\`${id}\` không phải mã bộ quy tắc hợp lệ.`,
          en: `\`${id}\` is not a valid pack id.`,
        },
        {
          vi: 'Dùng chữ thường, số và gạch nối, ví dụ `--id tinh-moi`.',
          en: 'Use lower-case letters, digits and hyphens, e.g. `--id my-province`.',
        },
      )
    }
    const packPath = resolve(context.cwd, file)
    const samplePath = packPath.replace(/(\.pack)?\.json$/i, '') + '.sample.csv'
    for (const path of [packPath, samplePath]) await refuseExisting(path)
    const { pack: resolvedBase } = await loadPack(base, context.cwd)
    const pack: Pack = {
      $schema: await packSchemaReference(dirname(packPath)),
      id,
      version: '0.1.0',
      title: { vi: `Bộ quy tắc ${id}`, en: `${id} pack` },
      description: {
        vi: `Kế thừa \`${base}\`. Thêm đơn vị (units), mục tiêu (targets) và quy tắc (rules) của tỉnh; mục cùng mã sẽ thay mục kế thừa; \`remove\` bỏ mục kế thừa.`,
        en: `Extends \`${base}\`. Add the province's units, targets and rules; an item with an inherited id replaces it; \`remove\` drops inherited ones.`,
      },
      extends: base,
      units: [],
      targets: [],
      rules: [],
    }
    await writeOutputFile(packPath, `${JSON.stringify(pack, null, 2)}\n`)
    await writeOutputFile(samplePath, sampleData(resolvedBase))
    const shownPack = basename(packPath)
    const shownSample = basename(samplePath)
    context.stdout.write(
      context.lang === 'vi'
        ? `Đã tạo ${shownPack} (kế thừa ${base}) và ${shownSample}.\nBước tiếp: tiendo validate ${shownSample} --pack ${shownPack}\nMẫu Excel cho các đơn vị nhập số liệu: tiendo template --pack ${shownPack} --output mau-so-lieu.xlsx\n`
        : `Created ${shownPack} (extending ${base}) and ${shownSample}.\nNext: tiendo validate ${shownSample} --pack ${shownPack}\nAn Excel template for units to fill in: tiendo template --pack ${shownPack} --output mau-so-lieu.xlsx\n`,
    )
    return ExitCode.ok
  },
}

/** A few rows that validate against the base pack: its first percent indicators, its first lasting unit. */
function sampleData(pack: Pack): string {
  const unit = (pack.units ?? []).find(lasting) ?? (pack.units ?? [])[0]
  const indicators = (pack.indicators ?? []).filter(isPercent).slice(0, 3)
  const rows = indicators.map(
    (indicator, i) => `${indicator.id},${unit?.code ?? 'VN'},2024,${50 + i * 10}.5,actual,sample`,
  )
  return ['indicator,unit,period,value,status,source', ...rows, ''].join('\n')
}

function lasting(unit: Unit): boolean {
  return (
    unit.validTo === undefined && (unit.validFrom === undefined || unit.validFrom <= '2024-01-01')
  )
}

function isPercent(indicator: Indicator): boolean {
  return indicator.unit === 'percent' && indicator.derivation === undefined
}

async function refuseExisting(path: string): Promise<void> {
  const exists = await access(path, constants.F_OK).then(
    () => true,
    () => false,
  )
  if (!exists) return
  throw new CliError(
    {
      vi: `Tệp ${path} đã có; \`tiendo init\` không ghi đè.`,
      en: `${path} already exists; \`tiendo init\` never overwrites a file.`,
    },
    {
      vi: 'Chọn tên khác (`tiendo init tinh-moi.pack.json`) hoặc xóa tệp cũ nếu chắc chắn.',
      en: 'Choose another name (`tiendo init my-province.pack.json`) or remove the old file if you are sure.',
    },
  )
}

function usage(what: string): CliError {
  return new CliError(
    {
      vi: `\`tiendo init\` không hiểu \`${what}\`.`,
      en: `\`tiendo init\` does not understand \`${what}\`.`,
    },
    {
      vi: `Dùng \`tiendo init [TỆP.pack.json] --extends <${BUILT_IN_PACK_IDS.join('|')}>\`.`,
      en: `Use \`tiendo init [FILE.pack.json] --extends <${BUILT_IN_PACK_IDS.join('|')}>\`.`,
    },
  )
}

/** Where editors find the pack JSON Schema when no installed copy is found. */
export const PUBLISHED_PACK_SCHEMA = 'https://unpkg.com/@tiendo/schema/json-schema/pack.schema.json'

/** The schema file inside an installed `@tiendo/schema` (a dependency of `@tiendo/cli`). */
const INSTALLED_SCHEMA = join(
  'node_modules',
  '@tiendo',
  'schema',
  'json-schema',
  'pack.schema.json',
)

/**
 * The pack's `$schema`, so editors complete and check it: the installed
 * `node_modules/@tiendo/schema/json-schema/pack.schema.json` nearest the pack's folder, as a
 * path relative to it (what a project that installed `@tiendo/cli` has, kept in step with its
 * version), else the published URL (a global install or `npx`).
 */
async function packSchemaReference(folder: string): Promise<string> {
  for (let dir = folder; ; dir = dirname(dir)) {
    const candidate = join(dir, INSTALLED_SCHEMA)
    const found = await access(candidate, constants.R_OK).then(
      () => true,
      () => false,
    )
    if (found) {
      const path = relative(folder, candidate).split(sep).join('/')
      return path.startsWith('.') ? path : `./${path}`
    }
    if (dirname(dir) === dir) return PUBLISHED_PACK_SCHEMA
  }
}
