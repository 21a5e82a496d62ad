import type { TiendoIssue } from '@tiendo/schema'
import { describe, expect, it } from 'vitest'
import { issuesToSarif } from './sarif'

interface SarifLocation {
  physicalLocation?: { artifactLocation: { uri: string }; region?: { startLine: number } }
  logicalLocations?: { name?: string; fullyQualifiedName: string; kind?: string }[]
  message?: { text: string }
}

/** The results of a log, parsed. */
function results(
  issues: readonly TiendoIssue[],
  options?: Parameters<typeof issuesToSarif>[3],
): { ruleId: string; locations?: SarifLocation[] }[] {
  return JSON.parse(issuesToSarif(issues, 'en', { version: '1.2.3' }, options)).runs[0].results
}

// A quota rule counts records: when none were found, no row is to blame.
const quota = {
  code: 'rule_failed',
  rule: 'dx_product_every_year',
  severity: 'error',
  message: { vi: 'Chưa đủ sản phẩm.', en: 'Too few products.' },
  unit: '58.BDT',
  period: '2022',
} as TiendoIssue

const at = (file: string, row?: number): TiendoIssue => ({
  code: 'unknown_unit',
  severity: 'error',
  message: { vi: 'Đơn vị lạ.', en: 'Unknown unit.' },
  location: { file, ...(row === undefined ? {} : { row }) },
})

describe('SARIF locations', () => {
  it('gives a result without a file of its own the file it is shown against, on line 1', () => {
    const [result] = results([quota], { fileOf: () => 'san-pham.csv' })
    expect(result!.locations).toHaveLength(1)
    expect(result!.locations![0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'san-pham.csv' },
      region: { startLine: 1 },
    })
  })

  it('names the unit and period of a result as a logical location', () => {
    const [result] = results([quota], { fileOf: () => 'san-pham.csv' })
    expect(result!.locations![0]!.logicalLocations).toEqual([
      { name: '2022', fullyQualifiedName: '58.BDT/2022' },
    ])
    // Without a file to show it against, the logical location is still a location.
    const [bare] = results([quota])
    expect(bare!.locations![0]!.logicalLocations![0]!.fullyQualifiedName).toBe('58.BDT/2022')
  })

  it('keeps a result’s own file and row over the fallback', () => {
    const [result] = results([at('a.csv', 7)], { fileOf: () => 'other.csv' })
    expect(result!.locations![0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'a.csv' },
      region: { startLine: 7 },
    })
  })

  it('gives every result a file and a line when a fallback is known', () => {
    const issues = [
      quota,
      at('a.csv', 2),
      { ...at('b.json'), location: { file: 'b.json', path: '/3' } },
    ]
    for (const result of results(issues, { fileOf: () => 'x.csv' })) {
      const physical = result.locations?.[0]?.physicalLocation
      expect(physical?.artifactLocation.uri, result.ruleId).toBeTruthy()
      expect(physical?.region?.startLine, result.ruleId).toBeGreaterThanOrEqual(1)
    }
  })

  it('writes a path inside the working folder relative to it, any other as a file:// URI', () => {
    const uri = (file: string, cwd?: string) =>
      results([at(file, 1)], cwd === undefined ? {} : { cwd })[0]!.locations![0]!.physicalLocation!
        .artifactLocation.uri
    expect(uri('/work/repo/data/số liệu.csv', '/work/repo')).toBe(
      'data/s%E1%BB%91%20li%E1%BB%87u.csv',
    )
    expect(uri('data/../a b.csv', '/work/repo')).toBe('a%20b.csv')
    expect(uri('/srv/in/records.csv', '/work/repo')).toBe('file:///srv/in/records.csv')
    expect(uri('../other/x.csv', '/work/repo')).toBe('file:///work/other/x.csv')
    expect(uri('/srv/in/q1 #1.csv')).toBe('file:///srv/in/q1%20%231.csv')
    expect(uri('C:\\data\\x.csv', 'C:\\work')).toBe('file:///C:/data/x.csv')
    expect(uri('C:\\work\\sub\\x.csv', 'C:\\work')).toBe('sub/x.csv')
    expect(uri('relative/x.csv')).toBe('relative/x.csv')
    // Never a bare absolute path.
    expect(uri('/srv/in/records.csv')).not.toMatch(/^\//)
  })

  it('keeps an XLSX sheet in the location', () => {
    const issue: TiendoIssue = {
      ...at('so-lieu.xlsx', 4),
      location: { file: 'so-lieu.xlsx', sheet: 'Số liệu', row: 4, column: 'value' },
    }
    const [result] = results([issue])
    const location = result!.locations![0]!
    expect(location.physicalLocation!.region).toEqual({ startLine: 4 })
    expect(location.message?.text).toBe('so-lieu.xlsx!Số liệu:4 [value]')
  })
})
