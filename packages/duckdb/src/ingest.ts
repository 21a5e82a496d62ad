/**
 * Ingesting a file into a store: its content hashed (a content held already is not loaded
 * again), then its header, rows and issues as `@tiendo/io` reads them, appended in one
 * transaction with the submission's row, so a store holds whole submissions only. @internal
 */

import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import type { DuckDBAppender, DuckDBConnection } from '@duckdb/node-api'
import { type ReadLimits, readSourceRows } from '@tiendo/io'
import packageJson from '../package.json' with { type: 'json' }
import { StoreError } from './store-error'
import { isDatabaseError, writeFailure } from './store-failures'
import { ROW_ITEM_CELLS, SUPERSEDE_EARLIER } from './store-schema'

/** Options of {@link TiendoStore.ingest}. */
export interface IngestOptions {
  /** The name its rows are located by. Defaults to the path as given. */
  readonly name?: string | undefined
  /** What the file holds. Defaults to what its columns say when it is evaluated. */
  readonly kind?: 'observations' | 'records' | undefined
  /** The XLSX sheet to read, by name. Defaults to the first visible sheet. */
  readonly sheet?: string | undefined
  /** Limits over the defaults of `DEFAULT_READ_LIMITS` of `@tiendo/io`. */
  readonly limits?: Partial<ReadLimits> | undefined
  /** The Tiendo that ingests, recorded with the submission. Defaults to this package's version. */
  readonly tiendoVersion?: string | undefined
  /** The pack the file was given with, recorded with the submission. */
  readonly pack?: { readonly id: string; readonly version: string } | undefined
}

/** What ingesting a file did. */
export interface IngestResult {
  readonly name: string
  readonly contentHash: string
  /** `true` when the store held this content already: nothing was loaded. */
  readonly skipped: boolean
  /** The submission holding the content (the earlier one when skipped). */
  readonly submission: number
  /** Items (header, rows, issues) loaded; 0 when skipped. */
  readonly items: number
}

/** Rows appended between two flushes of the appender. */
const FLUSH_EVERY = 50_000

/** @internal */
export async function ingestFile(
  connection: DuckDBConnection,
  store: string,
  path: string,
  options: IngestOptions,
): Promise<IngestResult> {
  const name = options.name ?? path
  const { hash, bytes } = await hashFile(path, name)
  const earlier = await connection.runAndReadAll(
    'SELECT id FROM submissions WHERE content_hash = $1',
    [hash],
  )
  const found = earlier.getRowsJS()[0]?.[0]
  if (found !== undefined) {
    return { name, contentHash: hash, skipped: true, submission: Number(found), items: 0 }
  }
  await connection.run('BEGIN TRANSACTION')
  try {
    const next = await connection.runAndReadAll('SELECT coalesce(max(id), 0) + 1 FROM submissions')
    const id = Number(next.getRowsJS()[0]![0])
    const appender = await connection.createAppender('row_items')
    let items = 0
    try {
      const rows = readSourceRows(
        { name, chunks: createReadStream(path) },
        { sheet: options.sheet, limits: options.limits },
      )
      for await (const item of rows) {
        appendItem(appender, id, items++, item)
        if (items % FLUSH_EVERY === 0) appender.flushSync()
      }
      appender.flushSync()
    } finally {
      appender.closeSync()
    }
    await connection.run(
      `INSERT INTO submissions (id, content_hash, name, kind, bytes, items, ingested_at,
         tiendo_version, pack_id, pack_version)
       VALUES ($1, $2, $3, $4, $5, $6, now()::TIMESTAMP, $7, $8, $9)`,
      [
        id,
        hash,
        name,
        options.kind ?? null,
        bytes,
        items,
        options.tiendoVersion ?? packageJson.version,
        options.pack?.id ?? null,
        options.pack?.version ?? null,
      ],
    )
    await connection.run(SUPERSEDE_EARLIER, [id])
    await connection.run('COMMIT')
    return { name, contentHash: hash, skipped: false, submission: id, items }
  } catch (error) {
    // After a failed write DuckDB may refuse even the rollback: the commit never happened
    // either way, and the store keeps what it held.
    await connection.run('ROLLBACK').catch(() => undefined)
    throw isDatabaseError(error) ? writeFailure(store, name, error) : error
  }
}

/** One item: its kind, itself as JSON, and a row's cells that SQL asks about. */
function appendItem(appender: DuckDBAppender, id: number, seq: number, item: object): void {
  appender.appendInteger(id)
  appender.appendInteger(seq)
  const kind =
    'kind' in item && (item.kind === 'row' || item.kind === 'header') ? item.kind : 'issue'
  appender.appendVarchar(kind)
  appender.appendVarchar(JSON.stringify(item))
  const cells =
    kind === 'row' ? (item as { cells: Record<string, string | undefined> }).cells : undefined
  for (const column of ROW_ITEM_CELLS) {
    const cell = cells?.[column]
    if (cell === undefined) appender.appendNull()
    else appender.appendVarchar(cell)
  }
  appender.endRow()
}

/** The SHA-256 of a file's bytes, read as a stream, and its size. */
async function hashFile(path: string, name: string): Promise<{ hash: string; bytes: number }> {
  try {
    const { size } = await stat(path)
    const hash = createHash('sha256')
    for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer)
    return { hash: hash.digest('hex'), bytes: size }
  } catch (error) {
    const missing = (error as { code?: string }).code === 'ENOENT'
    const detail = error instanceof Error ? error.message : String(error)
    throw new StoreError(
      'store_file_unreadable',
      missing
        ? { vi: `Không có tệp \`${name}\`.`, en: `Cannot read \`${name}\`: there is no such file.` }
        : {
            vi: `Không đọc được tệp \`${name}\`: ${detail}`,
            en: `Cannot read \`${name}\`: ${detail}`,
          },
      {
        vi: 'Kiểm tra đường dẫn và quyền đọc của tệp.',
        en: 'Check the path and that the file can be read.',
      },
    )
  }
}
