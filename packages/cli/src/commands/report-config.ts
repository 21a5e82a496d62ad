import { readFile, stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import { findDuplicateJsonKey, locateJsonSyntaxError } from '@tiendo/io'
import { type ReportDocumentConfig, ReportDocumentConfigSchema } from '@tiendo/pipeline'
import { toTiendoIssues } from '@tiendo/schema'
import { CliError } from '../cli-error'

/** A report config is a few lines: anything larger is not one. */
const MAX_CONFIG_BYTES = 64 * 1024

/**
 * Reads `--report-config FILE` (JSON): who issues the Word report, where, who signs it, who
 * receives it. Stops with what is wrong and where when it cannot be used.
 */
export async function readReportConfig(cwd: string, file: string): Promise<ReportDocumentConfig> {
  const path = resolve(cwd, file)
  const fail = (vi: string, en: string) =>
    new CliError(
      {
        vi: `Không dùng được tệp cấu hình báo cáo ${file}: ${vi}`,
        en: `Cannot use the report config ${file}: ${en}`,
      },
      {
        vi: 'Tệp JSON gồm các trường issuingBody, parentBody, place, symbol, signer, recipients… (xem docs/reports.md).',
        en: 'A JSON file with the fields issuingBody, parentBody, place, symbol, signer, recipients… (see docs/reports.md).',
      },
    )
  let text: string
  try {
    if ((await stat(path)).size > MAX_CONFIG_BYTES) {
      throw fail(`lớn hơn ${MAX_CONFIG_BYTES} byte.`, `larger than ${MAX_CONFIG_BYTES} bytes.`)
    }
    text = await readFile(path, 'utf8')
  } catch (error) {
    if (error instanceof CliError) throw error
    const code = String((error as { code?: unknown }).code ?? 'lỗi không rõ')
    throw fail(`không đọc được tệp (${code}).`, `the file cannot be read (${code}).`)
  }
  let json: unknown
  const body = text.replace(/^\uFEFF/, '')
  try {
    json = JSON.parse(body)
  } catch {
    // Where, never what: the file may be anything, and is not quoted.
    const found = locateJsonSyntaxError(body)
    const where = found === undefined ? '' : ` ${found.line}:${found.column}`
    if (found?.comment === true) {
      throw fail(
        `không phải JSON hợp lệ${where}: JSON không có chú thích, hãy xóa chú thích \`//\` hay \`/* … */\`.`,
        `it is not valid JSON${where}: JSON has no comments, so remove the \`//\` or \`/* … */\` comment.`,
      )
    }
    throw fail(`không phải JSON hợp lệ${where}.`, `it is not valid JSON${where}.`)
  }
  const duplicate = findDuplicateJsonKey(body)
  if (duplicate !== undefined) {
    const { pointer, line, column } = duplicate
    throw fail(
      `khóa ${pointer} được ghi hai lần (dòng ${line}:${column}); xóa một trong hai.`,
      `the key ${pointer} is written twice (line ${line}:${column}); remove one of the two.`,
    )
  }
  const parsed = ReportDocumentConfigSchema.safeParse(json)
  if (!parsed.success) {
    const [first] = toTiendoIssues(parsed.error, { input: json })
    const where = first?.location?.path ?? '/'
    throw fail(
      `trường ${where}: ${first?.message.vi ?? 'không hợp lệ'}`,
      `field ${where}: ${first?.message.en ?? 'invalid'}`,
    )
  }
  return parsed.data
}
