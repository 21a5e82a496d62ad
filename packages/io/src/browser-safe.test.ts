import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const SRC = fileURLToPath(new URL('.', import.meta.url))

/** Every module reachable from an entry, and the packages they import. */
function graph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>()
  const packages = new Set<string>()
  const visit = (file: string) => {
    if (files.has(file)) return
    files.add(file)
    const text = readFileSync(file, 'utf8')
    for (const match of text.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)) {
      const specifier = match[1] as string
      if (specifier.startsWith('.')) visit(join(dirname(file), `${specifier}.ts`))
      else packages.add(specifier)
    }
  }
  visit(join(SRC, entry))
  return { files, packages }
}

describe('@tiendo/io/parse', () => {
  const { files, packages } = graph('parse.ts')

  it('imports no Node API and no Node-only library', () => {
    expect([...packages].sort()).toEqual(['@tiendo/schema', 'decimal.js'])
  })

  it('uses no Node global', () => {
    for (const file of files) {
      const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')
      expect(code, file).not.toMatch(/\b(?:Buffer|process|require|__dirname)\b/)
    }
  })

  it('exports what the Node entry exports, less the Node-only functions', async () => {
    const parse = await import('./parse')
    const node = await import('./index')
    for (const name of Object.keys(parse)) expect(node, name).toHaveProperty(name)
  })
})
