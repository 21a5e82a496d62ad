import { CliError } from '../cli-error'
import type { Command } from '../command'
import { ExitCode } from '../exit-codes'
import {
  audited,
  figuresJson,
  figuresPretty,
  submissionsJson,
  submissionsPretty,
} from '../formats/history-format'
import { openStoreOf, storeOption, storeWaitOption } from '../input/store-option'
import { formatOption, stringOption } from '../options'
import { emit } from '../output'

const HISTORY_FORMATS = ['pretty', 'json'] as const

/**
 * `tiendo history --store FILE [--unit U] [--indicator I]`: what a store holds, read-only.
 * Without `--unit` or `--indicator`, its submissions and whether each is whole (exit 1 if
 * one is not); with them, every figure ever given, corrected ones included.
 */
export const historyCommand: Command = {
  name: 'history',
  summary: {
    vi: 'Lịch sử của kho: các lần nộp (tệp, mã băm, thời điểm, phiên bản Tiendo, bộ quy tắc, đầy đủ hay không) và mọi số liệu đã nộp cho một đơn vị, chỉ tiêu, kể cả số liệu đã được sửa',
    en: "A store's history: its submissions (file, hash, time, Tiendo version, pack, whether complete) and every figure given for a unit or indicator, corrected ones included",
  },
  synopsis: '--store FILE.duckdb [--unit U] [--indicator I] [--format pretty|json]',
  examples: [
    'tiendo history --store tinh.duckdb',
    'tiendo history --store tinh.duckdb --unit 58 --indicator smartphone_user_rate',
    'tiendo history --store tinh.duckdb --unit 58 --format json --output lich-su.json',
  ],
  options: [
    {
      ...storeOption,
      description: {
        vi: 'Kho DuckDB cần xem. Kho chỉ được đọc, không bị thay đổi.',
        en: 'The DuckDB store to look into. It is only read, never changed.',
      },
    },
    {
      name: 'unit',
      type: 'string',
      valueName: 'U',
      description: {
        vi: 'Mọi số liệu đã nộp cho đơn vị này (mã như trong tệp, vd. `58`).',
        en: 'Every figure given for this unit (its code as the files write it, e.g. `58`).',
      },
    },
    {
      name: 'indicator',
      type: 'string',
      valueName: 'I',
      description: {
        vi: 'Mọi số liệu đã nộp cho chỉ tiêu này (vd. `smartphone_user_rate`).',
        en: 'Every figure given for this indicator (e.g. `smartphone_user_rate`).',
      },
    },
    formatOption(HISTORY_FORMATS),
    storeWaitOption,
  ],
  async run(context) {
    if (context.files.length > 0) throw noFiles(context.files[0]!)
    const path = stringOption(context.options.store)
    if (path === undefined) throw storeMissing()
    const unit = stringOption(context.options.unit)
    const indicator = stringOption(context.options.indicator)
    const json = stringOption(context.options.format) === 'json'
    const store = await openStoreOf(context, path, { readOnly: true })
    // Loaded on use, as for `--store`: DuckDB's binary is not loaded by other commands.
    const { auditStore, figureHistory } = await import('@tiendo/duckdb')
    try {
      const submissions = await store.submissions()
      if (unit === undefined && indicator === undefined) {
        const audit = await auditStore(store)
        const listed = audited(submissions, audit)
        await emit(
          context,
          json
            ? submissionsJson(path, listed, audit.strayItems)
            : submissionsPretty(path, listed, audit.strayItems, context.lang),
        )
        const whole = audit.strayItems === 0 && listed.every((entry) => entry.complete)
        return whole ? ExitCode.ok : ExitCode.failed
      }
      const figures = await figureHistory(store, { unit, indicator })
      const byId = new Map(submissions.map((submission) => [submission.id, submission]))
      await emit(
        context,
        json
          ? figuresJson(path, { unit, indicator }, figures, byId)
          : figuresPretty(figures, byId, context.lang),
      )
      return ExitCode.ok
    } finally {
      store.close()
    }
  },
}

function noFiles(file: string): CliError {
  return new CliError(
    {
      vi: `\`tiendo history\` không nhận tệp (\`${file}\`): nó chỉ đọc kho.`,
      en: `\`tiendo history\` takes no files (\`${file}\`): it only reads the store.`,
    },
    {
      vi: 'Nạp tệp bằng một lệnh dữ liệu: `tiendo validate tep.csv --store kho.duckdb --pack …`.',
      en: 'Ingest files with a data command: `tiendo validate file.csv --store store.duckdb --pack …`.',
    },
  )
}

function storeMissing(): CliError {
  return new CliError(
    { vi: 'Thiếu `--store`.', en: '`--store` is missing.' },
    {
      vi: 'Chỉ ra kho: `tiendo history --store kho.duckdb`.',
      en: 'Name the store: `tiendo history --store store.duckdb`.',
    },
  )
}
