import { readFileSync } from 'node:fs'
import { getBuiltInPack } from '@tiendo/packs'
import { compilePack, resolvePack } from '@tiendo/rules'
import type { TiendoIssue } from '@tiendo/schema'
import { describe, expect, it } from 'vitest'

// Every JSON example of docs/packs.md runs here: a ```json pack block must resolve (its
// `extends` chain, through the built-in packs) and compile; a ```json pack-refused block
// must be refused with the code its `<!-- refused: CODE -->` comment names.

const doc = readFileSync(new URL('../../../docs/packs.md', import.meta.url), 'utf8')

interface Block {
  readonly kind: string
  readonly line: number
  readonly text: string
  readonly refusedWith?: string | undefined
}

function jsonBlocks(markdown: string): Block[] {
  const blocks: Block[] = []
  const lines = markdown.split('\n')
  let open: { kind: string; line: number; body: string[] } | undefined
  let refusedWith: string | undefined
  lines.forEach((line, index) => {
    if (open === undefined) {
      const refused = /^<!-- refused: ([a-z_]+) -->$/.exec(line)
      if (refused) refusedWith = refused[1]
      const fence = /^```json(?: (.+))?$/.exec(line)
      if (fence) open = { kind: fence[1] ?? '', line: index + 1, body: [] }
    } else if (line === '```') {
      blocks.push({ kind: open.kind, line: open.line, text: open.body.join('\n'), refusedWith })
      open = undefined
      refusedWith = undefined
    } else {
      open.body.push(line)
    }
  })
  return blocks
}

async function load(text: string) {
  const resolved = await resolvePack(JSON.parse(text), { load: (ref) => getBuiltInPack(ref) })
  if (!resolved.ok) return { issues: resolved.issues }
  const compiled = compilePack(resolved.pack)
  return compiled.ok ? { pack: compiled.pack } : { issues: compiled.issues }
}

const codes = (issues: readonly TiendoIssue[] | undefined) => (issues ?? []).map((i) => i.code)

const blocks = jsonBlocks(doc)

describe('docs/packs.md', () => {
  it('has a tag on every JSON block, so none escapes the test', () => {
    expect(blocks.map((block) => block.kind).filter((kind) => kind === '')).toEqual([])
    expect(blocks.filter((block) => block.kind === 'pack').length).toBeGreaterThanOrEqual(10)
  })

  it.each(
    blocks.filter((block) => block.kind === 'pack').map((block) => [block.line, block] as const),
  )('the pack at line %i resolves and compiles', async (_line, block) => {
    const result = await load(block.text)
    expect(codes(result.issues)).toEqual([])
    expect(result.pack).toBeDefined()
  })

  it.each(
    blocks
      .filter((block) => block.kind === 'pack-refused')
      .map((block) => [block.line, block] as const),
  )('the pack at line %i is refused with the code the doc names', async (_line, block) => {
    expect(block.refusedWith).toBeDefined()
    const result = await load(block.text)
    expect(codes(result.issues)).toContain(block.refusedWith)
  })

  it('shows every template and every field of the pack schema', async () => {
    const { TEMPLATE_NAMES } = await import('@tiendo/rules')
    const packs = blocks.filter((b) => b.kind === 'pack').map((b) => JSON.parse(b.text))
    const templates = new Set(
      packs.flatMap((pack) =>
        (pack.rules ?? []).map((rule: { template?: string }) => rule.template),
      ),
    )
    for (const name of TEMPLATE_NAMES) expect(templates, `template ${name}`).toContain(name)
    const { packJsonSchema } = await import('@tiendo/schema')
    const schema = packJsonSchema() as { properties: Record<string, unknown> }
    for (const field of Object.keys(schema.properties)) {
      expect(doc, `field ${field}`).toContain(`| \`${field}\``)
    }
  })
})
