/**
 * A store of submissions in DuckDB: a file (the embedded default) or any database DuckDB
 * opens (`md:…` on MotherDuck). Each submission is ingested once, recognised by the hash of
 * its content, in one transaction; evaluation reads the submissions back as the rows their
 * reader gave, so a report over the store is the report over the files.
 */

import { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api'
import type { RowItemsSource } from '@tiendo/pipeline'
import { type IngestOptions, type IngestResult, ingestFile } from './ingest'
import { replayRows } from './replay'
import { StoreError } from './store-error'
import { CREATE_TABLES, STORE_SCHEMA_VERSION } from './store-schema'

/** A submission the store holds. */
export interface StoredSubmission {
  readonly id: number
  /** The name its rows are located by (the path as given when it was ingested). */
  readonly name: string
  /** SHA-256 of its bytes, in hex. */
  readonly contentHash: string
  /** `observations` or `records` when said at ingest; else told by its columns. */
  readonly kind: 'observations' | 'records' | undefined
  readonly bytes: number
  /** Its header, rows and issues, as read. */
  readonly items: number
  /** When it was ingested (ISO 8601, UTC). */
  readonly ingestedAt: string
}

/** Options of {@link openStore}. */
export interface OpenStoreOptions {
  /** Open for reading only: nothing is created or written. Defaults to `false`. */
  readonly readOnly?: boolean | undefined
  /**
   * The most memory DuckDB itself may use (its `memory_limit`, such as `'1GB'`); beyond it,
   * it works from temporary files. Defaults to `'256MB'`: evaluation holds the data, not DuckDB.
   */
  readonly memoryLimit?: string | undefined
}

/** An open store. Close it when done: the file is locked while it is open. */
export class TiendoStore {
  private constructor(
    private readonly instance: DuckDBInstance,
    /** The connection every statement runs on (one writer: DuckDB's own rule). */
    readonly connection: DuckDBConnection,
  ) {}

  /** @internal */
  static async open(path: string, options: OpenStoreOptions = {}): Promise<TiendoStore> {
    let instance: DuckDBInstance
    try {
      instance = await DuckDBInstance.create(path, {
        memory_limit: options.memoryLimit ?? '256MB',
        ...(options.readOnly ? { access_mode: 'READ_ONLY' } : {}),
      })
    } catch (error) {
      throw unopenable(path, error)
    }
    const connection = await DuckDBConnection.create(instance)
    const store = new TiendoStore(instance, connection)
    try {
      if (!options.readOnly) for (const sql of CREATE_TABLES) await connection.run(sql)
      await store.checkVersion(path, options.readOnly === true)
    } catch (error) {
      store.close()
      throw error instanceof StoreError ? error : unopenable(path, error)
    }
    return store
  }

  private async checkVersion(path: string, readOnly: boolean): Promise<void> {
    const found = await this.connection.runAndReadAll(
      `SELECT value FROM tiendo_store WHERE key = 'schema_version'`,
    )
    const version = found.getRowsJS()[0]?.[0]
    if (version === undefined) {
      if (!readOnly) {
        await this.connection.run(`INSERT INTO tiendo_store VALUES ('schema_version', $1)`, [
          String(STORE_SCHEMA_VERSION),
        ])
      }
      return
    }
    if (Number(version) > STORE_SCHEMA_VERSION) {
      throw new StoreError(
        'store_newer',
        {
          vi: `Kho \`${path}\` được ghi bởi phiên bản Tiendo mới hơn (lược đồ ${version}); kho không bị thay đổi.`,
          en: `The store \`${path}\` was written by a newer Tiendo (schema ${version}); it was left untouched.`,
        },
        {
          vi: 'Cập nhật Tiendo rồi chạy lại.',
          en: 'Update Tiendo and run again.',
        },
      )
    }
  }

  /**
   * Ingests a file: read as `tiendo validate` reads it, its header, rows and issues kept in
   * one transaction. A file whose content the store holds already is recognised by its hash
   * and not loaded again (`skipped`).
   */
  ingest(path: string, options: IngestOptions = {}): Promise<IngestResult> {
    return ingestFile(this.connection, path, options)
  }

  /** The submissions held, in the order ingested. */
  async submissions(): Promise<StoredSubmission[]> {
    const reader = await this.connection.runAndReadAll(
      `SELECT id, name, content_hash, kind, bytes, items, strftime(ingested_at, '%Y-%m-%dT%H:%M:%S.%gZ')
       FROM submissions ORDER BY id`,
    )
    return reader.getRowsJS().map(([id, name, hash, kind, bytes, items, at]) => ({
      id: Number(id),
      name: String(name),
      contentHash: String(hash),
      kind: kind === null ? undefined : (kind as StoredSubmission['kind']),
      bytes: Number(bytes),
      items: Number(items),
      ingestedAt: String(at),
    }))
  }

  /**
   * Every submission as a source of `runPipeline`: its rows streamed from the store in
   * order, converted by the pipeline exactly as the file's were.
   */
  async sources(): Promise<RowItemsSource[]> {
    return (await this.submissions()).map((submission) => ({
      name: submission.name,
      ...(submission.kind === undefined ? {} : { kind: submission.kind }),
      rowItems: replayRows(this.connection, submission.id),
    }))
  }

  /** Closes the store. */
  close(): void {
    this.connection.closeSync()
    this.instance.closeSync()
  }
}

/** Opens (creating it when absent, unless `readOnly`) a store. */
export function openStore(path: string, options?: OpenStoreOptions): Promise<TiendoStore> {
  return TiendoStore.open(path, options)
}

function unopenable(path: string, error: unknown): StoreError {
  const detail = error instanceof Error ? error.message.split('\n')[0] : String(error)
  return new StoreError(
    'store_unopenable',
    {
      vi: `Không mở được kho \`${path}\`: ${detail}`,
      en: `The store \`${path}\` cannot be opened: ${detail}`,
    },
    {
      vi: 'Kiểm tra đường dẫn, quyền ghi, và rằng tệp là một cơ sở dữ liệu DuckDB không bị tiến trình khác mở để ghi.',
      en: 'Check the path, that it can be written, and that the file is a DuckDB database no other process has open for writing.',
    },
  )
}
