import { reportJsonSchema } from '@tiendo/pipeline'
import { observationJsonSchema, packJsonSchema, recordJsonSchema } from '@tiendo/schema'
import { CliError } from '../cli-error'
import type { Command } from '../command'
import { ExitCode } from '../exit-codes'
import { emit } from '../output'

const schemas = {
  pack: packJsonSchema,
  observation: observationJsonSchema,
  record: recordJsonSchema,
  report: reportJsonSchema,
} as const

/** `tiendo schema [pack|observation|record|report]`: print a JSON Schema. */
export const schemaCommand: Command = {
  name: 'schema',
  summary: {
    vi: 'In JSON Schema của bộ quy tắc, tệp dữ liệu hoặc báo cáo JSON (để trình soạn thảo gợi ý và kiểm tra)',
    en: 'Print the JSON Schema of packs, data files or the JSON report (for editors to complete and check)',
  },
  synopsis: '[pack|observation|record|report] [--output FILE]',
  examples: [
    'tiendo schema pack --output pack.schema.json',
    'tiendo schema observation',
    'tiendo schema report',
  ],
  options: [],
  async run(context) {
    const [name = 'pack', ...extra] = context.files
    const make = Object.hasOwn(schemas, name) ? schemas[name as keyof typeof schemas] : undefined
    if (!make || extra.length > 0) {
      throw new CliError(
        {
          vi: `Không có JSON Schema tên \`${[name, ...extra].join(' ')}\`.`,
          en: `There is no JSON Schema named \`${[name, ...extra].join(' ')}\`.`,
        },
        {
          vi: 'Dùng một trong: pack, observation, record, report.',
          en: 'Use one of: pack, observation, record, report.',
        },
      )
    }
    await emit(context, `${JSON.stringify(make(), null, 2)}\n`)
    return ExitCode.ok
  },
}
