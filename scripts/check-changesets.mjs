#!/usr/bin/env node
/**
 * Checks every changeset (`.changeset/*.md`) the way `changeset version` will read it: a
 * front matter of `"@tiendo/name": major|minor|patch` lines between two `---` lines, naming
 * packages of this workspace, then the summary. A formatter once turned a front matter into
 * a Markdown heading and nothing noticed until a release would have failed.
 */

import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const folder = join(root, '.changeset')

const packages = new Set(
  readdirSync(join(root, 'packages'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => {
      try {
        const manifest = JSON.parse(
          readFileSync(join(root, 'packages', entry.name, 'package.json'), 'utf8'),
        )
        return manifest.private ? [] : [manifest.name]
      } catch {
        return []
      }
    }),
)

const problems = []
for (const name of readdirSync(folder)
  .filter((file) => file.endsWith('.md'))
  .sort()) {
  if (name === 'README.md') continue
  const lines = readFileSync(join(folder, name), 'utf8').split(/\r?\n/)
  const where = (line) => `.changeset/${name}:${line}`
  if (lines[0] !== '---') {
    problems.push(`${where(1)}: the first line must be \`---\`, opening the front matter.`)
    continue
  }
  const end = lines.indexOf('---', 1)
  if (end === -1) {
    problems.push(`${where(1)}: the front matter is never closed by a \`---\` line.`)
    continue
  }
  let named = 0
  for (let i = 1; i < end; i++) {
    // YAML: the name quoted either way (it starts with `@`), blank lines allowed.
    if (lines[i].trim() === '') continue
    const bump = /^(["'])([^"']+)\1:\s*(major|minor|patch)\s*$/.exec(lines[i])
    if (bump === null) {
      problems.push(
        `${where(i + 1)}: expected \`"@tiendo/name": major|minor|patch\`, found \`${lines[i]}\`.`,
      )
    } else if (!packages.has(bump[2])) {
      problems.push(`${where(i + 1)}: \`${bump[2]}\` is no published package of this workspace.`)
    } else named++
  }
  if (named === 0) problems.push(`${where(2)}: the front matter names no package.`)
  if (
    lines
      .slice(end + 1)
      .join('')
      .trim() === ''
  ) {
    problems.push(`${where(end + 2)}: the changeset says nothing: write what changed for users.`)
  }
}

if (problems.length > 0) {
  console.error(
    `Changesets that \`changeset version\` cannot read:\n${problems.map((p) => `  ${p}`).join('\n')}`,
  )
  console.error('Fix the front matter by hand (see any other file of .changeset/ for the form).')
  process.exit(1)
}
console.log(
  `changesets: ${readdirSync(folder).filter((f) => f.endsWith('.md')).length} read, all well formed`,
)
