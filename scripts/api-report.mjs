#!/usr/bin/env node
/**
 * The public API of a package, as API Extractor reports it: one `api/<entry>.api.md` per entry
 * point of its `exports` (`index` for `.`, else the subpath: `parse`, `browser`, `node`,
 * `internal`), written from the built `.d.ts` files.
 *
 *   node scripts/api-report.mjs [package folder…]            check (the package's test runs it)
 *   node scripts/api-report.mjs --update [package folder…]   write the reports again
 *
 * A check fails when a report differs from the committed one, so every change of a public
 * surface shows in review; update the report and add a changeset. Without a folder, every
 * package under `packages/`.
 */

import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { basename, dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Extractor, ExtractorConfig } from '@microsoft/api-extractor'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const update = args.includes('--update')
const folders = args.filter((arg) => !arg.startsWith('--'))
const packages = (
  folders.length > 0
    ? folders
    : readdirSync(join(root, 'packages')).map((name) => join(root, 'packages', name))
)
  .map((folder) => resolve(folder))
  .filter((folder) => existsSync(join(folder, 'package.json')))

let failed = 0
for (const folder of packages) {
  for (const entry of entryPoints(folder)) {
    if (!report(folder, entry)) failed++
  }
}
if (failed > 0) {
  console.error(
    `\n${failed} API report(s) out of date. If the change of the public API is meant, run` +
      '\n  npm run api:update\nand commit the reports with a changeset that says what changed.',
  )
  process.exit(1)
}

/** The entry points of a package: each `exports` key whose `import` condition has types. */
function entryPoints(folder) {
  const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'))
  const entries = []
  for (const [key, value] of Object.entries(manifest.exports ?? {})) {
    const types = value?.import?.types
    if (typeof types !== 'string' || !types.endsWith('.d.ts')) continue
    const name = key === '.' ? 'index' : key.replace(/^\.\//, '').replaceAll('/', '-')
    entries.push({ name, types: join(folder, types) })
  }
  return entries
}

/** Runs API Extractor on one entry point; `true` when its report is up to date (or written). */
function report(folder, entry) {
  const label = `${relative(root, folder)}/api/${entry.name}.api.md`
  if (!existsSync(entry.types)) {
    console.error(`${label}: ${relative(root, entry.types)} is missing: build the package first.`)
    return false
  }
  const temp = join(folder, 'node_modules', '.api-report')
  mkdirSync(temp, { recursive: true })
  if (update) mkdirSync(join(folder, 'api'), { recursive: true })
  const config = ExtractorConfig.prepare({
    configObjectFullPath: join(folder, 'api-extractor.json'),
    packageJsonFullPath: join(folder, 'package.json'),
    configObject: {
      projectFolder: folder,
      mainEntryPointFilePath: entry.types,
      compiler: {
        overrideTsconfig: {
          compilerOptions: {
            target: 'es2022',
            module: 'nodenext',
            moduleResolution: 'nodenext',
            strict: true,
            skipLibCheck: true,
            lib: ['es2023', 'dom'],
            types: ['node'],
          },
          files: [entry.types],
        },
      },
      apiReport: {
        enabled: true,
        reportFileName: `${entry.name}.api.md`,
        reportFolder: join(folder, 'api'),
        reportTempFolder: temp,
      },
      docModel: { enabled: false },
      dtsRollup: { enabled: false },
      tsdocMetadata: { enabled: false },
      newlineKind: 'lf',
      messages: {
        compilerMessageReporting: { default: { logLevel: 'warning' } },
        extractorMessageReporting: {
          default: { logLevel: 'warning', addToApiReportFile: true },
          // Release tags (@public, @beta) are not used: what is exported is public.
          'ae-missing-release-tag': { logLevel: 'none', addToApiReportFile: false },
          'ae-internal-missing-underscore': { logLevel: 'none', addToApiReportFile: false },
          // Inline `(undocumented)` marks already show a missing JSDoc; a list would repeat them.
          'ae-undocumented': { logLevel: 'none', addToApiReportFile: false },
        },
        tsdocMessageReporting: { default: { logLevel: 'none', addToApiReportFile: false } },
      },
    },
  })
  const result = Extractor.invoke(config, {
    localBuild: update,
    showVerboseMessages: false,
    messageCallback(message) {
      // Warnings go into the report, where a reviewer sees them; the console stays quiet.
      if (message.logLevel === 'warning' || message.logLevel === 'info') message.handled = true
    },
  })
  if (update || (result.succeeded && !result.apiReportChanged)) {
    rmSync(temp, { recursive: true, force: true })
  }
  if (update) {
    if (result.apiReportChanged) console.log(`${label}: written`)
    return existsSync(join(folder, 'api', `${entry.name}.api.md`))
  }
  if (result.apiReportChanged) {
    console.error(
      `${label}: the public API of ${basename(folder)} differs from this report` +
        ` (what it is now: ${relative(root, join(temp, `${entry.name}.api.md`))}).`,
    )
    return false
  }
  if (!result.succeeded) {
    console.error(`${label}: API Extractor failed (${result.errorCount} errors).`)
    return false
  }
  return publicOnly(label, entry)
}

/** `@internal` means "not exported from the main entry": such a name belongs in `/internal`. */
function publicOnly(label, entry) {
  if (entry.name === 'internal') return true
  const text = readFileSync(join(dirname(entry.types), '..', 'api', `${entry.name}.api.md`), 'utf8')
  const internal = [...text.matchAll(/^\/\/ @internal.*\nexport \S+ (?:\S+ )?(\w+)/gm)]
  for (const [, name] of internal) {
    console.error(`${label}: ${name} is marked @internal; export it from ./internal instead.`)
  }
  return internal.length === 0
}
