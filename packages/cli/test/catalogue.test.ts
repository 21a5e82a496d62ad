import { getBuiltInPack } from '@tiendo/packs'
import { describe, expect, it } from 'vitest'
import { fixtures, tiendoInProcess } from './tiendo'

const json = async (args: readonly string[]) => {
  const { code, stdout, stderr } = await tiendoInProcess([...args, '--format', 'json'], fixtures)
  expect(stderr).toBe('')
  expect(code).toBe(0)
  return JSON.parse(stdout) as Array<Record<string, unknown>>
}

const byKind = (units: ReadonlyArray<Record<string, unknown>>) => {
  const counts: Record<string, number> = {}
  for (const unit of units) counts[unit.kind as string] = (counts[unit.kind as string] ?? 0) + 1
  return counts
}

describe('tiendo units', () => {
  it('lists the 34 provinces and 3,321 communes of 1 July 2025, and the 63 provinces before', async () => {
    const after = await json(['units', '--pack', 'vn-national', '--on', '2025-07-01'])
    const kinds = byKind(after)
    expect(kinds.province).toBe(34)
    expect((kinds.commune ?? 0) + (kinds.ward ?? 0) + (kinds.special_zone ?? 0)).toBe(3321)
    const before = await json(['units', '--pack', 'vn-national', '--on', '2025-06-30'])
    expect(byKind(before).province).toBe(63)
    expect(before.some((unit) => unit.kind === 'ward')).toBe(false)
  })

  it('gives each unit its code, both names, kind, parent, validity and successors', async () => {
    const units = await json(['units', '--pack', 'vn-national', '--kind', 'province'])
    const ninhThuan = units.find((unit) => unit.code === '58')
    expect(ninhThuan).toMatchObject({
      code: '58',
      name: { vi: 'Tỉnh Ninh Thuận', en: expect.stringContaining('Ninh Thuận') },
      kind: 'province',
      parent: 'VN',
      validTo: '2025-06-30',
      successors: [{ unit: '56@2025-07-01', share: null }],
    })
    const khanhHoa = units.find((unit) => unit.key === '56@2025-07-01')
    expect(khanhHoa).toMatchObject({ validFrom: '2025-07-01', validTo: null, successors: [] })
  })

  it('fits a terminal of 80 columns, in Vietnamese', async () => {
    const { code, stdout } = await tiendoInProcess(
      ['units', '--pack', 'ninh-thuan', '--kind', 'province', '--lang', 'vi'],
      fixtures,
    )
    expect(code).toBe(0)
    expect(stdout).toMatch(/^\d+ đơn vị của bộ quy tắc ninh-thuan\n/)
    expect(stdout).toMatch(/\n58 +Tỉnh Ninh/)
    expect(stdout).toContain('30/06/2025')
    for (const line of stdout.split('\n')) expect([...line].length).toBeLessThanOrEqual(80)
  })

  it('refuses a day that is not one, saying how to write it', async () => {
    const { code, stderr } = await tiendoInProcess(
      ['units', '--on', '1/7/2025', '--lang', 'en'],
      fixtures,
    )
    expect(code).toBe(2)
    expect(stderr).toContain('`--on 1/7/2025` is not a day')
    expect(stderr).toContain('--on 2025-07-01')
    const february = await tiendoInProcess(
      ['units', '--on', '2025-02-30', '--lang', 'en'],
      fixtures,
    )
    expect(february.code).toBe(2)
    expect(february.stderr).toContain('`--on 2025-02-30` is not a day')
  })

  it('refuses a kind no unit has and an argument it does not take, rather than list nothing', async () => {
    const kind = await tiendoInProcess(['units', '--kind', 'provice', '--lang', 'en'], fixtures)
    expect(kind.code).toBe(2)
    expect(kind.stdout).toBe('')
    expect(kind.stderr).toContain('no unit of kind `provice`')
    expect(kind.stderr).toContain('Did you mean `province`?')
    const code = await tiendoInProcess(['units', '56', '--lang', 'vi'], fixtures)
    expect(code.code).toBe(2)
    expect(code.stderr).toContain('`tiendo units` không nhận tham số `56`')
    const indicators = await tiendoInProcess(
      ['indicators', 'chi-tieu.csv', '--lang', 'en'],
      fixtures,
    )
    expect(indicators.code).toBe(2)
    expect(indicators.stderr).toContain('`--output chi-tieu.csv`')
  })
})

describe('tiendo indicators', () => {
  it('lists every indicator of vn-national with both names, bounds, aggregation and carry', async () => {
    const indicators = await json(['indicators', '--pack', 'vn-national'])
    const declared = getBuiltInPack('vn-national').indicators ?? []
    expect(indicators.map((indicator) => indicator.id)).toEqual(declared.map((i) => i.id))
    for (const indicator of indicators) {
      const name = indicator.name as { vi: string; en: string }
      expect(name.vi.length, String(indicator.id)).toBeGreaterThan(0)
      expect(name.en.length, String(indicator.id)).toBeGreaterThan(0)
      expect(indicator).toHaveProperty('aggregation')
      expect(indicator).toHaveProperty('carry')
    }
    const share = indicators.find((indicator) => indicator.id === 'digital_economy_share_grdp')
    expect(share).toMatchObject({
      unit: 'percent',
      wholeNumbers: false,
      direction: 'increase',
      bounds: { min: '0', max: '100' },
      targets: expect.arrayContaining([
        expect.objectContaining({ value: '30', by: '2030', comparator: 'gte' }),
      ]),
    })
  })

  it('writes CSV a spreadsheet opens, and Markdown in words', async () => {
    const csv = await tiendoInProcess(['indicators', '--format', 'csv'], fixtures)
    expect(csv.stdout.split('\n')[0]).toBe(
      'id,name_vi,name_en,unit,direction,bounds_min,bounds_max,whole_numbers,aggregation,carry,derivation,targets,target_ids',
    )
    // The last column lists the targets' ids, in the order of the pack and of `targets`.
    const ids = (getBuiltInPack('vn-national').targets ?? [])
      .filter((target) => target.indicator === 'digital_economy_share_grdp')
      .map((target) => target.id)
    expect(ids).toHaveLength(2)
    const shareRow = /\ndigital_economy_share_grdp,[^\n]*,([^,\n]*)\n/.exec(csv.stdout)
    expect(shareRow?.[1]).toBe(ids.join(';'))
    // No target: both columns empty.
    expect(csv.stdout).toMatch(/\nbts_5g_count,[^\n]*,sum,sum,,,\n/)
    expect(csv.stdout).toMatch(/\nbts_5g_count,[^\n]*,count,increase,0,,true,sum,/)
    expect(csv.stdout).toMatch(/\ndigital_economy_share_grdp,[^\n]*,percent,increase,0,100,false,/)
    const count = (getBuiltInPack('vn-national').indicators ?? []).length
    expect(csv.stdout.trimEnd().split('\n')).toHaveLength(count + 1)
    const md = await tiendoInProcess(
      ['indicators', '--format', 'markdown', '--lang', 'vi'],
      fixtures,
    )
    expect(md.stdout).toContain('| Mã | Tên tiếng Việt |')
    expect(md.stdout).toContain('càng cao càng tốt')
    expect(md.stdout).not.toMatch(/\| increase \|/)
    expect(md.stdout).toContain('| số lượng (số nguyên) |')
    expect(md.stdout).toContain(`| \`${ids[0]}\`: ≥ 20% đến năm 2025 — VN; `)
    expect(md.stdout).toContain(` · \`${ids[1]}\`: ≥ 30% đến năm 2030 — VN; `)
    const pretty = await tiendoInProcess(['indicators', '--lang', 'en'], fixtures)
    expect(pretty.stdout).toMatch(
      /bts_5g_count\n.*\n.*\n {2}Measured in count \(whole numbers\) · /,
    )
    expect(pretty.stdout).toContain('Measured in percent (%) · ')
  })

  it('fits a terminal of 80 columns', async () => {
    const { stdout } = await tiendoInProcess(['indicators', '--pack', 'ninh-thuan'], fixtures)
    for (const line of stdout.split('\n')) expect([...line].length).toBeLessThanOrEqual(80)
  })

  it('says which pack it could not find', async () => {
    const { code, stderr } = await tiendoInProcess(
      ['indicators', '--pack', 'khong-co.pack.json', '--lang', 'vi'],
      fixtures,
    )
    expect(code).toBe(2)
    expect(stderr).toContain('khong-co.pack.json')
    expect(stderr).not.toMatch(/\n\s+at /)
  })
})
