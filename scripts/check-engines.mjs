#!/usr/bin/env node
/**
 * Checks that every package a published `@tiendo/*` package installs (its `dependencies`,
 * then theirs, as npm resolved them in `node_modules`) runs on every Node we support: its
 * `engines.node` must include the whole of ours. `docx` 9.7.2 moved to `nanoid` 6, which
 * dropped Node 20; on Node 20 `npm install` only warned, and with `engine-strict` it fails.
 * A dependency without `engines` is taken at its word.
 */

import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import semver from 'semver'

const root = fileURLToPath(new URL('..', import.meta.url))
const readManifest = (folder) => JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'))

/** The folder npm installed `name` in for a package in `from`: the nearest `node_modules`. */
function installedFolder(name, from) {
  for (let folder = from; ; folder = dirname(folder)) {
    const candidate = join(folder, 'node_modules', name)
    // A workspace package is a link: its own dependencies sit beside its real folder.
    if (existsSync(join(candidate, 'package.json'))) return realpathSync(candidate)
    if (folder === dirname(folder)) return undefined
  }
}

const problems = []
const seen = new Set()

function visit(folder, path, supported) {
  const manifest = readManifest(folder)
  const range = manifest.engines?.node
  if (range !== undefined && path.length > 1) {
    const valid = semver.validRange(range)
    if (valid === null || !semver.subset(supported, valid)) {
      problems.push(
        `${path.join(' > ')}@${manifest.version} needs Node ${range}; we support ${supported}`,
      )
    }
  }
  if (seen.has(`${folder}\n${supported}`)) return
  seen.add(`${folder}\n${supported}`)
  const optional = new Set(Object.keys(manifest.optionalDependencies ?? {}))
  for (const name of Object.keys(manifest.dependencies ?? {})) {
    const child = installedFolder(name, folder)
    if (child === undefined) {
      // An optional dependency for another platform is not installed here, by design.
      if (!optional.has(name)) problems.push(`${path.join(' > ')} > ${name} is not installed`)
      continue
    }
    visit(child, [...path, name], supported)
  }
}

const packagesFolder = join(root, 'packages')
let checked = 0
for (const entry of readdirSync(packagesFolder, { withFileTypes: true })) {
  if (!entry.isDirectory()) continue
  const folder = join(packagesFolder, entry.name)
  if (!existsSync(join(folder, 'package.json'))) continue
  const manifest = readManifest(folder)
  if (manifest.private) continue
  const supported = manifest.engines?.node
  if (supported === undefined || semver.validRange(supported) === null) {
    problems.push(`${relative(root, folder)}/package.json: no valid "engines.node"`)
    continue
  }
  visit(folder, [manifest.name], supported)
  checked++
}

if (problems.length > 0) {
  console.error(
    `Dependencies that do not run on every Node we support:\n- ${problems.join('\n- ')}`,
  )
  console.error(
    'Pin the dependency that brings it to a release that supports our Node range, or raise "engines.node" (a breaking change).',
  )
  process.exit(1)
}
console.log(`${checked} packages: every installed dependency runs on the Node we support.`)
