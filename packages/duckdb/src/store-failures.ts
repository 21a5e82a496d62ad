/**
 * DuckDB's failures told as a user can act on them: the store held by another process (the
 * lock and its holder named), a store that cannot be written (read-only file or folder, full
 * disk, a size limit), or a file that is no store. Never a stack trace. @internal
 */

import { StoreError } from './store-error'

/** DuckDB's errors read `IO Error: …`, `Constraint Error: …`: a type, then the detail. */
const DATABASE_ERROR = /^[A-Z][A-Za-z ]* Error: /

/** Whether `error` comes from the database (as opposed to a bug of ours). @internal */
export function isDatabaseError(error: unknown): error is Error {
  return error instanceof Error && DATABASE_ERROR.test(error.message)
}

/** The first line of an error, DuckDB's `See also` link aside. */
function detailOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return message.split('\n')[0]!.replace(/\s*See also https?:\/\/\S+$/, '')
}

/** Why a store could not be opened. @internal */
export function openFailure(path: string, error: unknown): StoreError {
  const detail = detailOf(error)
  const lock =
    /Could not set lock on file "([^"]+)": Conflicting lock is held in (.+?)(?: \(PID (\d+)\))?(?: by user .*)?\.?$/.exec(
      detail,
    )
  if (lock) return locked(path, lock[1]!, lock[2]!, lock[3])
  if (/database does not exist/.test(detail)) {
    return new StoreError(
      'store_unopenable',
      { vi: `Không có kho \`${path}\`.`, en: `There is no store \`${path}\`.` },
      {
        vi: 'Kiểm tra đường dẫn; kho được tạo khi nạp tệp đầu tiên (`tiendo validate tep.csv --store kho.duckdb --pack …`).',
        en: 'Check the path; a store is made by ingesting its first file (`tiendo validate file.csv --store store.duckdb --pack …`).',
      },
    )
  }
  if (/Permission denied|Read-only file system/i.test(detail)) {
    return new StoreError(
      'store_readonly',
      {
        vi: `Kho \`${path}\` không ghi được (${detail}); kho không bị thay đổi.`,
        en: `The store \`${path}\` cannot be written (${detail}); it was left untouched.`,
      },
      {
        vi: 'Tiendo mở kho để ghi khi nạp tệp. Cấp quyền ghi cho tệp kho và thư mục của nó, hoặc sao chép kho sang nơi ghi được.',
        en: 'Tiendo opens a store for writing to ingest files. Make the store file and its folder writable, or copy the store somewhere writable.',
      },
    )
  }
  return new StoreError(
    'store_unopenable',
    {
      vi: `Không mở được kho \`${path}\`: ${detail}`,
      en: `The store \`${path}\` cannot be opened: ${detail}`,
    },
    {
      vi: 'Kiểm tra đường dẫn, và rằng tệp là một cơ sở dữ liệu DuckDB.',
      en: 'Check the path, and that the file is a DuckDB database.',
    },
  )
}

function locked(path: string, file: string, program: string, pid: string | undefined) {
  const holder = pid === undefined ? program : `${program}, PID ${pid}`
  return new StoreError(
    'store_locked',
    {
      vi: `Kho \`${path}\` đang được một tiến trình khác mở để ghi: khóa trên tệp \`${file}\` do ${holder} giữ. Mỗi lúc chỉ một tiến trình được ghi; trong lúc đó không tiến trình nào khác đọc được kho.`,
      en: `The store \`${path}\` is open for writing in another process: the lock on \`${file}\` is held by ${holder}. One process writes at a time, and while it does no other process reads the store.`,
    },
    {
      vi: `Chờ tiến trình đó kết thúc rồi chạy lại (\`tiendo … --store-wait GIÂY\` tự chờ); nếu nó bị treo, dừng tiến trình ${pid ?? 'đó'}.`,
      en: `Wait for that process to finish and run again (\`tiendo … --store-wait SECONDS\` waits for it); if it hangs, stop process ${pid ?? 'that holds it'}.`,
    },
  )
}

/** A write to the store that failed: the transaction was rolled back. @internal */
export function writeFailure(path: string, name: string, error: unknown): StoreError {
  const detail = detailOf(error)
  return new StoreError(
    'store_write_failed',
    {
      vi: `Không ghi được \`${name}\` vào kho \`${path}\` (${detail}); không phần nào của tệp được giữ lại, kho vẫn như trước.`,
      en: `\`${name}\` could not be written to the store \`${path}\` (${detail}); nothing of the file was kept, the store holds what it held before.`,
    },
    {
      vi: 'Giải phóng dung lượng đĩa (hoặc nâng hạn mức), kiểm tra quyền ghi của tệp kho, rồi chạy lại.',
      en: 'Free space on the disk (or raise its quota), check that the store file can be written, then run again.',
    },
  )
}
