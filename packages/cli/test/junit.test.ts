// `--format junit` as GitLab, Jenkins and the GitHub test reporters read it: parsed by an XML
// parser, which is what turns a raw line break in an attribute into a space.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { SaxesParser } from 'saxes'
import { describe, expect, it } from 'vitest'
import { tiendo } from './tiendo'

const TODAY = ['--today', '2025-01-01']

interface Element {
  readonly name: string
  readonly attributes: Record<string, string>
}

/** The elements of an XML document, with their attributes as a parser gives them. */
function elements(xml: string): Element[] {
  const found: Element[] = []
  const parser = new SaxesParser()
  parser.on('opentag', (tag) =>
    found.push({ name: tag.name, attributes: tag.attributes as Record<string, string> }),
  )
  parser.write(xml).close()
  return found
}

const named = (all: Element[], name: string) => all.filter((element) => element.name === name)

describe('tiendo --format junit', () => {
  it('names each failed rule apart, by unit and period, as CI servers list test cases', () => {
    const { code, stdout } = tiendo([
      'evaluate',
      'products.csv',
      '--pack',
      'ninh-thuan',
      '--format',
      'junit',
      '--lang',
      'en',
      ...TODAY,
    ])
    expect(code).toBe(1)
    const cases = named(elements(stdout), 'testcase').filter(
      (c) => c.attributes.classname === 'pack',
    )
    expect(cases.length).toBeGreaterThan(1)
    const names = cases.map((c) => c.attributes.name!)
    expect(new Set(names).size).toBe(names.length)
    expect(names).toContain('rule_failed/dx_product_every_year: 58.STP/2024')
    for (const name of names) expect(name).toMatch(/^rule_failed\/\S+: \S+\/\d{4}$/)
  })

  it('makes a file that could not be read an error, not a failure (exit code 2)', () => {
    const { code, stdout } = tiendo([
      'validate',
      'valid.csv',
      'missing.csv',
      '--pack',
      'ninh-thuan',
      '--format',
      'junit',
      ...TODAY,
    ])
    expect(code).toBe(2)
    const all = elements(stdout)
    expect(named(all, 'testsuites')[0]!.attributes).toMatchObject({ failures: '0', errors: '1' })
    expect(named(all, 'error').map((e) => e.attributes.type)).toEqual(['file_not_found'])
    expect(named(all, 'failure')).toEqual([])
  })

  it('keeps a line break of a unit name in the failure message a parser reads', () => {
    const folder = mkdtempSync(join(tmpdir(), 'tiendo-junit-'))
    try {
      writeFileSync(
        join(folder, 'two-lines.pack.json'),
        JSON.stringify({
          id: 'two-lines',
          version: '1.0.0',
          title: { vi: 'Thử', en: 'Test' },
          extends: 'ninh-thuan',
          units: [
            {
              code: '58.X',
              name: { vi: 'Sở thử\nhai dòng', en: 'Test department\nline two' },
              kind: 'agency',
              parent: '58',
            },
          ],
        }),
      )
      // One product of another unit: the year 2024 is evaluated, and 58.X had none.
      writeFileSync(
        join(folder, 'products.csv'),
        'id,kind,unit,date,status,title\nP-1,dx_product,58.SNV,2024-03-01,completed,Chữ ký số\n',
      )
      const { stdout } = tiendo(
        [
          'evaluate',
          'products.csv',
          '--pack',
          './two-lines.pack.json',
          '--format',
          'junit',
          '--lang',
          'vi',
        ],
        { cwd: folder },
      )
      const failures = named(elements(stdout), 'failure').map((f) => f.attributes.message!)
      expect(failures.some((message) => message.includes('Sở thử\nhai dòng'))).toBe(true)
    } finally {
      rmSync(folder, { recursive: true, force: true })
    }
  })

  it('agrees with the exit code on an empty submission: a rule with no periods is a warning', () => {
    const folder = mkdtempSync(join(tmpdir(), 'tiendo-junit-'))
    try {
      // A header and no rows: a valid submission, from which no year can be told.
      writeFileSync(join(folder, 'products.csv'), 'id,kind,unit,date,status,title\n')
      const run = (format: string) =>
        tiendo(
          [
            'evaluate',
            '--records',
            'products.csv',
            '--pack',
            'ninh-thuan',
            '--format',
            format,
            '--lang',
            'en',
            ...TODAY,
          ],
          { cwd: folder },
        )
      const junit = run('junit')
      expect(junit.code).toBe(0)
      const all = elements(junit.stdout)
      expect(named(all, 'testsuites')[0]!.attributes).toMatchObject({ failures: '0', errors: '0' })
      const pretty = run('pretty')
      expect(pretty.code).toBe(0)
      expect(pretty.stdout).toContain('warning no_periods')
      expect(pretty.stdout).toContain('`--from`/`--to`')
      expect(pretty.stdout).not.toMatch(/^error /m)
    } finally {
      rmSync(folder, { recursive: true, force: true })
    }
  })
})
