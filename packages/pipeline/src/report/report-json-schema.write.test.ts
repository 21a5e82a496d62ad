import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { reportJsonSchema } from './report-json-schema'

/**
 * The committed `json-schema/report.schema.json` must be what the code generates.
 * `npm run schema:write -w @tiendo/pipeline` (WRITE_SCHEMAS=1) rewrites it instead.
 */
const WRITE = process.env.WRITE_SCHEMAS === '1'
const path = fileURLToPath(new URL('../../json-schema/report.schema.json', import.meta.url))
const text = `${JSON.stringify(reportJsonSchema(), null, 2)}\n`

describe('json-schema/report.schema.json', () => {
  it(WRITE ? 'is written' : 'is up to date with the report’s zod schema', () => {
    if (WRITE) {
      writeFileSync(path, text)
      return
    }
    let committed: string
    try {
      committed = readFileSync(path, 'utf8')
    } catch {
      throw new Error(
        'report.schema.json is missing: run `npm run schema:write -w @tiendo/pipeline`',
      )
    }
    expect(committed).toBe(text)
  })
})
