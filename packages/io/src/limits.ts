/**
 * Ceilings that keep a reader's memory and time bounded on huge or hostile files. Going over
 * one yields a `limit_exceeded` issue that names the limit and how to raise it; nothing is
 * read past it.
 */
export interface ReadLimits {
  /** Largest file read, in bytes. Defaults to 2 GiB. */
  maxFileBytes: number
  /**
   * Largest JSON or XLSX file, in bytes. These formats are read whole (an XLSX file by its
   * unzipped size), so their ceiling is lower than {@link ReadLimits.maxFileBytes}; CSV and
   * NDJSON stream and do not use it. Defaults to 64 MiB.
   */
  maxInMemoryBytes: number
  /** Most data rows (not counting the header). Defaults to 10 000 000. */
  maxRows: number
  /** Most columns in a header (or keys in a JSON object). Defaults to 200. */
  maxColumns: number
  /**
   * Longest cell, in characters. A CSV record or NDJSON line may hold at most
   * `maxCellChars × maxColumns` characters. Defaults to 100 000.
   */
  maxCellChars: number
}

/** The limits used when none are given. */
export const DEFAULT_READ_LIMITS: Readonly<ReadLimits> = Object.freeze({
  maxFileBytes: 2 * 1024 ** 3,
  maxInMemoryBytes: 64 * 1024 ** 2,
  maxRows: 10_000_000,
  maxColumns: 200,
  maxCellChars: 100_000,
})

/**
 * The defaults with the given limits laid over them.
 * @throws RangeError when a limit is not a positive whole number (a programming error).
 * @internal
 */
export function resolveLimits(limits: Partial<ReadLimits> | undefined): ReadLimits {
  const resolved: ReadLimits = { ...DEFAULT_READ_LIMITS }
  for (const name of Object.keys(DEFAULT_READ_LIMITS) as Array<keyof ReadLimits>) {
    const value = limits?.[name]
    if (value === undefined) continue
    if (!Number.isSafeInteger(value) || value <= 0) {
      throw new RangeError(`limits.${name} must be a positive whole number, not ${value}`)
    }
    resolved[name] = value
  }
  return resolved
}

/** The command-line flag that raises a limit: `maxRows` → `--max-rows`. @internal */
export function limitFlag(name: keyof ReadLimits): string {
  return `--${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`
}
