/**
 * The schema version a store records, checked before anything is written: a new store gets
 * its tables and version in one transaction; an older one is upgraded in one transaction
 * (or, opened read-only, refused with how to upgrade it); a newer or unknown one is refused
 * untouched. @internal
 */

import type { DuckDBConnection } from '@duckdb/node-api'
import { StoreError } from './store-error'
import { OLDEST_UPGRADABLE, upgradeStore } from './store-migrations'
import { CREATE_TABLES, STORE_SCHEMA_VERSION } from './store-schema'

/** Makes, checks or upgrades the tables of the store open on `connection`. @internal */
export async function prepareStore(
  connection: DuckDBConnection,
  path: string,
  readOnly: boolean,
): Promise<void> {
  const version = await recordedVersion(connection)
  if (version === undefined) {
    if (readOnly) throw noStore(path)
    await inTransaction(connection, async () => {
      for (const sql of CREATE_TABLES) await connection.run(sql)
      await connection.run(`INSERT INTO tiendo_store VALUES ('schema_version', $1)`, [
        String(STORE_SCHEMA_VERSION),
      ])
    })
    return
  }
  if (!/^[1-9]\d{0,5}$/.test(version)) throw unknownVersion(path, version)
  const number = Number(version)
  if (number > STORE_SCHEMA_VERSION) throw newer(path, version)
  if (number === STORE_SCHEMA_VERSION) return
  if (readOnly || number < OLDEST_UPGRADABLE) throw older(path, number, readOnly)
  await upgradeStore(connection, number).catch((error: unknown) => {
    throw upgradeFailed(path, number, error)
  })
}

/**
 * The version in `tiendo_store`, or `undefined` for a database without Tiendo's tables.
 * Tables without a version row were left by Tiendo 1's store, which wrote them apart.
 */
async function recordedVersion(connection: DuckDBConnection): Promise<string | undefined> {
  const tables = await connection.runAndReadAll(
    `SELECT count(*) FROM duckdb_tables()
     WHERE database_name = current_database() AND schema_name = 'main' AND table_name = 'tiendo_store'`,
  )
  if (Number(tables.getRowsJS()[0]![0]) === 0) return undefined
  const found = await connection.runAndReadAll(
    `SELECT value FROM tiendo_store WHERE key = 'schema_version'`,
  )
  const value = found.getRowsJS()[0]?.[0]
  return value === undefined ? '1' : String(value)
}

async function inTransaction(connection: DuckDBConnection, work: () => Promise<void>) {
  await connection.run('BEGIN TRANSACTION')
  try {
    await work()
    await connection.run('COMMIT')
  } catch (error) {
    await connection.run('ROLLBACK').catch(() => undefined)
    throw error
  }
}

function newer(path: string, version: string): StoreError {
  return new StoreError(
    'store_newer',
    {
      vi: `Kho \`${path}\` được ghi bởi phiên bản Tiendo mới hơn (lược đồ ${version}, phiên bản này đọc đến ${STORE_SCHEMA_VERSION}); kho không bị thay đổi.`,
      en: `The store \`${path}\` was written by a newer Tiendo (schema ${version}; this one reads up to ${STORE_SCHEMA_VERSION}); it was left untouched.`,
    },
    { vi: 'Cập nhật Tiendo rồi chạy lại.', en: 'Update Tiendo and run again.' },
  )
}

function older(path: string, version: number, readOnly: boolean): StoreError {
  const why = readOnly
    ? {
        vi: 'được mở chỉ để đọc, nên không nâng cấp được',
        en: 'was opened read-only, so it cannot be upgraded',
      }
    : { vi: 'quá cũ để nâng cấp', en: 'is too old to upgrade' }
  return new StoreError(
    'store_older',
    {
      vi: `Kho \`${path}\` có lược đồ cũ (${version}, hiện tại ${STORE_SCHEMA_VERSION}) và ${why.vi}; kho không bị thay đổi.`,
      en: `The store \`${path}\` has an older schema (${version}, current ${STORE_SCHEMA_VERSION}) and ${why.en}; it was left untouched.`,
    },
    readOnly
      ? {
          vi: `Sao lưu tệp kho, rồi mở nó một lần để ghi (ví dụ \`tiendo validate --store ${path} --pack …\`): nó được nâng cấp trong một giao dịch, không mất lần nộp nào.`,
          en: `Back the store file up, then open it once for writing (such as \`tiendo validate --store ${path} --pack …\`): it is upgraded in one transaction, losing no submission.`,
        }
      : {
          vi: 'Dùng phiên bản Tiendo đã ghi kho này để xuất dữ liệu, rồi nạp lại các tệp vào kho mới.',
          en: 'Use the Tiendo that wrote this store to export its data, then ingest the files into a new store.',
        },
  )
}

function upgradeFailed(path: string, version: number, error: unknown): StoreError {
  const detail = (error instanceof Error ? error.message : String(error)).split('\n')[0]
  return new StoreError(
    'store_unopenable',
    {
      vi: `Không nâng cấp được kho \`${path}\` từ lược đồ ${version} lên ${STORE_SCHEMA_VERSION} (${detail}); kho được giữ nguyên như trước.`,
      en: `The store \`${path}\` could not be upgraded from schema ${version} to ${STORE_SCHEMA_VERSION} (${detail}); it was left as it was.`,
    },
    {
      vi: 'Kiểm tra rằng các bảng của kho không bị sửa tay; Tiendo cũ hơn vẫn đọc được kho này.',
      en: 'Check that the tables of the store were not altered by hand; the older Tiendo still reads this store.',
    },
  )
}

function unknownVersion(path: string, version: string): StoreError {
  return new StoreError(
    'store_unopenable',
    {
      vi: `Kho \`${path}\` ghi phiên bản lược đồ ${JSON.stringify(version.slice(0, 60))} mà Tiendo không biết; kho không bị thay đổi.`,
      en: `The store \`${path}\` records a schema version ${JSON.stringify(version.slice(0, 60))} that Tiendo does not know; it was left untouched.`,
    },
    {
      vi: 'Kiểm tra rằng tệp là kho do Tiendo tạo (bảng `tiendo_store`, khóa `schema_version`).',
      en: 'Check that the file is a store Tiendo made (table `tiendo_store`, key `schema_version`).',
    },
  )
}

function noStore(path: string): StoreError {
  return new StoreError(
    'store_unopenable',
    {
      vi: `\`${path}\` là cơ sở dữ liệu DuckDB nhưng không phải kho Tiendo (không có bảng \`tiendo_store\`).`,
      en: `\`${path}\` is a DuckDB database but no Tiendo store (it has no \`tiendo_store\` table).`,
    },
    {
      vi: 'Chỉ ra tệp kho do Tiendo tạo, hoặc mở để ghi để tạo kho mới.',
      en: 'Name a store Tiendo made, or open it for writing to make a new store.',
    },
  )
}
