import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseDecimalCell, readDecimalCell } from './parse-decimal-cell'

/** The failure of a parse, asserting it failed. */
function failure(text: string, locale: 'default' | 'vi' = 'default') {
  const result = parseDecimalCell(text, locale)
  if (result.ok) throw new Error(`expected ${JSON.stringify(text)} to be refused`)
  return result
}

describe('parseDecimalCell, default locale', () => {
  it.each([
    ['87.5', '87.5'],
    ['363558', '363558'],
    ['-12.25', '-12.25'],
    ['0', '0'],
    ['0.0001', '0.0001'],
    ['363.558', '363.558'],
  ])('reads %s as %s', (text, value) => {
    expect(parseDecimalCell(text, 'default')).toEqual({ ok: true, value })
  })

  it.each([
    ['(100)', 'default', '-100'],
    ['(1250.5)', 'default', '-1250.5'],
    ['(87,5)', 'vi', '-87,5'],
  ] as const)(
    'reads the bracketed %s as an accountant’s negative, offering %s',
    (text, locale, suggestion) => {
      expect(readDecimalCell(text, locale)).toMatchObject({
        ok: false,
        code: 'invalid_number',
        fields: { reason: 'brackets', suggestion },
      })
      const result = failure(text, locale)
      expect(result.hint.en).toBe(
        `If the figure is negative, write \`${suggestion}\`: Tiendo reads a leading \`-\` only.`,
      )
      expect(result.message.vi).toBe(
        `Số "${text}" được ghi trong ngoặc đơn, như kế toán ghi số âm.`,
      )
    },
  )

  it.each(['(-100)', '(abc)', '()', '(1,250)'])('takes %s for no bracketed number', (text) => {
    const read = readDecimalCell(text, 'default')
    expect(read.ok).toBe(false)
    expect(read).not.toMatchObject({ fields: { reason: 'brackets' } })
  })

  it('calls a decimal comma ambiguous, naming the reading in both languages', () => {
    const result = failure('87,5')
    expect(result.code).toBe('ambiguous_number')
    expect(result.message.en).toContain('87.5')
    expect(result.message.vi).toContain('dấu thập phân kiểu Việt Nam')
    expect(result.hint.en).toContain('--number-locale vi')
    expect(result.hint.vi).toContain('--number-locale vi')
  })

  it('gives both readings of 363,558', () => {
    const result = failure('363,558')
    expect(result.code).toBe('ambiguous_number')
    expect(result.message.en).toContain('363558')
    expect(result.message.en).toContain('363.558')
    expect(result.message.vi).toContain('phân cách hàng nghìn')
  })

  it.each([
    [' 87.5', '`87.5`'],
    ['87.5 ', '`87.5`'],
    ['1 234 567', '`1234567`'],
    ['87.5\u00a0', '`87.5`'],
    ['1e5', '`100000`'],
    ['2.5E-3', '`0.0025`'],
    ['1,234,567', '`1234567`'],
    ['1.234.567', '`1234567`'],
    ['1.234,5', '`1234.5`'],
    ['+5', '`5`'],
    ['\u22125', '`-5`'],
    ['87.5%', '`87.5`'],
    ['.5', '`0.5`'],
    ['5.', '`5`'],
    ['007', '`7`'],
  ])('refuses %j and suggests %s', (text, suggestion) => {
    const result = failure(text)
    expect(result.code).toBe('invalid_number')
    expect(result.hint.en).toContain(suggestion)
    expect(result.hint.vi).toContain(suggestion)
  })

  it.each([
    ['120 hộ', 'with_words', '120'],
    ['87.5 người', 'with_words', '87.5'],
    ['5sản phẩm', 'with_words', '5'],
    ['87.5 phần trăm', 'with_words', '87.5'],
    ['8O', 'letter_for_digit', '80'],
    ['1l5', 'letter_for_digit', '115'],
    ['I2.O', 'letter_for_digit', '12.0'],
  ])('reads %j as %s, suggesting %s', (text, reason, suggestion) => {
    expect(readDecimalCell(text, 'default')).toMatchObject({
      ok: false,
      code: 'invalid_number',
      fields: { reason, value: text, suggestion },
    })
  })

  it('suggests no number for words alone, or letters that make none', () => {
    for (const text of ['hộ', 'lO', 'abc', '0l', '87,5 người']) {
      const reading = readDecimalCell(text, 'default')
      expect(reading.ok).toBe(false)
      if (!reading.ok) expect(reading.fields).not.toHaveProperty('suggestion', expect.anything())
    }
    expect(readDecimalCell('1.234 người', 'vi')).toMatchObject({
      fields: { reason: 'with_words', suggestion: '1.234' },
    })
    expect(failure('120 hộ').hint.vi).toContain('Chỉ ghi số, `120`')
    expect(failure('8O').message.en).toContain('O for 0')
  })

  it('offers a percent written with a decimal comma as its one reading', () => {
    // `10,5` can only be 10.5: no group of thousands has one digit.
    expect(readDecimalCell('10,5%', 'default')).toMatchObject({
      fields: { reason: 'percent', suggestion: '10.5' },
    })
    expect(readDecimalCell('10,5 %', 'default')).toMatchObject({
      fields: { reason: 'percent', value: '10,5 %', suggestion: '10.5' },
    })
    expect(readDecimalCell('10,5%', 'vi')).toMatchObject({ fields: { suggestion: '10,5' } })
    // `12,500%` reads two ways: no number is offered.
    const twoWays = readDecimalCell('12,500%', 'default')
    expect(twoWays).toMatchObject({ fields: { reason: 'percent' } })
    expect(twoWays).not.toMatchObject({ fields: { suggestion: expect.anything() } })
  })

  it('tells what else is wrong with a number that also has spaces, of the text as written', () => {
    expect(readDecimalCell('10 %', 'default')).toMatchObject({
      ok: false,
      code: 'invalid_number',
      fields: { reason: 'percent', value: '10 %', suggestion: '10' },
    })
    expect(readDecimalCell('87, 5', 'default')).toMatchObject({
      ok: false,
      code: 'ambiguous_number',
      fields: { reason: 'comma', value: '87, 5', decimalReading: '87.5' },
    })
    expect(readDecimalCell('1 234,5', 'vi')).toMatchObject({
      fields: { reason: 'spaces', suggestion: '1234,5' },
    })
    expect(failure('10 %').message.en).toContain('"10 %"')
    expect(failure('10 %').hint.en).toContain('`10`')
    // Spaces alone keep their own reason.
    expect(readDecimalCell('1 250', 'default')).toMatchObject({
      fields: { reason: 'spaces', suggestion: '1250' },
    })
  })

  it.each(['NaN', 'nan', 'Infinity', '-Infinity', 'inf', '#N/A', '#DIV/0!'])(
    'refuses %s as not finite',
    (text) => {
      const result = failure(text)
      expect(result.code).toBe('invalid_number')
      expect(result.message.en).toContain('not a finite number')
      expect(result.message.vi).toContain('không phải là một số hữu hạn')
    },
  )

  it('refuses 1e999 without pretending to write it out', () => {
    const result = failure('1e999')
    expect(result.code).toBe('invalid_number')
    expect(result.hint.en).not.toMatch(/`\d{20,}`/)
    expect(result.hint.en).toContain('without `e`')
  })

  it('refuses more than 40 significant digits', () => {
    expect(failure('1'.repeat(41)).message.en).toContain('40')
    expect(parseDecimalCell(`0.${'0'.repeat(50)}${'1'.repeat(40)}`)).toMatchObject({ ok: true })
  })

  it.each(['-', '—', '...', '…', 'N/A', 'n/a', ' NA ', 'không có', 'Chưa có số liệu', '?'])(
    'refuses %j as a mark for no figure, saying to leave it out rather than how to write it',
    (text) => {
      const result = failure(text)
      expect(result.code).toBe('invalid_number')
      expect(result.message.en).toContain('stands for "no figure"')
      expect(result.message.vi).toContain('là ký hiệu "không có số liệu"')
      // Not "leave the cell empty": a row with no value is refused as well.
      expect(result.hint.en).toMatch(/^When there is no figure yet, leave the row out/)
      expect(result.hint.vi).toMatch(/^Nếu chưa có số liệu, hãy bỏ cả dòng/)
    },
  )

  it.each(['', 'abc', '12abc', '1-2', '--1', '-', '.', '1..2'])('refuses %j', (text) => {
    expect(failure(text).code).toBe('invalid_number')
  })
})

describe('parseDecimalCell, Vietnamese locale', () => {
  it.each([
    ['87,5', '87.5'],
    ['363.558', '363558'],
    ['1.234.567,89', '1234567.89'],
    ['363558', '363558'],
    ['-0,25', '-0.25'],
    ['0', '0'],
  ])('reads %s as %s', (text, value) => {
    expect(parseDecimalCell(text, 'vi')).toEqual({ ok: true, value })
  })

  it('refuses a decimal dot, suggesting the decimal comma', () => {
    const result = failure('87.5', 'vi')
    expect(result.code).toBe('invalid_number')
    expect(result.hint.en).toContain('`87,5`')
    expect(result.hint.vi).toContain('`87,5`')
  })

  it.each(['1.23', '1.2345', '0.558', '12.34.567', '1,234,567'])(
    'refuses %s, whose dots are not groups of three',
    (text) => {
      expect(failure(text, 'vi').code).toBe('invalid_number')
    },
  )

  it('suggests exponents written out in the Vietnamese way', () => {
    expect(failure('1,5e3', 'vi').hint.vi).toContain('`1500`')
    expect(failure('2,5e-1', 'vi').hint.en).toContain('`0,25`')
  })
})

describe('parseDecimalCell, properties', () => {
  const decimal = fc
    .tuple(
      fc.boolean(),
      fc.bigInt({ min: 0n, max: 10n ** 20n }),
      fc.option(fc.stringMatching(/^\d{1,12}$/), { nil: undefined }),
    )
    .map(([negative, whole, fraction]) => {
      const text = `${negative ? '-' : ''}${whole}${fraction === undefined ? '' : `.${fraction}`}`
      return text
    })

  it('returns every canonical decimal unchanged', () => {
    fc.assert(
      fc.property(decimal, (text) => {
        expect(parseDecimalCell(text, 'default')).toEqual({ ok: true, value: text })
      }),
    )
  })

  it('reads a decimal written the Vietnamese way back to the same decimal', () => {
    fc.assert(
      fc.property(decimal, fc.boolean(), (text, grouped) => {
        const [whole = '', fraction] = text.replace('-', '').split('.')
        const groupedWhole = grouped ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.') : whole
        const vietnamese = `${text.startsWith('-') ? '-' : ''}${groupedWhole}${fraction === undefined ? '' : `,${fraction}`}`
        expect(parseDecimalCell(vietnamese, 'vi')).toEqual({ ok: true, value: text })
      }),
    )
  })

  it('never accepts text with whitespace around it, and always explains in both languages', () => {
    fc.assert(
      fc.property(decimal, fc.constantFrom(' ', '\t', '\u00a0', '\n'), (text, space) => {
        for (const locale of ['default', 'vi'] as const) {
          const result = parseDecimalCell(`${space}${text}`, locale)
          expect(result.ok).toBe(false)
          if (!result.ok) {
            expect(result.message.vi).not.toBe(result.message.en)
            expect(result.hint.vi.length).toBeGreaterThan(0)
            expect(result.hint.en.length).toBeGreaterThan(0)
          }
        }
      }),
    )
  })

  it('only ever returns text that is a canonical decimal', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'0123456789.,-+ e%'), maxLength: 14 }),
        (text) => {
          for (const locale of ['default', 'vi'] as const) {
            const result = parseDecimalCell(text, locale)
            if (result.ok) expect(result.value).toMatch(/^-?(?:0|[1-9]\d*)(?:\.\d+)?$/)
          }
        },
      ),
    )
  })
})
