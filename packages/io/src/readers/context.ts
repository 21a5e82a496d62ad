import type { FileFormat } from '../format'
import type { ReadLimits } from '../limits'
/** What every reader needs to know about the file it reads. @internal */
export interface ReaderContext {
  /** The file name as locations show it. */
  readonly file: string
  readonly format: FileFormat
  readonly limits: ReadLimits
  /** A WHATWG encoding label for text formats. */
  readonly encoding: string
  /** The XLSX sheet to read; the first visible one when absent. */
  readonly sheet?: string | undefined
  readonly signal?: AbortSignal | undefined
}
