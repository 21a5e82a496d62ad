/** What the central directory of a zip archive declares. @internal */
export type ZipSurvey =
  | { readonly kind: 'zip'; readonly uncompressedBytes: number }
  | { readonly kind: 'not_zip' }

const END_OF_DIRECTORY = 0x06054b50
const DIRECTORY_ENTRY = 0x02014b50
const LOCAL_HEADER = 0x04034b50

/**
 * Sums the uncompressed sizes an archive's central directory declares, so that a small XLSX
 * that unzips to gigabytes is refused before anything is decompressed. This only reads the
 * directory's size fields; unzipping is left to exceljs. ZIP64 sizes count as unbounded.
 * @internal
 */
export function surveyZip(bytes: Uint8Array): ZipSurvey {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (bytes.length < 22 || view.getUint32(0, true) !== LOCAL_HEADER) return { kind: 'not_zip' }
  // The end record sits in the last 22 bytes plus a comment of at most 65 535 bytes.
  const earliest = Math.max(0, bytes.length - 22 - 0xffff)
  let end = -1
  for (let i = bytes.length - 22; i >= earliest; i--) {
    if (view.getUint32(i, true) === END_OF_DIRECTORY) {
      end = i
      break
    }
  }
  if (end === -1) return { kind: 'not_zip' }
  const entries = view.getUint16(end + 10, true)
  let offset = view.getUint32(end + 16, true)
  let total = 0
  for (let n = 0; n < entries; n++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== DIRECTORY_ENTRY) {
      return { kind: 'not_zip' }
    }
    const size = view.getUint32(offset + 24, true)
    if (size === 0xffffffff) return { kind: 'zip', uncompressedBytes: Number.POSITIVE_INFINITY }
    total += size
    offset +=
      46 +
      view.getUint16(offset + 28, true) +
      view.getUint16(offset + 30, true) +
      view.getUint16(offset + 32, true)
  }
  return { kind: 'zip', uncompressedBytes: total }
}
