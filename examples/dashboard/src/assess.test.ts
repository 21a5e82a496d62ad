import { describe, expect, it } from 'vitest'
import { assessSeries } from './assess'
import { loadDashboardData } from './data'

describe('the dashboard data, read and assessed as in the browser', async () => {
  const data = await loadDashboardData()

  it('reads the bundled datasets without an error', () => {
    expect(data.issues.filter((issue) => issue.severity === 'error')).toEqual([])
    expect(data.units.map((unit) => unit.key)).toEqual(['VN', '58', '56', '56@2025-07-01'])
  })

  it('gives the national digital economy share its two targets and a projection band', () => {
    const national = data.series.find((s) => s.id === 'digital_economy_share_grdp|VN')
    expect(national?.points.map((p) => p.period)).toEqual([
      '2020',
      '2021',
      '2022',
      '2023',
      '2024',
      '2025',
    ])
    expect(national?.targets.map((t) => `${t.value} by ${t.by}`)).toEqual([
      '20 by 2025',
      '30 by 2030',
    ])
    const assessed = assessSeries(national!)
    expect(assessed.progress.map((p) => p.outcome)).toEqual(['missed', 'pending'])
    const band = assessed.band
    expect(band?.points.map((p) => p.period)).toEqual(['2026', '2027', '2028', '2029', '2030'])
    for (const point of band?.points ?? []) {
      expect(point.low.lt(point.projected) && point.projected.lt(point.high)).toBe(true)
    }
    // The interval widens the further the projection reaches.
    const widths = (band?.points ?? []).map((p) => p.high.minus(p.low))
    for (let i = 1; i < widths.length; i++) expect(widths[i]!.gt(widths[i - 1]!)).toBe(true)
  })

  it("applies Ninh Thuận's own targets to the province only", () => {
    const province = data.series.find((s) => s.id === 'digital_economy_share_grdp|58')
    expect(province?.targets.map((t) => t.id)).toEqual([
      'digital_economy_share_grdp_58_2023',
      'digital_economy_share_grdp_58_2025',
      'digital_economy_share_grdp_58_2030',
    ])
    // One estimate (2023, 9.56 against a plan of 12) cannot make a trend.
    expect(assessSeries(province!).band).toBeNull()
  })
})
