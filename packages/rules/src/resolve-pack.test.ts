import type { Pack } from '@tiendo/schema'
import { describe, expect, it } from 'vitest'
import { indicators, targets, units } from './__tests__/fixtures'
import { locateInPackFiles, locateIssueInPackFiles } from './pack-origins'
import { resolvePack } from './resolve-pack'

const national: Pack = {
  id: 'vn-national',
  version: '1.0.0',
  title: { vi: 'Quốc gia', en: 'National' },
  methodology: 'eurostat',
  indicators,
  units: units.slice(0, 2),
  targets,
  rules: [
    {
      id: 'bounds_share',
      severity: 'error',
      template: 'bounds',
      params: { indicator: 'digital_economy_share_grdp' },
    },
    {
      id: 'outlier_fibre',
      severity: 'warning',
      template: 'outlier',
      params: { indicator: 'fibre_households' },
    },
    { id: 'quota', severity: 'error', template: 'annual_quota', params: { record: 'dx_product' } },
  ],
}

const province: Pack = {
  id: 'ninh-thuan',
  version: '2.0.0',
  title: { vi: 'Ninh Thuận', en: 'Ninh Thuan' },
  extends: 'vn-national',
  units: units.slice(2),
  rules: [
    {
      id: 'outlier_fibre',
      severity: 'error',
      template: 'outlier',
      params: { indicator: 'fibre_households', factor: 5 },
    },
    {
      id: 'completeness',
      severity: 'info',
      template: 'completeness',
      params: { indicators: ['households'] },
    },
  ],
  remove: { rules: ['quota'], targets: ['de_share_2030'] },
}

const loader = (packs: Record<string, unknown>) => (ref: string) => packs[ref]

describe('resolvePack', () => {
  it('merges a pack onto the one it extends: removals, overrides in place, additions', async () => {
    const resolved = await resolvePack(province, { load: loader({ 'vn-national': national }) })
    expect(resolved.ok).toBe(true)
    if (!resolved.ok) return
    expect(resolved.chain).toEqual(['ninh-thuan', 'vn-national'])
    const pack = resolved.pack
    expect(pack).toMatchObject({ id: 'ninh-thuan', version: '2.0.0', methodology: 'eurostat' })
    expect(pack.extends).toBeUndefined()
    expect(pack.remove).toBeUndefined()
    expect(pack.rules?.map((r) => [r.id, r.severity])).toEqual([
      ['bounds_share', 'error'],
      ['outlier_fibre', 'error'],
      ['completeness', 'info'],
    ])
    expect(pack.targets?.map((t) => t.id)).toEqual(['de_share_2025'])
    expect(pack.units?.map((u) => u.code)).toEqual(units.map((u) => u.code))
    expect(pack.indicators).toEqual(indicators)
  })

  it('passes the loader the reference and who asked, and waits for it', async () => {
    const asked: unknown[] = []
    const resolved = await resolvePack(province, {
      ref: 'packs/ninh-thuan.json',
      load: async (ref, from) => {
        asked.push([ref, from])
        return national
      },
    })
    expect(resolved.ok).toBe(true)
    expect(asked).toEqual([['vn-national', { id: 'ninh-thuan', ref: 'packs/ninh-thuan.json' }]])
  })

  it('names a cycle', async () => {
    const a = { ...national, id: 'a', extends: 'b.json' }
    const b = { ...national, id: 'b', extends: 'c.json' }
    const c = { ...national, id: 'c', extends: 'a.json' }
    const resolved = await resolvePack(a, {
      load: loader({ 'b.json': b, 'c.json': c, 'a.json': a }),
    })
    expect(resolved.ok).toBe(false)
    if (resolved.ok) return
    expect(resolved.issues[0]).toMatchObject({
      code: 'extends_cycle',
      location: { path: '/extends', file: 'c.json' },
      message: { en: 'The packs extend each other in a cycle: a → b → c → a.' },
    })
    const self = await resolvePack(
      { ...national, extends: 'self' },
      { load: () => ({ ...national }) },
    )
    expect(self.ok === false && self.issues[0]?.message.en).toBe(
      'The packs extend each other in a cycle: vn-national → vn-national.',
    )
  })

  it('limits how deep extends goes', async () => {
    const link = (n: number): Pack => ({ ...national, id: `p${n}`, extends: `p${n + 1}` })
    const resolved = await resolvePack(link(0), {
      load: (ref) => link(Number(ref.slice(1))),
      maxExtendsDepth: 3,
    })
    expect(resolved.ok === false && resolved.issues.map((i) => [i.code, i.message.en])).toEqual([
      ['extends_depth', 'The chain of `extends` goes deeper than 3: p0 → p1 → p2 → p3 → p4.'],
    ])
  })

  it('reports a pack that cannot be loaded or is invalid, with where it came from', async () => {
    const missing = await resolvePack(province, { ref: 'nt.json', load: () => undefined })
    expect(missing.ok === false && missing.issues[0]).toMatchObject({
      code: 'extends_load',
      location: { path: '/extends', file: 'nt.json' },
    })
    const thrown = await resolvePack(province, {
      load: () => {
        throw new Error('ENOENT: vn-national.json')
      },
    })
    expect(thrown.ok === false && thrown.issues[0]?.message.en).toBe(
      'Could not load pack `vn-national`, named by `extends`: ENOENT: vn-national.json.',
    )
    const invalid = await resolvePack(province, { load: () => ({ ...national, version: 'one' }) })
    expect(invalid.ok === false && invalid.issues[0]).toMatchObject({
      code: 'semver_syntax',
      location: { path: '/version', file: 'vn-national' },
    })
  })

  it('refuses to remove what is not inherited', async () => {
    const resolved = await resolvePack(
      { ...province, remove: { rules: ['quota', 'no_such_rule'], units: ['99'] } },
      { load: loader({ 'vn-national': national }) },
    )
    expect(
      resolved.ok === false && resolved.issues.map((i) => `${i.code} ${i.location?.path}`),
    ).toEqual(['remove_unknown /remove/units/0', 'remove_unknown /remove/rules/1'])
    const rootRemove = await resolvePack(
      { ...national, remove: { rules: ['quota'] } },
      { load: () => undefined },
    )
    expect(rootRemove.ok === false && rootRemove.issues[0]?.code).toBe('remove_unknown')
  })

  it('removes units by code, or one unit by code and start day', async () => {
    const reused: Pack = {
      ...national,
      units: [
        { code: '56', name: { vi: 'Khánh Hòa cũ' }, kind: 'province', validTo: '2025-06-30' },
        { code: '56', name: { vi: 'Khánh Hòa' }, kind: 'province', validFrom: '2025-07-01' },
      ],
    }
    const child = (ref: string): Pack => ({
      ...province,
      units: [],
      rules: [],
      remove: { units: [ref] },
    })
    const one = await resolvePack(child('56@2025-07-01'), { load: () => reused })
    expect(one.ok && one.pack.units?.map((u) => u.name.vi)).toEqual(['Khánh Hòa cũ'])
    const both = await resolvePack(child('56'), { load: () => reused })
    expect(both.ok && both.pack.units).toEqual([])
  })

  it('checks the merged pack as a whole', async () => {
    const clash: Pack = {
      ...province,
      remove: undefined,
      rules: [],
      units: [
        { code: '58', name: { vi: 'Ninh Thuận mới' }, kind: 'province', validFrom: '2025-01-01' },
      ],
    }
    const resolved = await resolvePack(clash, { load: () => national })
    expect(resolved.ok === false && resolved.issues[0]?.code).toBe('unit_validity_overlap')
  })

  it('resolves nested references with resolveRef, names file cycles, and counts depth', async () => {
    // Files in folders: `dir/a.json` extends `./sub/b.json`, which extends `../a.json`.
    const files: Record<string, Pack> = {
      'dir/a.json': { ...national, id: 'a', extends: './sub/b.json' },
      'dir/sub/b.json': { ...national, id: 'b', extends: '../a.json' },
    }
    const join = (ref: string, from: string | undefined) => {
      const parts = (from ?? '').split('/').slice(0, -1)
      for (const part of ref.split('/')) {
        if (part === '..') parts.pop()
        else if (part !== '.') parts.push(part)
      }
      return parts.join('/')
    }
    const asked: string[] = []
    const resolved = await resolvePack(files['dir/a.json'], {
      ref: 'dir/a.json',
      resolveRef: (ref, from) => join(ref, from.ref),
      load: (name) => {
        asked.push(name)
        return files[name]
      },
    })
    expect(asked).toEqual(['dir/sub/b.json'])
    expect(resolved.ok === false && resolved.issues[0]).toMatchObject({
      code: 'extends_cycle',
      location: { path: '/extends', file: 'dir/sub/b.json' },
      message: {
        en: 'The packs extend each other in a cycle: a → b → a (dir/a.json → dir/sub/b.json → dir/a.json).',
      },
    })
    const link = (n: number): Pack => ({ ...national, id: `p${n}`, extends: `./p${n + 1}.json` })
    const deep = await resolvePack(link(0), {
      ref: 'p0.json',
      resolveRef: (ref, from) => join(ref, from.ref),
      load: (name) => link(Number(/p(\d+)/.exec(name)![1])),
      maxExtendsDepth: 3,
    })
    expect(deep.ok === false && deep.issues[0]).toMatchObject({
      code: 'extends_depth',
      location: { file: 'p3.json' },
    })
  })

  it('reports a refused reference, in both languages when the error carries them', async () => {
    const refusal = Object.assign(new Error('outside'), {
      text: { vi: 'nằm ngoài thư mục', en: 'outside the folder' },
    })
    const resolved = await resolvePack(
      { ...province, extends: '../../etc/passwd' },
      {
        ref: 'p.json',
        resolveRef: () => {
          throw refusal
        },
        load: () => {
          throw new Error('never called')
        },
      },
    )
    expect(resolved.ok === false && resolved.issues[0]).toMatchObject({
      code: 'extends_load',
      location: { path: '/extends', file: 'p.json' },
      message: {
        vi: 'Không nạp được gói `../../etc/passwd` mà `extends` trỏ tới: nằm ngoài thư mục.',
        en: 'Could not load pack `../../etc/passwd`, named by `extends`: outside the folder.',
      },
    })
  })

  it('tells where each merged item came from, and locates later problems there', async () => {
    const resolved = await resolvePack(province, {
      ref: 'nt.json',
      load: loader({ 'vn-national': national }),
    })
    expect(resolved.ok).toBe(true)
    if (!resolved.ok) return
    const { origins } = resolved
    // Rules: bounds_share (parent #0), outlier_fibre replaced in place (child #0), completeness (child #1).
    expect(origins.lists.rules).toEqual([
      { file: 'vn-national', index: 0 },
      { file: 'nt.json', index: 0 },
      { file: 'nt.json', index: 1 },
    ])
    expect(origins.methodology).toBe('vn-national')
    expect(locateInPackFiles(origins, '/rules/2/params/indicators/0')).toEqual({
      file: 'nt.json',
      path: '/rules/1/params/indicators/0',
    })
    expect(locateInPackFiles(origins, '/rules/0/template')).toEqual({
      file: 'vn-national',
      path: '/rules/0/template',
    })
    expect(locateInPackFiles(origins, '/units/2')).toEqual({ file: 'nt.json', path: '/units/0' })
    expect(locateInPackFiles(origins, '/title')).toEqual({ file: 'nt.json', path: '/title' })
    const issue = locateIssueInPackFiles(origins, {
      code: 'x',
      severity: 'error',
      message: { vi: 'Trường `rules[2].params`', en: 'Field `rules[2].params`' },
      location: { path: '/rules/2/params' },
      related: [{ file: 'nt.json', path: '/rules/0' }],
    })
    expect(issue.location).toEqual({ file: 'nt.json', path: '/rules/1/params' })
    expect(issue.message).toEqual({ vi: 'Trường `rules[1].params`', en: 'Field `rules[1].params`' })
    expect(issue.related).toEqual([{ file: 'vn-national', path: '/rules/0' }])
  })

  it('locates problems of the merged pack in the file that wrote the item', async () => {
    const clash: Pack = {
      ...province,
      remove: undefined,
      rules: [],
      units: [
        { code: '58', name: { vi: 'Ninh Thuận mới' }, kind: 'province', validFrom: '2025-01-01' },
      ],
    }
    const resolved = await resolvePack(clash, { ref: 'nt.json', load: () => national })
    expect(resolved.ok).toBe(false)
    if (resolved.ok) return
    const files = new Set(resolved.issues.map((issue) => issue.location?.file))
    expect([...files].every((file) => file === 'nt.json' || file === 'vn-national')).toBe(true)
    // The clashing unit is the child's first and only one: its pointer is /units/0 there.
    const own = resolved.issues.find((issue) => issue.location?.file === 'nt.json')
    expect(own?.location?.path).toMatch(/^\/units\/0(\/|$)/)
  })
})
