/**
 * `--store FILE.duckdb` and `--store-wait SECONDS`, and opening the store they name: a
 * problem with the store (held by another process, not writable, of another schema) becomes
 * a message in both languages and exit code 2, never a stack trace.
 */

import { resolve } from 'node:path'
import type { TiendoStore } from '@tiendo/duckdb'
import { CliError } from '../cli-error'
import type { CommandContext, OptionSpec } from '../command'
import { stringOption } from '../options'

/** `--store`: a DuckDB store of submissions. */
export const storeOption: OptionSpec = {
  name: 'store',
  type: 'string',
  valueName: 'FILE.duckdb',
  description: {
    vi: 'Kho DuckDB lưu các lần nộp: các tệp đã cho được nạp vào kho (tệp có nội dung đã có thì không nạp lại), rồi lệnh chạy trên mọi lần nộp trong kho. Tệp kho được tạo nếu chưa có và có tệp để nạp.',
    en: 'A DuckDB store of submissions: the files given are ingested (a file whose content it holds is not loaded again), then the command runs over every submission in the store. The store file is created when absent and there are files to ingest.',
  },
}

/** `--store-wait`: how long to wait while another process writes the store. */
export const storeWaitOption: OptionSpec = {
  name: 'store-wait',
  type: 'string',
  valueName: 'SECONDS',
  description: {
    vi: 'Chờ tối đa chừng ấy giây khi một tiến trình khác đang ghi vào kho. Mặc định 0: dừng ngay (mã thoát 2) và nêu tiến trình giữ khóa.',
    en: 'Wait up to this many seconds while another process is writing the store. Defaults to 0: stop at once (exit code 2), naming the process that holds the lock.',
  },
}

/** The most `--store-wait` accepts: an hour. */
const MAX_WAIT_SECONDS = 3600

/** Opens the store of `--store` (resolved against the working folder), waiting as `--store-wait` says. */
export async function openStoreOf(
  context: CommandContext,
  path: string,
  options: { readonly readOnly?: boolean } = {},
): Promise<TiendoStore> {
  const lockWaitMs = storeWaitMs(context)
  const { openStore } = await import('@tiendo/duckdb')
  const onLockWait = (held: { text: { vi: string; en: string } }) => {
    const seconds = lockWaitMs / 1000
    context.stderr.write(
      context.lang === 'vi'
        ? `${held.text.vi} Đang chờ tối đa ${seconds} giây…\n`
        : `${held.text.en} Waiting up to ${seconds} s…\n`,
    )
  }
  return openStore(resolve(context.cwd, path), { ...options, lockWaitMs, onLockWait }).catch(
    storeFailure,
  )
}

/** A `StoreError` as the CLI tells it; anything else is thrown on. */
export async function storeFailure(error: unknown): Promise<never> {
  const { StoreError } = await import('@tiendo/duckdb')
  if (error instanceof StoreError) throw new CliError(error.text, error.hint)
  throw error
}

function storeWaitMs(context: CommandContext): number {
  const text = stringOption(context.options['store-wait'])
  if (text === undefined) return 0
  const seconds = Number(text)
  if (!/^\d+(\.\d+)?$/.test(text) || seconds > MAX_WAIT_SECONDS) {
    throw new CliError(
      {
        vi: `\`--store-wait ${text}\` không phải số giây từ 0 đến ${MAX_WAIT_SECONDS}.`,
        en: `\`--store-wait ${text}\` is not a number of seconds from 0 to ${MAX_WAIT_SECONDS}.`,
      },
      { vi: 'Ví dụ: `--store-wait 30`.', en: 'For example `--store-wait 30`.' },
    )
  }
  return Math.round(seconds * 1000)
}
