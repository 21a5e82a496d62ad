import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { JSON_SCHEMA_FILES } from './json-schema'

/**
 * The committed JSON Schemas under `json-schema/` must be what the code generates.
 * `npm run schema:write -w @tiendo/schema` (WRITE_SCHEMAS=1) rewrites them instead.
 */
const WRITE = process.env.WRITE_SCHEMAS === '1'
const folder = new URL('../json-schema/', import.meta.url)

function text(file: string): string {
  const generate = JSON_SCHEMA_FILES[file]!
  return `${JSON.stringify(generate(), null, 2)}\n`
}

describe.each(Object.keys(JSON_SCHEMA_FILES))('json-schema/%s', (file) => {
  const path = fileURLToPath(new URL(file, folder))
  it(WRITE ? 'is written' : 'is up to date with the zod schemas', () => {
    if (WRITE) {
      writeFileSync(path, text(file))
      return
    }
    let committed: string
    try {
      committed = readFileSync(path, 'utf8')
    } catch {
      throw new Error(`${file} is missing: run \`npm run schema:write -w @tiendo/schema\``)
    }
    expect(
      committed === text(file),
      `${file} is stale: run \`npm run schema:write -w @tiendo/schema\` and commit the result`,
    ).toBe(true)
  })
})
