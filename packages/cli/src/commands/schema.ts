import { observationJsonSchema, packJsonSchema, recordJsonSchema } from '@tiendo/schema'
import { CliError } from '../cli-error'
import type { Command } from '../command'
import { ExitCode } from '../exit-codes'
import { emit } from '../output'

const schemas = {
  pack: packJsonSchema,
  observation: observationJsonSchema,
  record: recordJsonSchema,
} as const

/** `tiendo schema [pack|observation|record]`: print a JSON Schema. */
export const schemaCommand: Command = {
  name: 'schema',
  summary: {
    vi: 'In JSON Schema của bộ quy tắc hoặc tệp dữ liệu (để trình soạn thảo gợi ý và kiểm tra)',
    en: 'Print the JSON Schema of packs or data files (for editors to complete and check)',
  },
  synopsis: '[pack|observation|record] [--output FILE]',
  examples: ['tiendo schema pack --output pack.schema.json', 'tiendo schema observation'],
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
          vi: 'Dùng một trong: pack, observation, record.',
          en: 'Use one of: pack, observation, record.',
        },
      )
    }
    await emit(context, `${JSON.stringify(make(), null, 2)}\n`)
    return ExitCode.ok
  },
}
