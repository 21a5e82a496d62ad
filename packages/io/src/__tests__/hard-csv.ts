import type { ReadRowsOptions } from '../read-rows'

/** A generated CSV file that csv-parse must read past the fast splitter, with its options. */
export interface HardCsv {
  readonly name: string
  readonly bytes: Uint8Array
  readonly options?: ReadRowsOptions
}

const HEADER = 'indicator,unit,period,value,note'

/** `count` rows, every `every`-th with a note csv-parse must read: commas, quotes, breaks. */
function rows(count: number, every: number, ending: string): string {
  const lines: string[] = []
  for (let i = 0; i < count; i++) {
    const note =
      i % every === 0
        ? `"Ghi chú, ""trích"" ${i}${ending}dòng hai\r\nba\nbốn"`
        : `Khánh Hòa xã ${i % 97} 😀`
    lines.push(`dti_score,58,${2015 + (i % 10)},${i}.5,${note}`)
  }
  return lines.join(ending)
}

const encode = (text: string) => new TextEncoder().encode(text)

/**
 * CSV files with hard lines, large enough to cross csv-parse's windows and the readers' chunks:
 * quoted cells with commas, quotes and line breaks; CRLF, LF and lone CR; a BOM; an unclosed
 * quote; records over the size limit; bytes that are not UTF-8 after a hard line.
 */
export function hardCsvFiles(): HardCsv[] {
  const small = { limits: { maxCellChars: 40, maxColumns: 5 } }
  return [
    {
      name: 'hard-crlf-bom.csv',
      bytes: encode(`\ufeff${HEADER}\r\n${rows(4000, 50, '\r\n')}\r\n`),
    },
    { name: 'hard-lf.csv', bytes: encode(`${HEADER}\n${rows(4000, 7, '\n')}`) },
    { name: 'hard-every-row.csv', bytes: encode(`${HEADER}\n${rows(1500, 1, '\n')}\n\n`) },
    { name: 'hard-cr.csv', bytes: encode(`${HEADER}\r${rows(300, 5, '\r')}\r`) },
    {
      name: 'hard-header.csv',
      bytes: encode(`indicator,"unit\nđơn vị",period,value,note\r\n${rows(2000, 40, '\r\n')}`),
    },
    {
      name: 'hard-mixed-endings.csv',
      bytes: encode(`${HEADER}\n${rows(500, 9, '\n')}\r\n${rows(500, 11, '\r\n')}\rx,y\n`),
    },
    {
      name: 'hard-unclosed-quote.csv',
      bytes: encode(
        `${HEADER}\r\n${rows(3000, 25, '\r\n')}\r\nx,1,2024,1,"never closed\r\n${'1,2,3,4,5\r\n'.repeat(20)}`,
      ),
    },
    {
      name: 'hard-record-too-long.csv',
      bytes: encode(
        `${HEADER}\n${rows(3000, 30, '\n')}\nx,1,2024,1,"${'dài '.repeat(60)}"\n${rows(5, 2, '\n')}`,
      ),
      options: small,
    },
    {
      name: 'plain-record-too-long.csv',
      bytes: encode(`${HEADER}\n1,2,3,4,5\nx,1,2024,1,${'z'.repeat(300)}\n1,2,3,4,5\n`),
      options: small,
    },
    {
      name: 'hard-cell-too-long.csv',
      bytes: encode(`${HEADER}\n"a\nb",1,2,3,${'y'.repeat(45)}\n1,2,3,4,5\n`),
      options: small,
    },
    {
      name: 'hard-not-utf8.csv',
      bytes: new Uint8Array([
        ...encode(`${HEADER}\n${rows(2000, 10, '\n')}\nx,1,2024,1,Kh`),
        0xe1,
        ...encode(`nh\n1,2,3,4,5\n`),
      ]),
    },
    {
      name: 'hard-many-rows.csv',
      bytes: encode(`${HEADER}\n${rows(300, 10, '\n')}\n`),
      options: { limits: { maxRows: 120 } },
    },
    {
      name: 'hard-sheet-option.csv',
      bytes: encode(`${HEADER}\n${rows(20, 4, '\n')}`),
      options: { sheet: 'Số liệu' },
    },
  ]
}
