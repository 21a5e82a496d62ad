import { readFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const SRC = fileURLToPath(new URL('.', import.meta.url))

/** Every module reachable from an entry (its runtime imports), and the packages they import. */
function graph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>()
  const packages = new Set<string>()
  const visit = (file: string) => {
    if (files.has(file)) return
    files.add(file)
    const text = readFileSync(file, 'utf8')
    // Type-only imports vanish from the build: they are not followed.
    for (const match of text.matchAll(/^(?:import|export)(?! type)[^'"]*from\s*'([^']+)'/gm)) {
      const specifier = match[1] as string
      if (specifier.startsWith('.')) visit(join(dirname(file), `${specifier}.ts`))
      else packages.add(specifier)
    }
  }
  visit(join(SRC, entry))
  return { files, packages }
}

describe('@tiendo/pipeline/browser', () => {
  const { files, packages } = graph('browser.ts')

  it('imports no Node API, and only the browser-safe entries of the other packages', () => {
    expect([...packages].filter((name) => name.startsWith('node:'))).toEqual([])
    expect([...packages].sort()).toEqual([
      '@tiendo/core',
      // How unit names are compared, for the hints of cells written as names; no Node API.
      '@tiendo/core/internal',
      // The profiles' horizons and Open SDG's indicator status; no Node API (as `rules`).
      '@tiendo/forecast',
      '@tiendo/io/internal',
      '@tiendo/io/parse',
      '@tiendo/packs',
      '@tiendo/rules',
      '@tiendo/rules/internal',
      '@tiendo/schema',
      // A bounded memo of texts (a run limited to some units places each code once); no Node API.
      '@tiendo/schema/internal',
      'decimal.js',
      'zod',
    ])
    const reached = [...files].map((file) => relative(SRC, file))
    expect(reached.filter((file) => file.startsWith('node/'))).toEqual([])
  })

  it('is the same orchestrator as the Node entry', () => {
    const node = graph('index.ts')
    for (const file of ['run/run-pipeline.ts', 'read/read-submission.ts', 'stages/derive.ts']) {
      expect(files.has(join(SRC, file))).toBe(true)
      expect(node.files.has(join(SRC, file))).toBe(true)
    }
  })
})
