import { describe, expect, it } from 'vitest'
import { fixtures, tiendoInProcess } from './tiendo'

/** English and developer words a Vietnamese reader must not meet (see also examples/ninh-thuan). */
const LEFTOVERS =
  /(?<![\w-])(error|warning|passed|failed|skipped|completed|percent|decimal(?:Gte|Gt|Lte|Lt|Eq|Neq|Between)|greaterThan|lessThan|notEqual|skip_if_any_missing|never_skip)(?![\w-])/gi

const found = (text: string) =>
  [...text.matchAll(LEFTOVERS)].map((m) => text.slice(Math.max(0, m.index - 50), m.index + 30))

describe('tiendo evaluate --lang vi', () => {
  for (const format of ['pretty', 'markdown'] as const) {
    it(`says a failed quota in words (${format})`, async () => {
      const { code, stdout } = await tiendoInProcess(
        [
          'evaluate',
          'valid.csv',
          'products.csv',
          '--pack',
          'ninh-thuan',
          '--from',
          '2024',
          '--to',
          '2024',
          '--format',
          format,
          '--lang',
          'vi',
        ],
        fixtures,
      )
      expect(code).toBe(1)
      // The terminal's lines wrap at 80 columns: read the words across them.
      const words = stdout.replace(/\s*\n\s*/g, ' ')
      expect(words).toContain('số bản ghi loại dx_product đã hoàn thành phải ít nhất 1; thực tế 0')
      expect(found(stdout)).toEqual([])
    })
  }
})
