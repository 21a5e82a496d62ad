import type { TiendoIssue } from '@tiendo/schema'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeText } from './decode'

async function decode(chunks: Uint8Array[], encoding = 'utf-8') {
  const issues: TiendoIssue[] = []
  async function* source() {
    yield* chunks
  }
  let text = ''
  for await (const piece of decodeText(source(), {
    encoding,
    format: 'csv',
    location: { file: 'f.csv' },
    onIssue: (issue) => issues.push(issue),
  })) {
    text += piece
  }
  return { text, issues }
}

const bytes = (...values: number[]) => new Uint8Array(values)
const utf8 = (text: string) => new TextEncoder().encode(text)

describe('decodeText', () => {
  it('drops a UTF-8 byte-order mark, and only at the start', async () => {
    const { text } = await decode([bytes(0xef, 0xbb, 0xbf, 0x61), utf8('\ufeffb')])
    expect(text).toBe('a\ufeffb')
  })

  it('recognises a byte-order mark or signature split over the first chunks', async () => {
    expect((await decode([bytes(0xef), bytes(0xbb), bytes(0xbf, 0x61)])).text).toBe('a')
    const zip = await decode([bytes(0x50, 0x4b), bytes(0x03, 0x04, 0x14)])
    expect(zip.issues.map((issue) => issue.code)).toEqual(['binary_file'])
  })

  it('decodes characters split across chunks, however the bytes are cut', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'grapheme' }),
        fc.array(fc.nat(), { maxLength: 5 }),
        async (text, cuts) => {
          const all = utf8(text)
          const points = [...new Set(cuts.map((cut) => cut % (all.length + 1)))].sort(
            (a, b) => a - b,
          )
          const chunks: Uint8Array[] = []
          let start = 0
          for (const point of points) {
            chunks.push(all.subarray(start, point))
            start = point
          }
          chunks.push(all.subarray(start))
          const result = await decode(chunks)
          expect(result.issues).toEqual([])
          expect(result.text).toBe(text.startsWith('\ufeff') ? text.slice(1) : text)
        },
      ),
    )
  })

  it('stops at the line holding invalid UTF-8, delivering the lines before it', async () => {
    const { text, issues } = await decode([
      utf8('a,b\r\n1,2\r\n'),
      bytes(0x4b, 0x68, 0xe1, 0x6e, 0x68, 0x0a, 0x61),
    ])
    expect(text).toBe('a,b\r\n1,2\r\n')
    expect(issues).toHaveLength(1)
    expect(issues[0]).toMatchObject({ code: 'invalid_utf8', location: { file: 'f.csv', row: 3 } })
    expect(issues[0]?.message.en).toContain('Line 3')
    expect(issues[0]?.message.vi).toContain('Dòng 3')
  })

  it('reports a character cut off by the end of the file, delivering none of its line', async () => {
    const { text, issues } = await decode([utf8('ok\nH'), bytes(0xc3)])
    expect(text).toBe('ok\n')
    expect(issues[0]).toMatchObject({ code: 'invalid_utf8', location: { row: 2 } })
  })

  it('delivers the same lines before a broken one, however the bytes are cut', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom('a', 'ệ', ',', '\n', '\r\n', '\r', '😀'), { maxLength: 60 }),
        fc.array(fc.constantFrom('a', 'ệ', '\n', '\r'), { maxLength: 20 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        async (before, after, cuts) => {
          const all = new Uint8Array([...utf8(before.join('')), 0xff, ...utf8(after.join(''))])
          const points = [...new Set(cuts.map((cut) => cut % (all.length + 1)))].sort(
            (a, b) => a - b,
          )
          const chunks: Uint8Array[] = []
          let start = 0
          for (const point of [...points, all.length]) {
            chunks.push(all.subarray(start, point))
            start = point
          }
          const whole = await decode([all])
          const cutUp = await decode(chunks)
          expect(cutUp).toEqual(whole)
          const lines = before.join('')
          expect(whole.text).toBe(
            lines.slice(0, Math.max(lines.lastIndexOf('\n'), lines.lastIndexOf('\r')) + 1),
          )
        },
      ),
    )
  })

  it.each([
    ['an XLSX workbook', bytes(0x50, 0x4b, 0x03, 0x04, 0x14), 'binary_file', 'XLSX'],
    ['an old .xls', bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1), 'binary_file', '.xls'],
    ['zero bytes', bytes(0x61, 0x00, 0x62), 'binary_file', 'zero bytes'],
    ['UTF-16', bytes(0xff, 0xfe, 0x61, 0x00), 'utf16_file', 'UTF-16'],
  ])('refuses %s before delivering any text', async (_, head, code, words) => {
    const { text, issues } = await decode([head])
    expect(text).toBe('')
    expect(issues).toHaveLength(1)
    expect(issues[0]?.code).toBe(code)
    expect(issues[0]?.message.en).toContain(words)
  })

  it.each([
    ['little-endian', bytes(0xff, 0xfe, 0x61, 0x00), 'utf-16le'],
    ['big-endian', bytes(0xfe, 0xff, 0x00, 0x61), 'utf-16be'],
  ])(
    'names the UTF-16 a %s file is in, as the encoding that reads it',
    async (order, head, encoding) => {
      const { issues } = await decode([head])
      expect(issues[0]).toMatchObject({ code: 'utf16_file', encoding })
      expect(issues[0]?.message.en).toBe(`The file is encoded in UTF-16 (${order}), not UTF-8.`)
      expect(issues[0]?.hint?.en).toContain(`may state the encoding \`${encoding}\``)
      expect(issues[0]?.hint?.vi).toContain(`khai báo bảng mã \`${encoding}\``)
      const other = encoding === 'utf-16be' ? 'utf-16le' : 'utf-16be'
      expect(`${issues[0]?.hint?.en} ${issues[0]?.hint?.vi}`).not.toContain(other)
      // The encoding named reads the file (its byte-order mark is the readers' to drop).
      const read = await decode([head], encoding)
      expect(read.issues).toEqual([])
      expect(read.text).toBe('\ufeffa')
    },
  )

  it('reads another encoding on request', async () => {
    // "Hòa" in Windows-1258 is o followed by the combining grave 0xCC: decomposed text,
    // which is why readers normalise to NFC afterwards.
    const { text, issues } = await decode([bytes(0x48, 0x6f, 0xcc, 0x61)], 'windows-1258')
    expect(issues).toEqual([])
    expect(text).toBe('Ho\u0300a')
    expect(text.normalize('NFC')).toBe('Hòa')
  })

  it('reports an unknown encoding label', async () => {
    const { issues } = await decode([utf8('a')], 'klingon')
    expect(issues[0]).toMatchObject({ code: 'unsupported_encoding', location: { file: 'f.csv' } })
    expect(issues[0]?.message.vi).toContain('klingon')
  })
})
