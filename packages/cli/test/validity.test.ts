import { describe, expect, it } from 'vitest'
import { fixtures, tiendoInProcess } from './tiendo'

/** Inputs that make the data valid or not, with rule failures or without. */
const CASES = [
  // Valid figures; the DX-product rule fails for most units (a rule outcome, not a data error).
  { files: ['valid.csv', 'products.csv'], valid: true },
  // Unknown indicator, bounds, future, unknown unit, a conflict, an ambiguous number.
  { files: ['broken.csv'], valid: false },
  // A record in the future and a record of a kind nobody counts.
  { files: ['valid.csv', 'products-broken.csv'], valid: false },
]

const COMMANDS = ['validate', 'evaluate', 'assess', 'report'] as const

describe('one notion of validity', () => {
  it.each(CASES)(
    'validate, evaluate, assess and report agree on `valid` for $files',
    async (input) => {
      const answers: Record<string, unknown> = {}
      for (const command of COMMANDS) {
        const { stdout, stderr } = await tiendoInProcess(
          [
            command,
            ...input.files,
            '--pack',
            'ninh-thuan',
            '--format',
            'json',
            '--today',
            '2025-01-01',
          ],
          fixtures,
        )
        expect(stderr, command).toBe('')
        answers[command] = JSON.parse(stdout).valid
      }
      expect(answers).toEqual(Object.fromEntries(COMMANDS.map((command) => [command, input.valid])))
    },
  )

  it('counts data errors alone as errors, and scopes as scopes', async () => {
    const { stdout } = await tiendoInProcess(
      ['evaluate', 'valid.csv', 'products.csv', '--pack', 'ninh-thuan', '--format', 'json'],
      fixtures,
    )
    const report = JSON.parse(stdout)
    expect(report.stats.errors).toBe(0)
    expect(report.rules.failed).toBeGreaterThan(0)
    const scopes = new Set(
      report.results.map(
        (result: { unit: string; period: string }) => `${result.unit}|${result.period}`,
      ),
    )
    expect(report.rules.scopes).toBe(scopes.size)
    expect(report.rules.passed + report.rules.failed + report.rules.skipped).toBe(
      report.results.length,
    )
    const pretty = await tiendoInProcess(
      ['report', 'valid.csv', 'products.csv', '--pack', 'ninh-thuan', '--lang', 'en'],
      fixtures,
    )
    expect(pretty.stdout).toMatch(/✔ The data is valid — 2 files/)
    expect(pretty.stdout).not.toContain('The data is not valid')
  })
})
