import type { FileFormat } from '../format'

/**
 * Data given in memory or as a stream, with the name that locations and messages show (its
 * extension gives the format, unless `format` says it). Exactly one of `text`, `bytes`,
 * `chunks` or `blob`:
 *
 * - `text`: content already decoded, read as its UTF-8 bytes would be (a leading BOM
 *   dropped; the `encoding` option does not apply).
 * - `bytes`: the content, as a file holds it.
 * - `chunks`: the content as a stream of byte chunks, such as a web `ReadableStream`
 *   (`response.body`) or a Node stream (`createReadStream`, not set to decode text).
 * - `blob`: a `Blob`, such as the `File` of an `<input type="file">` or a drop.
 */
export type DataSource =
  | {
      /** The name locations show, such as `quy-3.csv`; its extension gives the format. */
      name: string
      text: string
      /** The format. Defaults to the one the name's extension says (see `detectFormat`). */
      format?: FileFormat | undefined
    }
  | {
      /** The name locations show, such as `quy-3.csv`; its extension gives the format. */
      name: string
      bytes: Uint8Array | ArrayBuffer
      /** The format. Defaults to the one the name's extension says (see `detectFormat`). */
      format?: FileFormat | undefined
    }
  | {
      /** The name locations show, such as `quy-3.csv`; its extension gives the format. */
      name: string
      chunks: AsyncIterable<Uint8Array> | ReadableStream<Uint8Array>
      /** The format. Defaults to the one the name's extension says (see `detectFormat`). */
      format?: FileFormat | undefined
    }
  | {
      /** The name locations show, such as `quy-3.csv`; its extension gives the format. */
      name: string
      blob: Blob
      /** The format. Defaults to the one the name's extension says (see `detectFormat`). */
      format?: FileFormat | undefined
    }
