import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { splitLines } from './lines'

async function lines(chunks: string[], maxChars = 1000) {
  async function* source() {
    yield* chunks
  }
  const out: Array<[number, string] | [number, 'overlong']> = []
  for await (const line of splitLines(source(), maxChars)) {
    out.push(line.overlong ? [line.line, 'overlong'] : [line.line, line.text])
  }
  return out
}

describe('splitLines', () => {
  it('numbers lines as editors do, for LF, CRLF and CR', async () => {
    expect(await lines(['a\nb\r\nc\rd'])).toEqual([
      [1, 'a'],
      [2, 'b'],
      [3, 'c'],
      [4, 'd'],
    ])
  })

  it('counts a CRLF split across chunks once', async () => {
    expect(await lines(['a\r', '\nb\r', '', '\nc\n'])).toEqual([
      [1, 'a'],
      [2, 'b'],
      [3, 'c'],
    ])
  })

  it('keeps empty lines in the middle but not after the last line break', async () => {
    expect(await lines(['a\n\nb\n'])).toEqual([
      [1, 'a'],
      [2, ''],
      [3, 'b'],
    ])
  })

  it('reports a line over the limit without keeping it, and goes on', async () => {
    expect(await lines(['short\n', 'x'.repeat(6), 'y'.repeat(6), '\nok'], 10)).toEqual([
      [1, 'short'],
      [2, 'overlong'],
      [3, 'ok'],
    ])
  })

  it('gives the same lines however the text is chunked', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: fc.constantFrom('a', 'é', '\n', '\r', ' ') }),
        fc.array(fc.nat(), { maxLength: 6 }),
        async (text, cuts) => {
          const points = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort(
            (a, b) => a - b,
          )
          const chunks: string[] = []
          let start = 0
          for (const point of points) {
            chunks.push(text.slice(start, point))
            start = point
          }
          chunks.push(text.slice(start))
          expect(await lines(chunks)).toEqual(await lines([text]))
        },
      ),
    )
  })
})
