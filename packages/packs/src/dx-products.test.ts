import { describe, expect, it } from 'vitest'
import { readDataset } from './__tests__/datasets'
import { getBuiltInPack } from './built-in-packs'

describe('the illustrative DX products', () => {
  const rows = readDataset('ninh-thuan-dx-products.illustrative.csv')
  const pack = getBuiltInPack('ninh-thuan')
  const rule = pack.rules!.find((r) => r.id === 'dx_product_every_year')!
  const inScope = pack.units!.filter((unit) => rule.scope!.unitKinds!.includes(unit.kind))

  it('are DX products of every unit the one-product-a-year rule covers, and of no other', () => {
    expect(rows.every((row) => row.kind === 'dx_product')).toBe(true)
    expect(new Set(rows.map((row) => row.unit))).toEqual(new Set(inScope.map((u) => u.code)))
    expect(inScope.length).toBe(26)
  })

  it('leave exactly the hand-picked units without a completed product in a year', () => {
    const missing: string[] = []
    for (const year of ['2022', '2023', '2024']) {
      for (const unit of inScope) {
        const completed = rows.filter(
          (row) =>
            row.unit === unit.code &&
            row.status === 'completed' &&
            row.date!.startsWith(`${year}-`),
        )
        if (completed.length === 0) missing.push(`${unit.code} ${year}`)
      }
    }
    expect(missing.sort()).toEqual(
      [
        '58.BDT 2022', // only a planned product
        '584 2022', // nothing at all
        '58.STP 2023', // nothing at all
        '589 2023', // only a cancelled product
        '58.SXD 2023', // completed on 15 January 2024
        '58.TTT 2024', // still in progress
      ].sort(),
    )
  })
})
