/**
 * Growable columns of whole numbers: one typed array per column, doubled when full, rather
 * than a JavaScript array (8 bytes a slot) or an object per row. @internal
 */

type Typed = Int32Array | Uint8Array

abstract class Column<T extends Typed> {
  private count = 0

  constructor(
    protected data: T,
    private readonly make: (size: number) => T,
  ) {}

  get length(): number {
    return this.count
  }

  push(value: number): number {
    if (this.count === this.data.length) {
      const grown = this.make(this.data.length * 2)
      grown.set(this.data)
      this.data = grown
    }
    this.data[this.count] = value
    return this.count++
  }

  get(index: number): number {
    return this.data[index]!
  }

  set(index: number, value: number): void {
    this.data[index] = value
  }

  /** Gives back the room kept for rows not added yet (a column grows by doubling). */
  trim(): void {
    const size = Math.max(16, this.count)
    if (this.data.length > size) this.data = this.data.slice(0, size) as T
  }
}

/** 32-bit signed whole numbers (text numbers, row numbers; -1 for none). @internal */
export class IntColumn extends Column<Int32Array> {
  constructor(capacity = 1024) {
    super(new Int32Array(Math.max(16, capacity)), (size) => new Int32Array(size))
  }
}

/** Whole numbers from 0 to 255 (codes). @internal */
export class ByteColumn extends Column<Uint8Array> {
  constructor(capacity = 1024) {
    super(new Uint8Array(Math.max(16, capacity)), (size) => new Uint8Array(size))
  }
}
