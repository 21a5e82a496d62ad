import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { formatIssue, PackSchema, toTiendoIssues } from '@tiendo/schema'
import { safeParsePack } from '@tiendo/schema/internal'
import { describe, expect, it } from 'vitest'
import { BUILT_IN_PACK_IDS, builtInPacks, getBuiltInPack, isBuiltInPackId } from './built-in-packs'
import { includeCommunes } from './pack-communes'

const packFile = (id: string) => new URL(`../packs/${id}.json`, import.meta.url)

describe.each(BUILT_IN_PACK_IDS)('the built-in pack %s', (id) => {
  it('passes PackSchema', () => {
    const pack = getBuiltInPack(id)
    const result = PackSchema.safeParse(pack)
    const problems = result.success
      ? []
      : toTiendoIssues(result.error, { input: pack }).map((issue) => formatIssue(issue, 'en'))
    expect(problems).toEqual([])
    expect(pack.id).toBe(id)
  })

  it('is read by the fast path of the loaders as PackSchema reads it, with its communes too', () => {
    const pack = getBuiltInPack(id)
    for (const input of [pack, includeCommunes(pack).pack]) {
      const quick = safeParsePack(input)
      expect(quick.success).toBe(true)
      expect(JSON.stringify(quick.data)).toBe(JSON.stringify(PackSchema.parse(input)))
    }
  })

  it('is the JSON file as written', () => {
    const onDisk = JSON.parse(readFileSync(packFile(id), 'utf8'))
    expect(getBuiltInPack(id)).toEqual(onDisk)
  })

  it('points $schema at the committed JSON Schema, relative to the file', () => {
    const pack = getBuiltInPack(id)
    const schema = new URL(pack.$schema!, packFile(id))
    expect(existsSync(fileURLToPath(schema))).toBe(true)
    expect(JSON.parse(readFileSync(schema, 'utf8')).title).toBe('Tiendo pack')
  })
})

describe('getBuiltInPack', () => {
  it('returns a fresh copy each time, so callers cannot change the next one', () => {
    const first = getBuiltInPack('vn-national')
    first.indicators!.length = 0
    first.title.en = 'changed'
    const second = getBuiltInPack('vn-national')
    expect(second.indicators!.length).toBeGreaterThan(40)
    expect(second.title.en).toBe('National digital transformation targets')
  })

  it.each(['khanh-hoa-2025', 'ninh-thuan.json', 'constructor', '__proto__', ''])(
    'refuses %j with the ids it knows',
    (id) => {
      expect(() => getBuiltInPack(id)).toThrow(/`vn-national`, `ninh-thuan`, `khanh-hoa`/)
      expect(isBuiltInPackId(id)).toBe(false)
    },
  )
})

describe('builtInPacks', () => {
  it('summarises each pack with its package path', () => {
    expect(builtInPacks.map((pack) => [pack.id, pack.extends, pack.file])).toEqual([
      ['vn-national', undefined, '@tiendo/packs/packs/vn-national.json'],
      ['ninh-thuan', 'vn-national', '@tiendo/packs/packs/ninh-thuan.json'],
      ['khanh-hoa', 'vn-national', '@tiendo/packs/packs/khanh-hoa.json'],
    ])
  })
})
