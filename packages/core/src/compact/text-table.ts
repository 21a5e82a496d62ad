/**
 * Texts kept once and named by a number: the indicators, unit keys, periods, statuses and
 * sources of a national dataset are a few thousand texts repeated millions of times, so
 * each row holds numbers and the texts live here. @internal
 */
export class TextTable {
  private readonly ids = new Map<string, number>()
  private readonly texts: string[] = []

  /** The number of a text, given one if it has none yet. */
  intern(text: string): number {
    let id = this.ids.get(text)
    if (id === undefined) {
      id = this.texts.length
      this.ids.set(text, id)
      this.texts.push(text)
    }
    return id
  }

  /** The number of a text already kept, or -1. */
  find(text: string): number {
    return this.ids.get(text) ?? -1
  }

  /** The text of a number. */
  text(id: number): string {
    return this.texts[id]!
  }

  /** A number for an optional text: -1 for none. */
  internOptional(text: string | undefined): number {
    return text === undefined ? -1 : this.intern(text)
  }

  /** The text of an optional number: `undefined` for -1. */
  optional(id: number): string | undefined {
    return id < 0 ? undefined : this.texts[id]
  }

  get size(): number {
    return this.texts.length
  }
}
