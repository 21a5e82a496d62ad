import { readFile, stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import { type ReportDocumentConfig, ReportDocumentConfigSchema } from '@tiendo/pipeline'
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
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    const detail = (error as Error).message
    throw fail(`không phải JSON hợp lệ (${detail}).`, `it is not valid JSON (${detail}).`)
  }
  const parsed = ReportDocumentConfigSchema.safeParse(json)
  if (!parsed.success) {
    const first = parsed.error.issues[0]
    const where = first === undefined || first.path.length === 0 ? '/' : `/${first.path.join('/')}`
    const what = first?.message ?? 'invalid'
    throw fail(`trường ${where}: ${what}.`, `field ${where}: ${what}.`)
  }
  return parsed.data
}
