import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'

// Every ```ts example block of docs/pipeline.md runs here, as a module of this package (so
// `@tiendo/*` resolve as they would for a user), and each line ending in a `// 'value'` or
// `// true` comment must give that value.

const doc = readFileSync(new URL('../../../docs/pipeline.md', import.meta.url), 'utf8')
const blocks = [...doc.matchAll(/```ts example\n([\s\S]*?)```/g)].map((match) => match[1]!)
const folder = fileURLToPath(new URL('../.docs-examples/', import.meta.url))

afterAll(() => rmSync(folder, { recursive: true, force: true }))

/** The block with each checked expression exported, so the test can read its value. */
function instrument(block: string): { code: string; expected: unknown[] } {
  const expected: unknown[] = []
  const lines = block.split('\n').map((line) => {
    const checked = /^(\S.*?) \/\/ ('[^']*'|\[.*\]|true|false|\d+)(?::.*)?$/.exec(line)
    if (checked === null || /^(import|const|let|await)/.test(line)) return line
    expected.push(JSON.parse(checked[2]!.replaceAll("'", '"')))
    return `export const check${expected.length - 1} = ${checked[1]}`
  })
  return { code: lines.join('\n'), expected }
}

describe('docs/pipeline.md', () => {
  it('has examples', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(3)
  })

  it.each(blocks.map((block, index) => [index, block] as const))(
    'example %i runs and gives what its comments say',
    async (index, block) => {
      const { code, expected } = instrument(block)
      mkdirSync(folder, { recursive: true })
      const file = `${folder}example-${index}.ts`
      writeFileSync(file, code)
      const module = await import(/* @vite-ignore */ file)
      expected.forEach((value, i) => {
        if (typeof value === 'number') expect(typeof module[`check${i}`]).toBe('number')
        else expect(module[`check${i}`], `line with ${JSON.stringify(value)}`).toEqual(value)
      })
    },
  )
})
