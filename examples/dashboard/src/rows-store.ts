/**
 * The rows of the submitted files, for the data grid: asked of the worker once per file and
 * kept as they arrive, batch after batch, with an index from a row's key (its line, or its
 * JSON Pointer) to its place.
 */

import type { RowsMessage } from './protocol'

/** One file's rows, as far as they have arrived. */
export interface FileRows {
  columns: readonly string[]
  readonly keys: string[]
  readonly cells: (readonly string[])[]
  readonly index: Map<string, number>
  done: boolean
}

/** Every file's rows, by file name. */
export class RowsStore {
  readonly #files = new Map<string, FileRows>()

  /** A file's rows, if they were asked for. */
  get(file: string): FileRows | undefined {
    return this.#files.get(file)
  }

  /** Starts keeping a file's rows; returns false when they are already kept or coming. */
  start(file: string): boolean {
    if (this.#files.has(file)) return false
    this.#files.set(file, { columns: [], keys: [], cells: [], index: new Map(), done: false })
    return true
  }

  /** Adds a batch of a file's rows. */
  add(batch: RowsMessage): void {
    const rows = this.#files.get(batch.file)
    if (rows === undefined) return
    rows.columns = batch.columns
    for (let i = 0; i < batch.keys.length; i++) {
      rows.index.set(batch.keys[i]!, rows.keys.length)
      rows.keys.push(batch.keys[i]!)
      rows.cells.push(batch.cells[i]!)
    }
    rows.done = batch.done
  }

  /** Forgets every file (a new run reads new files). */
  clear(): void {
    this.#files.clear()
  }
}
