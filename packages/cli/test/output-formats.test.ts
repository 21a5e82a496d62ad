// What the output formats promise their readers: code scanning, CI servers, job summaries
// and terminals. Run in-process from source, in the fixtures folder, as CI runs the command.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fixtures, tiendoInProcess } from './tiendo'

const TODAY = ['--today', '2026-11-29', '--lang', 'en']

interface SarifResult {
  ruleId: string
  locations?: {
    physicalLocation?: { artifactLocation: { uri: string }; region?: { startLine: number } }
    logicalLocations?: { fullyQualifiedName: string }[]
  }[]
}

async function sarif(args: readonly string[]) {
  const { code, stdout } = await tiendoInProcess([...args, '--format', 'sarif', ...TODAY], fixtures)
  const run = JSON.parse(stdout).runs[0]
  return { code, driver: run.tool.driver, results: run.results as SarifResult[] }
}

describe('--format sarif', () => {
  it('gives every result of evaluate a file and a line, as GitHub code scanning requires', async () => {
    const { code, results } = await sarif([
      'evaluate',
      'valid.csv',
      'products.csv',
      '--pack',
      'ninh-thuan',
    ])
    expect(code).toBe(1)
    const quota = results.filter((r) => r.ruleId === 'rule_failed/dx_product_every_year')
    expect(quota.length).toBeGreaterThan(0)
    for (const result of results) {
      const physical = result.locations?.[0]?.physicalLocation
      expect(physical?.artifactLocation.uri, result.ruleId).toMatch(/\S/)
      expect(physical?.region?.startLine, result.ruleId).toBeGreaterThanOrEqual(1)
    }
    // A quota counts records: its results are shown against the records file, named by
    // unit and period.
    expect(
      new Set(quota.map((r) => r.locations![0]!.physicalLocation!.artifactLocation.uri)),
    ).toEqual(new Set(['products.csv']))
    const names = quota.map((r) => r.locations![0]!.logicalLocations![0]!.fullyQualifiedName)
    expect(names).toContain('58.STP/2024')
    expect(new Set(names).size).toBe(names.length)
  })

  it('shows a rule failure against the pack file when no data file holds what it counted', async () => {
    const { results } = await sarif(['evaluate', 'valid.csv', '--pack', 'province.pack.json'])
    const files = (rule: string) =>
      new Set(
        results
          .filter((r) => r.ruleId === `rule_failed/${rule}`)
          .map((r) => r.locations?.[0]?.physicalLocation?.artifactLocation.uri),
      )
    // No records given: the quota is the pack's; the completeness rule reads the figures.
    expect(files('dx_product_every_year')).toEqual(new Set(['province.pack.json']))
    expect(files('completeness_province_yearly')).toEqual(new Set(['valid.csv']))
  })

  it('says where to read about the tool in every command', async () => {
    for (const command of ['validate', 'evaluate', 'assess']) {
      const { driver } = await sarif([command, 'valid.csv', '--pack', 'ninh-thuan'])
      expect(driver.informationUri, command).toBe('https://github.com/tiendo-dev/tiendo')
    }
  })

  it('writes an absolute path inside the working folder relative to it', async () => {
    const { results } = await sarif([
      'validate',
      join(fixtures, 'broken.csv'),
      '--pack',
      'ninh-thuan',
    ])
    const uris = new Set(
      results.map((r) => r.locations?.[0]?.physicalLocation?.artifactLocation.uri),
    )
    expect(uris).toEqual(new Set(['broken.csv']))
  })
})

describe('--format markdown', () => {
  it('never lets HTML from submitted data through to a job summary', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'tiendo-md-'))
    writeFileSync(
      join(folder, 'nop.csv'),
      'indicator,unit,period,value\nsmartphone_user_rate,<img src=https://example.com/t.png>,2024,87.5\nsmartphone_user_rate,58,2023,<a href=https://evil.example>x</a>\n',
    )
    for (const command of ['validate', 'evaluate']) {
      const { code, stdout } = await tiendoInProcess(
        [command, 'nop.csv', '--pack', 'ninh-thuan', '--format', 'markdown', ...TODAY],
        folder,
      )
      expect(code, command).toBe(1)
      expect(stdout, command).not.toMatch(/<(img|a)[\s>]/)
      expect(stdout, command).toContain('&lt;img src=https://example.com/t.png&gt;')
    }
  })
})

describe('counts in English', () => {
  it('agree with their number in the summaries of validate and evaluate', async () => {
    // Two rows, the second a fall: one no_regression warning.
    const run = (command: string, format: string) =>
      tiendoInProcess(
        [command, 'regression.csv', '--pack', 'ninh-thuan', '--format', format, ...TODAY],
        fixtures,
      )
    expect((await run('validate', 'markdown')).stdout).toContain(
      '1 file · 2 rows · 0 errors · 1 warning\n',
    )
    for (const format of ['markdown', 'pretty']) {
      expect((await run('evaluate', format)).stdout, format).toContain('0 errors, 1 warning\n')
    }
  })
})
