/**
 * A store of submissions in DuckDB: a file (the embedded default) or any database DuckDB
 * opens (`md:…` on MotherDuck). Each submission is ingested once, recognised by the hash of
 * its content, in one transaction; evaluation reads the submissions back as the rows their
 * reader gave (a corrected figure in place of the one it supersedes), so a report over the
 * store is the report over the files.
 */

import { setTimeout as sleep } from 'node:timers/promises'
import { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api'
import type { UnitScope } from '@tiendo/core'
import type { RowItemsSource } from '@tiendo/pipeline'
import { describeOutside } from './describe-outside'
import { type IngestOptions, type IngestResult, ingestFile } from './ingest'
import { DEFAULT_MEMORY_LIMIT, limitMemory, partMemoryLimit, withMemoryLimit } from './part-memory'
import { replayRows } from './replay'
import { StoreError } from './store-error'
import { openFailure } from './store-failures'
import { prepareStore } from './store-version'

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
  /** The Tiendo that ingested it; `undefined` when a store older than schema 2 held it. */
  readonly tiendoVersion: string | undefined
  /** The pack it was ingested with, when one was said. */
  readonly pack: { readonly id: string; readonly version: string } | undefined
}

/** Options of {@link openStore}. */
export interface OpenStoreOptions {
  /** Open for reading only: nothing is created or written. Defaults to `false`. */
  readonly readOnly?: boolean | undefined
  /**
   * The most memory DuckDB itself may use (its `memory_limit`, such as `'1GB'`); beyond it,
   * it works from temporary files. Given, it holds for everything. Defaults to `'256MB'`
   * (evaluation holds the data, not DuckDB), and while one part of the unit tree is read, to
   * what the part's rows need: 64 MB at least (a province of a national store), at most 256 MB.
   */
  readonly memoryLimit?: string | undefined
  /**
   * How long to wait, in milliseconds, while another process has the store open for writing
   * (DuckDB locks the file: one writer, or any number of readers). Defaults to `0`: a held
   * store is refused at once with a `store_locked` error naming the lock and its holder.
   */
  readonly lockWaitMs?: number | undefined
  /** Told once, with the `store_locked` error naming the holder, when the wait for the lock begins. */
  readonly onLockWait?: ((held: StoreError) => void) | undefined
}

/** How often a held store is tried again while waiting for its lock. */
const LOCK_RETRY_MS = 100

/** An open store. Close it when done: the file is locked while it is open. */
export class TiendoStore {
  private constructor(
    private readonly instance: DuckDBInstance,
    /** The connection every statement runs on (one writer: DuckDB's own rule). */
    readonly connection: DuckDBConnection,
    /** The store's path as given, for messages. */
    readonly path: string,
    /** Whether `memoryLimit` was given: then it holds for every read. */
    private readonly limitGiven: boolean,
  ) {}

  /** @internal */
  static async open(path: string, options: OpenStoreOptions = {}): Promise<TiendoStore> {
    const instance = await createInstance(path, options)
    const connection = await DuckDBConnection.create(instance)
    const store = new TiendoStore(instance, connection, path, options.memoryLimit !== undefined)
    try {
      await prepareStore(connection, path, options.readOnly === true)
    } catch (error) {
      store.close()
      throw error instanceof StoreError ? error : openFailure(path, error)
    }
    return store
  }

  /**
   * Ingests a file: read as `tiendo validate` reads it, its header, rows and issues kept in
   * one transaction. A file whose content the store holds already is recognised by its hash
   * and not loaded again (`skipped`).
   */
  ingest(path: string, options: IngestOptions = {}): Promise<IngestResult> {
    return ingestFile(this.connection, this.path, path, options)
  }

  /** The submissions held, in the order ingested. */
  async submissions(): Promise<StoredSubmission[]> {
    const reader = await this.connection.runAndReadAll(
      `SELECT id, name, content_hash, kind, bytes, items, strftime(ingested_at, '%Y-%m-%dT%H:%M:%S.%gZ'),
         tiendo_version, pack_id, pack_version
       FROM submissions ORDER BY id`,
    )
    const rows = reader.getRowsJS()
    return rows.map(([id, name, hash, kind, bytes, items, at, tiendo, packId, packVersion]) => ({
      id: Number(id),
      name: String(name),
      contentHash: String(hash),
      kind: kind === null ? undefined : (kind as StoredSubmission['kind']),
      bytes: Number(bytes),
      items: Number(items),
      ingestedAt: String(at),
      tiendoVersion: tiendo === null ? undefined : String(tiendo),
      pack:
        packId === null ? undefined : { id: String(packId), version: String(packVersion ?? '') },
    }))
  }

  /**
   * Every submission as a source of `runPipeline`: its rows streamed from the store in
   * order, converted by the pipeline exactly as the file's were. A run limited to a part of
   * the unit tree (`units`) reads only the rows of that part: the database leaves the others
   * where they are, and sums up what they say (which units report what, the periods and
   * years they cover), so the part's figures and results are the whole run's.
   */
  async sources(): Promise<RowItemsSource[]> {
    return (await this.submissions()).map((submission) => ({
      name: submission.name,
      ...(submission.kind === undefined ? {} : { kind: submission.kind }),
      rowItems: replayRows(this.connection, submission.id),
      rowItemsWithin: (scope) =>
        withMemoryLimit(this.connection, this.partLimit(submission.items, scope), () =>
          replayRows(this.connection, submission.id, scope.outsideCodes),
        ),
      describeOutside: async (scope, collect) => {
        const restore = await limitMemory(this.connection, this.partLimit(submission.items, scope))
        try {
          await describeOutside(
            this.connection,
            submission.id,
            scope.outsideCodes,
            collect,
            submission.kind,
          )
        } finally {
          await restore()
        }
      },
    }))
  }

  /** DuckDB's limit for reading a part of a submission; `undefined` keeps the store's own. */
  private partLimit(items: number, scope: UnitScope): string | undefined {
    // A part with nothing outside is the whole store; a limit given holds for everything.
    if (this.limitGiven || scope.outsideCodes.size === 0) return undefined
    return partMemoryLimit(items, scope)
  }

  /**
   * Closes the store. Closing never throws: after a failed write DuckDB may refuse to close
   * cleanly, and what was committed is in its write-ahead log either way, replayed when the
   * store is next opened; the failure itself was told when it happened.
   */
  close(): void {
    try {
      this.connection.closeSync()
      this.instance.closeSync()
    } catch {}
  }
}

/** Opens (creating it when absent, unless `readOnly`) a store. */
export function openStore(path: string, options?: OpenStoreOptions): Promise<TiendoStore> {
  return TiendoStore.open(path, options)
}

/** The database, waiting up to `lockWaitMs` while another process holds it. */
async function createInstance(path: string, options: OpenStoreOptions): Promise<DuckDBInstance> {
  const until = Date.now() + Math.max(0, options.lockWaitMs ?? 0)
  let waiting = false
  for (;;) {
    try {
      return await DuckDBInstance.create(path, {
        memory_limit: options.memoryLimit ?? DEFAULT_MEMORY_LIMIT,
        ...(options.readOnly ? { access_mode: 'READ_ONLY' } : {}),
      })
    } catch (error) {
      const failure = openFailure(path, error)
      if (failure.code !== 'store_locked' || Date.now() >= until) throw failure
      if (!waiting) options.onLockWait?.(failure)
      waiting = true
      await sleep(LOCK_RETRY_MS)
    }
  }
}
