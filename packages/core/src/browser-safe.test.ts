import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

// @tiendo/core runs in browsers: its sources (tests aside) import nothing from Node.
describe('browser safety', () => {
  const dir = import.meta.dirname
  const sources = readdirSync(dir).filter(
    (name) => name.endsWith('.ts') && !name.endsWith('.test.ts'),
  )

  it.each(sources)('%s imports no Node built-in and uses no Node global', (name) => {
    const text = readFileSync(join(dir, name), 'utf8')
    expect(text).not.toMatch(/from ['"]node:/)
    expect(text).not.toMatch(/\b(process|Buffer|require)\s*[.(]/)
  })
})
