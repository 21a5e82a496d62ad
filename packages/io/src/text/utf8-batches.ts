/**
 * Text given in pieces, encoded as UTF-8 straight into buffers of a few megabytes: no piece
 * is joined to another as a string first (joining builds ropes that are flattened again,
 * which cost more than the encoding), and no surrogate pair is split between two buffers.
 */

/** Bytes per batch: large enough that a write call is rare, small beside any report. */
export const UTF8_BATCH_BYTES = 1 << 22

/** A UTF-16 code unit encodes to at most 3 UTF-8 bytes (a pair of them to 4). */
const MAX_BYTES_PER_UNIT = 3

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff

/**
 * Encodes pieces of text into UTF-8 batches of at most about `size` bytes, in order; each
 * batch is a fresh buffer the caller may keep, or hand back with `recycle` once written. A
 * piece larger than a batch is encoded on its own, a slice at a time.
 */
export class Utf8Batcher {
  private buffer: Buffer
  private used = 0
  /** A high surrogate that ended the last piece: it is encoded with the unit that follows. */
  private held = ''
  /** A batch handed back, whose memory the next batch takes. */
  private spare: ArrayBuffer | undefined
  /** The memory of this batcher's own batches: only these are taken back. */
  private readonly own = new WeakSet<ArrayBufferLike>()

  constructor(private readonly size = UTF8_BATCH_BYTES) {
    this.buffer = this.allocate()
  }

  /**
   * Hands back a batch this batcher gave, once its bytes are no longer needed (written): the
   * next batch is encoded into its memory instead of a fresh buffer. A writer that writes one
   * batch while the next fills then needs three buffers (the one written, the one full and
   * waiting for it, the one filling), however long the text. Fresh ones are each freed only
   * by a garbage collection, and a national report of 70 MB held most of its batches at
   * once. Anything else given (a slice of a large piece) is ignored.
   */
  recycle(batch: Uint8Array): void {
    const memory = batch.buffer
    if (!this.own.has(memory) || memory === this.buffer.buffer) return
    this.own.delete(memory)
    this.spare = memory as ArrayBuffer
  }

  /**
   * Adds a piece: text, or bytes already UTF-8 (copied, so the caller may reuse them);
   * returns the batches it completed (often none).
   */
  add(piece: string | Uint8Array): Buffer[] {
    if (typeof piece !== 'string') return this.addBytes(piece)
    let text = this.held === '' ? piece : this.held + piece
    this.held = ''
    if (text.length === 0) return []
    if (isHighSurrogate(text.charCodeAt(text.length - 1))) {
      this.held = text.slice(-1)
      text = text.slice(0, -1)
    }
    const full: Buffer[] = []
    if (text.length * MAX_BYTES_PER_UNIT > this.size - this.used) {
      const batch = this.take()
      if (batch !== undefined) full.push(batch)
    }
    if (text.length * MAX_BYTES_PER_UNIT <= this.size) {
      this.used += this.buffer.write(text, this.used, 'utf8')
      return full
    }
    // Larger than a batch: encoded a slice at a time, never splitting a pair.
    const slice = Math.floor(this.size / MAX_BYTES_PER_UNIT)
    let start = 0
    while (start < text.length) {
      let end = Math.min(start + slice, text.length)
      if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end -= 1
      full.push(Buffer.from(text.slice(start, end), 'utf8'))
      start = end
    }
    return full
  }

  /** The last batch (with a lone high surrogate held back, as `Buffer.from` encodes one). */
  finish(): Buffer[] {
    const full = this.flushHeld()
    const batch = this.take()
    if (batch !== undefined) full.push(batch)
    return full
  }

  private addBytes(bytes: Uint8Array): Buffer[] {
    // A high surrogate held for the text that would follow is alone: encoded as it is.
    const full = this.flushHeld()
    if (bytes.byteLength > this.size - this.used) {
      const batch = this.take()
      if (batch !== undefined) full.push(batch)
    }
    if (bytes.byteLength <= this.size) {
      this.buffer.set(bytes, this.used)
      this.used += bytes.byteLength
    } else {
      full.push(Buffer.from(bytes))
    }
    return full
  }

  /** The high surrogate held back, encoded alone (as `Buffer.from` encodes one). */
  private flushHeld(): Buffer[] {
    const full: Buffer[] = []
    if (this.held !== '') {
      const held = this.held
      this.held = ''
      if (this.used + MAX_BYTES_PER_UNIT > this.size) {
        const batch = this.take()
        if (batch !== undefined) full.push(batch)
      }
      this.used += this.buffer.write(held, this.used, 'utf8')
    }
    return full
  }

  private take(): Buffer | undefined {
    if (this.used === 0) return undefined
    const batch = this.buffer.subarray(0, this.used)
    this.buffer = this.allocate()
    this.used = 0
    return batch
  }

  /** The spare handed back, else fresh memory of its own (never a slice of Node's pool). */
  private allocate(): Buffer {
    const spare = this.spare
    this.spare = undefined
    const buffer = spare === undefined ? Buffer.allocUnsafeSlow(this.size) : Buffer.from(spare)
    this.own.add(buffer.buffer)
    return buffer
  }
}
