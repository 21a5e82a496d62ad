/// <reference types="node" />
import { fileURLToPath, pathToFileURL, URL } from 'node:url'
import { getDataset } from './datasets'

// The CommonJS build has `__filename` and an empty `import.meta`; the ES module build the
// reverse. Converting the path with `pathToFileURL` keeps `#`, `%` and spaces in it intact.
declare const __filename: string | undefined
const HERE = typeof __filename === 'string' ? pathToFileURL(__filename) : new URL(import.meta.url)

/** `datasets/` beside `src/` and `dist/`, so the same code works from source and build. */
const DATASETS_DIR = new URL('../datasets/', HERE)

/**
 * The absolute path of a bundled dataset's file, for Node programs that read it (with
 * `@tiendo/io` or `node:fs`). Check `getDataset(id).illustrative` before showing its rows.
 *
 * @throws Error when `id` is not a bundled dataset; the message lists the ones that are.
 */
export function datasetPath(id: string): string {
  return fileURLToPath(new URL(getDataset(id).file, DATASETS_DIR))
}
