import { strFromU8, unzipSync } from 'fflate'

/** Attributes of an XML start tag, by name (`w:val` → value), entities decoded. */
export type Attributes = Record<string, string>

const decode = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')

function attributesOf(tag: string): Attributes {
  const out: Attributes = {}
  for (const match of tag.matchAll(/([\w:]+)="([^"]*)"/g)) out[match[1]!] = decode(match[2]!)
  return out
}

/** Every element `name` in `xml` (start or empty tag), as its attributes. */
export function elements(xml: string, name: string): Attributes[] {
  const pattern = new RegExp(`<${name}(?=[\\s/>])([^>]*)>`, 'g')
  return [...xml.matchAll(pattern)].map((match) => attributesOf(match[1]!))
}

/** The XML of every `name` element, outermost first (`w:p`, `w:tbl`, `w:tr`…); not nested ones of the same name. */
export function blocks(xml: string, name: string): string[] {
  const out: string[] = []
  const open = new RegExp(`<${name}(?=[\\s>/])`, 'g')
  let match: RegExpExecArray | null
  // biome-ignore lint/suspicious/noAssignInExpressions: a scanner
  while ((match = open.exec(xml)) !== null) {
    let depth = 0
    const tag = new RegExp(`<(/?)${name}(?=[\\s>/])[^>]*?(/?)>`, 'g')
    tag.lastIndex = match.index
    let end = xml.length
    let next: RegExpExecArray | null
    // biome-ignore lint/suspicious/noAssignInExpressions: a scanner
    while ((next = tag.exec(xml)) !== null) {
      if (next[2] === '/') {
        if (depth === 0) {
          end = tag.lastIndex
          break
        }
        continue
      }
      depth += next[1] === '/' ? -1 : 1
      if (depth === 0) {
        end = tag.lastIndex
        break
      }
    }
    out.push(xml.slice(match.index, end))
    open.lastIndex = end
  }
  return out
}

/** The text of a piece of WordprocessingML: its `w:t` runs joined. */
export function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1]!)).join('')
}

/** A paragraph: its text, and the run properties of its runs. */
export interface ReadParagraph {
  readonly text: string
  readonly xml: string
  /** Each run's text with its size (half-points), bold, italics, highlight. */
  readonly runs: {
    text: string
    size?: number
    bold: boolean
    italics: boolean
    highlight?: string
  }[]
}

export function paragraphsOf(xml: string): ReadParagraph[] {
  return blocks(xml, 'w:p').map((p) => ({
    text: textOf(p),
    xml: p,
    runs: blocks(p, 'w:r').map((r) => {
      const size = elements(r, 'w:sz')[0]?.['w:val']
      return {
        text: textOf(r),
        size: size === undefined ? undefined : Number(size),
        bold: /<w:b(?:\s[^>]*)?\/>/.test(r) && !/<w:b w:val="(false|0)"/.test(r),
        italics: /<w:i(?:\s[^>]*)?\/>/.test(r) && !/<w:i w:val="(false|0)"/.test(r),
        highlight: elements(r, 'w:highlight')[0]?.['w:val'],
      }
    }),
  }))
}

/** A table's rows as the text of their cells. */
export function tableRows(table: string): string[][] {
  return blocks(table, 'w:tr').map((row) => blocks(row, 'w:tc').map(textOf))
}

/** A .docx file's parts, as text (XML) or bytes (media). */
export function readDocx(bytes: Uint8Array) {
  const files = unzipSync(bytes)
  const text = (name: string) => {
    const file = files[name]
    if (file === undefined) throw new Error(`no ${name} in the document`)
    return strFromU8(file)
  }
  return {
    names: Object.keys(files),
    document: text('word/document.xml'),
    styles: text('word/styles.xml'),
    text,
    // A zip may list the folder itself (`word/media/`): it is no medium.
    media: Object.entries(files)
      .filter(([name]) => name.startsWith('word/media/') && !name.endsWith('/'))
      .map(([, data]) => data),
  }
}
