import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { RESERVED_ISSUE_FIELDS } from '@tiendo/schema'
import { describe, expect, it } from 'vitest'
import { CANNOT_READ_CODES, IO_ISSUE_CODES } from './codes'

const SRC = fileURLToPath(new URL('.', import.meta.url))

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === '__tests__' ? [] : sources(path)
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : []
  })
}

const sourceTexts = sources(SRC)
  .filter((file) => !file.endsWith('codes.ts'))
  .map((file) => readFileSync(file, 'utf8'))

/** The codes passed literally to `ioIssue` (or to the XLSX reader's `reject`, which calls it). */
function codesGivenToIoIssue(): Set<string> {
  const codes = new Set<string>()
  for (const text of sourceTexts) {
    for (const match of text.matchAll(/(?:ioIssue|reject)\(\s*'([a-z0-9_]+)'/g))
      codes.add(match[1] as string)
  }
  return codes
}

/** Every snake_case string literal in the package's code. */
function literals(): Set<string> {
  const found = new Set<string>()
  for (const text of sourceTexts) {
    for (const match of text.matchAll(/'([a-z][a-z0-9]*(?:_[a-z0-9]+)+)'/g))
      found.add(match[1] as string)
  }
  return found
}

describe('IO_ISSUE_CODES', () => {
  it('lists every code the package gives ioIssue, and each of its codes is given by name', () => {
    const given = codesGivenToIoIssue()
    expect([...given].filter((code) => !(code in IO_ISSUE_CODES))).toEqual([])
    expect(Object.keys(IO_ISSUE_CODES).filter((code) => !given.has(code))).toEqual([])
  })

  it('lists no code the package never uses', () => {
    const used = literals()
    expect(Object.keys(IO_ISSUE_CODES).filter((code) => !used.has(code))).toEqual([])
  })

  it('uses stable snake_case codes', () => {
    for (const code of Object.keys(IO_ISSUE_CODES))
      expect(code).toMatch(/^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/)
    for (const code of CANNOT_READ_CODES) expect(code in IO_ISSUE_CODES).toBe(true)
  })

  it('says what each code means in both languages, and names no reserved field', () => {
    for (const [code, spec] of Object.entries(IO_ISSUE_CODES)) {
      expect(spec.meaning?.vi, code).toMatch(/\S/)
      expect(spec.meaning?.en, code).toMatch(/\S/)
      for (const field of Object.keys(spec.fields)) {
        expect(RESERVED_ISSUE_FIELDS, `${code}.${field}`).not.toContain(field)
      }
    }
  })
})
