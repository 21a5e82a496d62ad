import type { TemplateRule } from '@tiendo/schema'
import { describe, expect, it } from 'vitest'
import { getBuiltInPack } from './built-in-packs'
import { vietnamCommunes } from './vietnam-units'

const pack = getBuiltInPack('khanh-hoa')
const ninhThuan = getBuiltInPack('ninh-thuan')
const national = getBuiltInPack('vn-national')
const rules = pack.rules as TemplateRule[]

describe('khanh-hoa', () => {
  it('extends vn-national', () => {
    expect(pack.extends).toBe('vn-national')
  })

  it('declares no unit: the provinces are vn-national’s, and its 65 communes the bundled ones', () => {
    expect(pack.units).toBeUndefined()
    expect(pack.communes).toEqual(['56'])
    expect(vietnamCommunes(['56'])).toHaveLength(65)
  })

  it('carries the DTI through the merger by the plain mean, as the merged 2024 DTI was published', () => {
    const dti = pack.indicators!.find((i) => i.id === 'dti_score')
    expect(dti?.carry).toBe('mean')
    expect(dti?.description?.en).toContain('plain average')
  })

  it('refuses to carry ranks through the merger', () => {
    const carried = Object.fromEntries(pack.indicators!.map((i) => [i.id, i.carry]))
    expect(carried).toEqual({
      dti_score: 'mean',
      dti_rank: 'refuse',
      household_fibre_rank: 'refuse',
    })
  })

  it('redefines indicators only to add how they carry: the rest is vn-national’s', () => {
    for (const { carry: _carry, description: _description, ...own } of pack.indicators!) {
      expect(own).toEqual(national.indicators!.find((i) => i.id === own.id))
    }
  })

  it('carries the national digital economy targets onto the merged province, not Ninh Thuận’s', () => {
    expect(pack.targets!.map((t) => [t.indicator, t.unit, t.comparator, t.value, t.by])).toEqual([
      ['digital_economy_share_grdp', '56@2025-07-01', 'gte', '20', '2025'],
      ['digital_economy_share_grdp', '56@2025-07-01', 'gte', '30', '2030'],
    ])
    expect(pack.targets![0]!.source).toMatchObject({
      vi: expect.stringContaining('Quyết định 411/QĐ-TTg'),
      en: expect.stringContaining('Decision 411/QĐ-TTg'),
    })
    expect(pack.targets![1]!.source).toMatchObject({
      vi: expect.stringContaining('Nghị quyết 57-NQ/TW'),
      en: expect.stringContaining('Resolution 57-NQ/TW'),
    })
    for (const target of pack.targets!)
      expect(JSON.stringify(target.source)).not.toMatch(/Ninh Thuận/)
    expect(pack.description!.en).toContain('do not transfer automatically')
  })

  it('inherits ninh-thuan’s data-quality rules, but not its DX-product requirement', () => {
    const quality = (ninhThuan.rules as TemplateRule[]).filter((rule) =>
      ['bounds', 'outlier', 'no_regression'].includes(rule.template),
    )
    for (const rule of quality) expect(rules).toContainEqual(rule)
    expect(rules.some((rule) => rule.template === 'annual_quota')).toBe(false)
  })

  it('ranks the merged province among 34 provinces', () => {
    expect(rules.find((rule) => rule.id === 'bounds_dti_rank_34')).toMatchObject({
      template: 'bounds',
      severity: 'error',
      scope: { units: ['56@2025-07-01'] },
      params: { indicator: 'dti_rank', max: '34' },
    })
  })

  it('asks the merged province for its yearly figures from 2025', () => {
    const own = rules.find((rule) => rule.id === 'completeness_province_yearly')!
    const inherited = (ninhThuan.rules as TemplateRule[]).find((rule) => rule.id === own.id)!
    expect(own.scope).toEqual({ units: ['56@2025-07-01'], every: 'year', from: '2025' })
    expect(own.params).toEqual(inherited.params)
  })
})
