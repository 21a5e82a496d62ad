import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'

// The README's ```ts example block runs as a module of this example, as a reader would paste it.
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
const block = /```ts example\n([\s\S]*?)```/.exec(readme)?.[1]
const folder = fileURLToPath(new URL('../.readme-example/', import.meta.url))

afterAll(() => rmSync(folder, { recursive: true, force: true }))

describe('examples/ninh-thuan/README.md', () => {
  it('runs its example: valid data, and a report page', async () => {
    expect(block).toBeDefined()
    mkdirSync(folder, { recursive: true })
    const file = `${folder}example.ts`
    writeFileSync(file, block!)
    const example = await import(/* @vite-ignore */ file)
    expect(example.valid).toBe(true)
    expect(example.html).toContain('<html')
    expect(example.html).toContain('Ninh Thuận')
  })
})
