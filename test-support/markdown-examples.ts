/**
 * Runs the code blocks of a Markdown page as tests, so a README or a docs page cannot show
 * code that no longer works. Not shipped: the packages' and examples' tests import it.
 *
 * - Every ```ts block (or, with `info`, only the blocks whose fence says that, such as
 *   `ts example`) is written as a module into `folder` (inside the package, so
 *   `@tiendo/*` resolve as they would for a user of that package) and imported. A line
 *   ending in `// 'text'`, `// true`, `// false`, `// 12` or `// [ … ]` (JSON) must give that
 *   value, words after it (`// true: why`) aside; `// 12 …` with words after a number checks
 *   only that it is a number.
 * - Every ```json block must be JSON.
 * - Blocks of other languages (`sh`, `text`…) are shown, not run.
 */

import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'

/** One fenced block of a Markdown page. */
export interface MarkdownBlock {
  readonly language: string
  /** The whole info string of the fence (`ts example`). */
  readonly info: string
  readonly code: string
  /** 1-based line of the opening fence. */
  readonly line: number
}

/** The fenced blocks of `markdown`, in order. */
export function markdownBlocks(markdown: string): MarkdownBlock[] {
  const blocks: MarkdownBlock[] = []
  const lines = markdown.split('\n')
  for (let at = 0; at < lines.length; at++) {
    const open = /^```(\S*)(.*)$/.exec(lines[at]!)
    if (open === null) continue
    const start = at
    const body: string[] = []
    for (at++; at < lines.length && !lines[at]!.startsWith('```'); at++) body.push(lines[at]!)
    const info = `${open[1]}${open[2]}`.trim()
    blocks.push({ language: open[1]!, info, code: body.join('\n'), line: start + 1 })
  }
  return blocks
}

/** A literal a checked line ends with, as a value; `undefined` when the comment is prose. */
function checkedValue(comment: string): { value: unknown; numberOnly: boolean } | undefined {
  const literal = /^('[^']*'|\[.*?\]|true|false|-?\d+(?:\.\d+)?)([\s:].*)?$/.exec(comment)
  if (literal === null) return undefined
  const text = literal[1]!
  // A list may be written with single quotes, as TypeScript is.
  const value: unknown = text.startsWith("'")
    ? text.slice(1, -1)
    : JSON.parse(text.startsWith('[') ? text.replaceAll("'", '"') : text)
  return { value, numberOnly: typeof value === 'number' && literal[2] !== undefined }
}

/** The block with each checked expression exported as `checkN`, and what each must be. */
export function instrument(code: string): {
  code: string
  checks: { value: unknown; numberOnly: boolean; line: string }[]
} {
  const checks: { value: unknown; numberOnly: boolean; line: string }[] = []
  const lines = code.split('\n').map((line) => {
    const match = /^(\S.*?) \/\/ (.*)$/.exec(line)
    if (match === null || /^(import|const|let|await|export|for|if|\/\/)\b/.test(line)) return line
    const check = checkedValue(match[2]!)
    if (check === undefined) return line
    checks.push({ ...check, line })
    return `export const check${checks.length - 1} = ${match[1]}`
  })
  return { code: lines.join('\n'), checks }
}

/**
 * A `describe` that runs every block of the Markdown page at `page` (see the module's doc),
 * writing the modules into `folder` and removing it afterwards.
 */
export function describeMarkdownExamples(
  title: string,
  page: URL,
  folder: URL,
  options: { readonly info?: string; readonly atLeast?: number } = {},
): void {
  const blocks = markdownBlocks(readFileSync(page, 'utf8'))
  const directory = fileURLToPath(folder)
  const runnable = blocks.filter((block) =>
    options.info === undefined
      ? block.language === 'ts' || block.language === 'json'
      : block.info === options.info,
  )

  describe(title, () => {
    afterAll(() => rmSync(directory, { recursive: true, force: true }))

    it('has code to run', () => {
      expect(runnable.length).toBeGreaterThanOrEqual(options.atLeast ?? 1)
    })

    it.each(runnable.map((block) => [block.line, block] as const))(
      'the block at line %i runs and gives what its comments say',
      async (line, block) => {
        if (block.language === 'json') {
          expect(() => JSON.parse(block.code), `line ${line}`).not.toThrow()
          return
        }
        const { code, checks } = instrument(block.code)
        mkdirSync(directory, { recursive: true })
        const file = `${directory}/line-${line}.ts`
        writeFileSync(file, code)
        const module = await import(/* @vite-ignore */ file)
        checks.forEach((check, i) => {
          const actual = module[`check${i}`]
          if (check.numberOnly) expect(typeof actual, check.line).toBe('number')
          else expect(actual, check.line).toEqual(check.value)
        })
      },
    )
  })
}
