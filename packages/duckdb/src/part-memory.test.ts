import { DuckDBInstance } from '@duckdb/node-api'
import type { UnitScope } from '@tiendo/core'
import { describe, expect, it } from 'vitest'
import { partMemoryLimit, withMemoryLimit } from './part-memory'

/** A part of `inside` units beside `outside` codes (only the counts matter). */
const part = (inside: number, outside: number) =>
  ({
    units: Array.from({ length: inside }),
    outsideCodes: new Set(Array.from({ length: outside }, (_, i) => `X${i}`)),
  }) as unknown as UnitScope

describe('DuckDB’s memory while a part is read', () => {
  it('gives a part what its share of the rows needs, from 64 MB to the default 256 MB', () => {
    // A province of the bench's 32× country: 3,186 units in, 105,120 codes out, 5.2 million
    // rows: 2.94% of the codes, doubled, is 304,500 rows, at 300 bytes 87 MB.
    expect(partMemoryLimit(5_180_448, part(3_186, 105_120))).toBe('87MB')
    // A province of the 1× country: 64 MB at least.
    expect(partMemoryLimit(175_526, part(100, 5_250))).toBe('64MB')
    // A twentieth: 148 MB; half the country: the default.
    expect(partMemoryLimit(5_180_448, part(5_000, 95_000))).toBe('148MB')
    expect(partMemoryLimit(5_180_448, part(54_000, 54_000))).toBe('256MB')
  })

  it('sets the limit while the rows are read and puts the default back after', async () => {
    const instance = await DuckDBInstance.create(':memory:', { memory_limit: '256MB' })
    const connection = await instance.connect()
    const limit = async () =>
      String(
        (
          await connection.runAndReadAll(`SELECT current_setting('memory_limit')`)
        ).getRowsJS()[0]![0],
      )
    const before = await limit()
    const seen: string[] = []
    async function* rows() {
      seen.push(await limit())
      yield 1
    }
    for await (const _ of withMemoryLimit(connection, '64MB', rows)) {
      // read
    }
    expect(seen[0]).not.toBe(before)
    expect(seen[0]).toMatch(/^6[0-9]\.\d MiB$/)
    expect(await limit()).toBe(before)
    connection.closeSync()
    instance.closeSync()
  })
})
