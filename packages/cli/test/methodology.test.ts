/**
 * `tiendo assess --methodology NAME` assesses every series of one run under that profile,
 * over the pack's (`vn-national` names none), and its JSON carries the institution's verdict
 * beside Tiendo's status: the national digital-economy share of docs/methodology.md.
 */

import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { tiendoInProcess } from './tiendo'

let dir: string

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tiendo-methodology-'))
  const rows = [
    ['2020', '12.66'],
    ['2021', '12.87'],
    ['2022', '12.83'],
    ['2023', '12.87'],
    ['2024', '13.17'],
    ['2025', '14.02'],
  ].map(([period, value]) => `digital_economy_share_grdp,VN,${period},${value}`)
  writeFileSync(join(dir, 'share.csv'), ['indicator,unit,period,value', ...rows, ''].join('\n'))
})

async function assess(...extra: string[]) {
  const args = ['assess', 'share.csv', '--pack', 'vn-national', '--today', '2026-06-30']
  const { code, stdout } = await tiendoInProcess([...args, '--format', 'json', ...extra], dir)
  expect(code).toBe(0)
  const report = JSON.parse(stdout)
  return report.targets.find(
    (t: { indicator: string; unit: string }) =>
      t.indicator === 'digital_economy_share_grdp' && t.unit === 'VN',
  ).assessment
}

describe('tiendo assess --methodology', () => {
  it('keeps Tiendo’s default without it: no institution’s verdict', async () => {
    const a = await assess()
    expect(a.status).toBe('limited_progress')
    expect(a.profileVerdict).toBeNull()
    expect(a.horizons).toBeNull()
  })

  it.each([
    ['eurostat', 'insufficient_progress', '↘'],
    ['opensdg', 'limited_progress', null],
    ['escap', 'accelerate_progress', null],
    ['destatis', 'cloud', '☁'],
  ])('%s: the institution’s verdict beside Tiendo’s status', async (profile, label, symbol) => {
    const a = await assess('--methodology', profile)
    expect(a.profile).toBe(profile)
    expect(a.status).toBe('limited_progress')
    expect(a.profileVerdict).toMatchObject({ profile, label, symbol })
    if (profile === 'opensdg') expect(a.profileVerdict.score).toMatch(/^-1\.5466182295/)
    if (profile === 'eurostat') {
      expect(a.horizons.short.verdict.label).toBe('insufficient_progress')
      expect(a.horizons.long.verdict).toBeNull()
    }
    if (profile === 'escap') expect(a.currentStatus).toMatch(/^0\.7843137254/)
  })

  it('refuses an unknown profile with a message, not a stack trace', async () => {
    const args = ['assess', 'share.csv', '--pack', 'vn-national', '--methodology', 'oecd']
    const { code, stderr } = await tiendoInProcess(args, dir)
    expect(code).toBe(2)
    expect(stderr).toContain('opensdg')
    expect(stderr).not.toMatch(/\n\s+at /)
  })
})
