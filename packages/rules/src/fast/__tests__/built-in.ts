import { readFileSync } from 'node:fs'
import type { Observation, Pack, SubmittedRecord } from '@tiendo/schema'
import { compilePack } from '../../compile/compile-pack'
import type { CompiledPack } from '../../compile/compiled'
import { resolvePack } from '../../resolve-pack'

/** The built-in packs and datasets, read as files (the packs package builds on this one). */
const packsDir = new URL('../../../../packs/packs/', import.meta.url)
const datasetsDir = new URL('../../../../packs/datasets/', import.meta.url)

export const BUILT_IN_PACKS = ['vn-national', 'ninh-thuan', 'khanh-hoa'] as const

const readPack = (id: string): unknown =>
  JSON.parse(readFileSync(new URL(`${id}.json`, packsDir), 'utf8'))

/** A built-in pack, its `extends` resolved, with `rules` added (templates' own tests). */
export async function builtInPack(id: string, extraRules: Pack['rules'] = []): Promise<Pack> {
  const written = readPack(id) as Pack
  const input = { ...written, rules: [...(written.rules ?? []), ...(extraRules ?? [])] }
  const resolved = await resolvePack(input, { load: (ref) => readPack(ref) })
  if (!resolved.ok) throw new Error(JSON.stringify(resolved.issues, null, 2))
  return resolved.pack
}

export function compiled(pack: Pack): CompiledPack {
  const result = compilePack(pack)
  if (!result.ok) throw new Error(JSON.stringify(result.issues, null, 2))
  return result.pack
}

/** Rows of a small CSV file: quoted fields may hold commas, quotes doubled. */
function readCsv(file: string): Record<string, string>[] {
  const text = readFileSync(new URL(file, datasetsDir), 'utf8')
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (char === '"') quoted = false
      else field += char
    } else if (char === '"') quoted = true
    else if (char === ',') {
      row.push(field)
      field = ''
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++
      row.push(field)
      field = ''
      if (row.some((cell) => cell !== '')) rows.push(row)
      row = []
    } else field += char
  }
  if (field !== '' || row.length > 0) rows.push([...row, field])
  const [header, ...body] = rows
  return body.map((cells) => Object.fromEntries(header!.map((name, i) => [name, cells[i] ?? ''])))
}

/** The observations of the built-in datasets (values only), and the illustrative records. */
export function builtInData(): { observations: Observation[]; records: SubmittedRecord[] } {
  const observations: Observation[] = []
  for (const file of ['vietnam.csv', 'ninh-thuan.csv', 'khanh-hoa.csv']) {
    for (const row of readCsv(file)) {
      if (row.value === '') continue
      observations.push({
        indicator: row.indicator!,
        unit: row.unit!,
        period: row.period!,
        value: row.value!,
      } as Observation)
    }
  }
  const records = readCsv('ninh-thuan-dx-products.illustrative.csv').map(
    (row) =>
      ({
        id: row.id!,
        kind: row.kind!,
        unit: row.unit!,
        date: row.date!,
        status: row.status!,
        title: row.title!,
      }) as SubmittedRecord,
  )
  return { observations, records }
}
