import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

/** The modules `src/index.ts` reaches through relative imports, and what each imports. */
function reachable(entry: string): Map<string, string[]> {
  const found = new Map<string, string[]>()
  const queue = [entry]
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (found.has(file)) continue
    const url = new URL(file, import.meta.url)
    const text = readFileSync(url, 'utf8')
    const specifiers = [...text.matchAll(/(?:\bfrom\s+|\bimport\s*\(?\s*)'([^']+)'/g)].map(
      (match) => match[1]!,
    )
    found.set(file, specifiers)
    for (const specifier of specifiers) {
      if (specifier.startsWith('./')) queue.push(`${new URL(`${specifier}.ts`, url).pathname}`)
    }
  }
  return found
}

describe('the main entry', () => {
  it('imports nothing from node: through any of its modules, so it runs in browsers', () => {
    const modules = reachable(new URL('./index.ts', import.meta.url).pathname)
    expect(modules.size).toBeGreaterThanOrEqual(3)
    for (const [file, specifiers] of modules) {
      for (const specifier of specifiers) expect(specifier, file).not.toMatch(/^node:|^fs$|^path$/)
    }
  })

  it('is not where the Node helper lives', () => {
    const modules = reachable(new URL('./index.ts', import.meta.url).pathname)
    expect([...modules.keys()].some((file) => file.endsWith('/node.ts'))).toBe(false)
  })
})
