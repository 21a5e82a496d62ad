import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const SRC = fileURLToPath(new URL('.', import.meta.url))
const require = createRequire(import.meta.url)

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
    // @tiendo/core and @tiendo/schema are browser-safe themselves (their own tests say so).
    expect([...packages].sort()).toEqual([
      '@tiendo/core',
      '@tiendo/schema',
      '@tiendo/schema/internal',
      'csv-parse/browser/esm/sync',
      'decimal.js',
      'exceljs',
      'jszip',
    ])
    expect([...files].map((file) => relative(SRC, file))).not.toContain('read-rows.ts')
  })

  it('reaches csv-parse only through its browser build, which imports nothing', () => {
    // `csv-parse` and `csv-parse/sync` import Node's `stream` and use its `Buffer`.
    expect([...packages].filter((name) => name.startsWith('csv-parse'))).toEqual([
      'csv-parse/browser/esm/sync',
    ])
    const build = readFileSync(require.resolve('csv-parse/browser/esm/sync'), 'utf8')
    expect(build).not.toMatch(
      /^\s*(?:import|export)\s[^;]*\sfrom\s*['"]|\b(?:require|import)\(\s*['"]/m,
    )
  })

  it('loads exceljs and jszip only when an XLSX file is read, from their browser builds in bundles', () => {
    for (const file of files) {
      for (const line of readFileSync(file, 'utf8').split('\n')) {
        if (!/'(?:exceljs|jszip)'/.test(line)) continue
        expect(line, file).toMatch(/^import type \{|await import\('(?:exceljs|jszip)'\)/)
      }
    }
    // Bundlers resolve `exceljs` by its `browser` field to a build with its own polyfills.
    const manifest = JSON.parse(readFileSync(require.resolve('exceljs/package.json'), 'utf8'))
    expect(manifest.browser).toBe('./dist/exceljs.min.js')
    // jszip (which exceljs loads too) likewise.
    const zip = JSON.parse(readFileSync(require.resolve('jszip/package.json'), 'utf8'))
    expect(zip.browser['./lib/index']).toBe('./dist/jszip.min.js')
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
