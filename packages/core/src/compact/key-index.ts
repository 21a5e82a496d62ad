/**
 * A hash table from keys of one to three whole numbers (an indicator, a unit and a period,
 * each numbered) to a row number, in typed arrays: no string is joined and no object made
 * per key, so indexing a national dataset allocates a few arrays rather than millions of
 * map entries. Open addressing with linear probing; it doubles when half full. @internal
 */
export class KeyIndex {
  private keys: Int32Array
  private values: Int32Array
  private mask: number
  private count = 0

  constructor(capacity = 1024) {
    let size = 16
    while (size < capacity * 2) size *= 2
    this.keys = new Int32Array(size * 3)
    this.values = new Int32Array(size).fill(-1)
    this.mask = size - 1
  }

  get size(): number {
    return this.count
  }

  /** The value of a key, or -1. */
  get(a: number, b = 0, c = 0): number {
    const keys = this.keys
    let slot = hash(a, b, c) & this.mask
    for (;;) {
      const value = this.values[slot]!
      if (value === -1) return -1
      const at = slot * 3
      if (keys[at] === a && keys[at + 1] === b && keys[at + 2] === c) return value
      slot = (slot + 1) & this.mask
    }
  }

  /** Sets a key's value (a whole number from 0). */
  set(a: number, b: number, c: number, value: number): void {
    const keys = this.keys
    let slot = hash(a, b, c) & this.mask
    for (;;) {
      const found = this.values[slot]!
      const at = slot * 3
      if (found === -1) {
        keys[at] = a
        keys[at + 1] = b
        keys[at + 2] = c
        this.values[slot] = value
        if (++this.count * 2 > this.values.length) this.grow()
        return
      }
      if (keys[at] === a && keys[at + 1] === b && keys[at + 2] === c) {
        this.values[slot] = value
        return
      }
      slot = (slot + 1) & this.mask
    }
  }

  private grow(): void {
    const keys = this.keys
    const values = this.values
    this.keys = new Int32Array(keys.length * 2)
    this.values = new Int32Array(values.length * 2).fill(-1)
    this.mask = this.values.length - 1
    this.count = 0
    for (let slot = 0; slot < values.length; slot++) {
      const value = values[slot]!
      if (value !== -1) this.set(keys[slot * 3]!, keys[slot * 3 + 1]!, keys[slot * 3 + 2]!, value)
    }
  }
}

/** Mixes three 32-bit numbers (murmur3's finaliser over a simple combination). */
function hash(a: number, b: number, c: number): number {
  let h =
    Math.imul(a, 0x9e3779b1) ^
    Math.imul(b + 0x7f4a7c15, 0x85ebca6b) ^
    Math.imul(c + 0x165667b1, 0xc2b2ae35)
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}
