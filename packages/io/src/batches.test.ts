import { describe, expect, it } from 'vitest'
import { batchesOf, flatten } from './batches'

async function* numbers(count: number, closed: { value: boolean }) {
  try {
    for (let i = 0; i < count; i++) yield i
  } finally {
    closed.value = true
  }
}

async function* batched(): AsyncGenerator<number[], string, undefined> {
  yield [1, 2]
  yield []
  yield [3]
  return 'stats'
}

describe('flatten', () => {
  it('gives the items in order, then the batches’ return value', async () => {
    const items = flatten(batched())
    const seen: number[] = []
    for (;;) {
      const next = await items.next()
      if (next.done) {
        expect(next.value).toBe('stats')
        break
      }
      seen.push(next.value)
    }
    expect(seen).toEqual([1, 2, 3])
  })

  it('closes the batches when the reader stops early', async () => {
    const closed = { value: false }
    for await (const item of flatten(batchesOf(numbers(10, closed), 4))) {
      if (item === 1) break
    }
    expect(closed.value).toBe(true)
  })

  it('hands out nothing once the signal fired, even from a batch in hand', async () => {
    const controller = new AbortController()
    const seen: number[] = []
    const reading = (async () => {
      for await (const item of flatten(batched(), controller.signal)) {
        seen.push(item)
        controller.abort()
      }
    })()
    await expect(reading).rejects.toMatchObject({ name: 'AbortError' })
    expect(seen).toEqual([1])
  })
})

describe('batchesOf', () => {
  it('gathers items in order into batches of the size asked, the last one shorter', async () => {
    const closed = { value: false }
    const batches: number[][] = []
    for await (const batch of batchesOf(numbers(7, closed), 3)) batches.push(batch)
    expect(batches).toEqual([[0, 1, 2], [3, 4, 5], [6]])
  })
})
