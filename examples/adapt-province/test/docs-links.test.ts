import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

// Every relative link of the docs and of the examples' READMEs leads to a file or folder that
// exists, and every `#anchor` into a Markdown file to one of its headings.

const root = fileURLToPath(new URL('../../../', import.meta.url))
const pages = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
  'examples/adapt-province/README.md',
  'examples/ci/README.md',
  'examples/consumer/README.md',
]

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces to hyphens. */
const anchorOf = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-')

function anchors(file: string): Set<string> {
  const text = readFileSync(file, 'utf8').replace(/^```[\s\S]*?^```$/gm, '')
  return new Set([...text.matchAll(/^#{1,6} (.+)$/gm)].map((match) => anchorOf(match[1]!)))
}

describe.each(pages)('links in %s', (page) => {
  const text = readFileSync(join(root, page), 'utf8').replace(/^```[\s\S]*?^```$/gm, '')
  const links = [...text.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((match) => match[1]!)
    .filter((link) => !/^[a-z]+:/.test(link))

  it.each(links.length > 0 ? links : ['(none)'])('%s', (link) => {
    if (link === '(none)') return
    const [path, anchor] = link.split('#')
    const target = path === '' ? join(root, page) : resolve(dirname(join(root, page)), path!)
    expect(existsSync(target), `${link} from ${page}`).toBe(true)
    if (anchor !== undefined && target.endsWith('.md')) {
      expect([...anchors(target)], `#${anchor} in ${path || page}`).toContain(anchor)
    }
  })
})
