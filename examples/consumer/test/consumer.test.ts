import { execFile } from 'node:child_process'
import { copyFile, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// What an outside developer does: install the published tarballs into a fresh project (here
// `npm pack` of every package, installed outside the workspace so no workspace link can
// stand in for them), then import them from ESM, CommonJS and TypeScript, and run `npx tiendo`.

const run = promisify(execFile)
const require = createRequire(import.meta.url)
const APP = fileURLToPath(new URL('../app/', import.meta.url))
const PACKAGES = [
  'schema',
  'core',
  'forecast',
  'rules',
  'io',
  'packs',
  'pipeline',
  'duckdb',
  'cli',
] as const
/** The workspace's own TypeScript, by absolute path: the fresh project does not install it. */
const TSC = require.resolve('typescript/bin/tsc')

/**
 * The environment without npm's per-run settings: run from a workspace script, npm passes
 * `npm_config_*` variables (workspace, prefix…) that would point the install back at the
 * workspace. The cache and registry settings stay.
 */
function outsideEnvironment(): NodeJS.ProcessEnv {
  const keep = new Set(['npm_config_cache', 'npm_config_registry', 'npm_config_userconfig'])
  const env: NodeJS.ProcessEnv = {}
  for (const [key, value] of Object.entries(process.env)) {
    if (/^npm_/i.test(key) && !keep.has(key.toLowerCase())) continue
    env[key] = value
  }
  return { ...env, NO_COLOR: '1', LANG: 'C', LC_ALL: '', LC_MESSAGES: '' }
}

/** The temporary directory this test made, and only that one is removed afterwards. */
let scratch: string | undefined
/** The fresh project inside it. */
let project = ''
const inProject = (command: string, args: readonly string[]) =>
  run(command, args, { cwd: project, env: outsideEnvironment(), maxBuffer: 64 * 1024 * 1024 })

/** Runs a command that may fail, for its exit code and output. */
async function attempt(command: string, args: readonly string[]) {
  try {
    const { stdout, stderr } = await inProject(command, args)
    return { code: 0, stdout, stderr }
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string }
    return { code: failed.code, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' }
  }
}

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'tiendo-consumer-'))
  const tarballs = join(scratch, 'tarballs')
  const app = join(scratch, 'app')
  const directories = PACKAGES.map((name) =>
    dirname(require.resolve(`@tiendo/${name}/package.json`)),
  )
  await mkdir(tarballs)
  await mkdir(app)
  await run('npm', ['pack', ...directories, '--pack-destination', tarballs, '--silent'], {
    cwd: scratch,
    env: outsideEnvironment(),
  })
  project = app
  await writeFile(
    join(app, 'package.json'),
    `${JSON.stringify({ name: 'outside-app', version: '1.0.0', private: true, type: 'module' })}\n`,
  )
  for (const file of await readdir(APP)) await copyFile(join(APP, file), join(app, file))
  const packed = (await readdir(tarballs)).filter((file) => file.endsWith('.tgz'))
  expect(packed).toHaveLength(PACKAGES.length)
  await inProject('npm', [
    'install',
    '--prefer-offline',
    '--no-audit',
    '--no-fund',
    '--loglevel=error',
    ...packed.map((file) => join(tarballs, file)),
    '@types/node@^20.19.0',
  ])
})

afterAll(async () => {
  if (scratch?.includes('tiendo-consumer-')) await rm(scratch, { recursive: true, force: true })
})

describe('the packages as an outside project installs them (npm pack, then npm install)', () => {
  it('installs every package from its tarball, not from a link into the workspace', async () => {
    const { stdout } = await inProject('npm', ['ls', '--json', '--depth=0'])
    const dependencies = JSON.parse(stdout).dependencies as Record<string, { resolved?: string }>
    for (const name of PACKAGES) {
      expect(dependencies[`@tiendo/${name}`]?.resolved).toMatch(/^file:.*\.tgz$/)
    }
  })

  it('works from an ES module and from CommonJS, with the same results', async () => {
    const esm = JSON.parse((await inProject(process.execPath, ['use-api.mjs'])).stdout)
    const cjs = JSON.parse((await inProject(process.execPath, ['use-api.cjs'])).stdout)
    expect(esm).toEqual(cjs)
    expect(esm.sum).toBe('0.3')
    expect(esm.period).toBe(true)
    expect(esm.packValid).toBe(true)
    expect(esm.chain).toEqual(['ninh-thuan', 'vn-national'])
    expect(esm.compiled).toBe(true)
    expect(esm.rows).toBe(esm.datasetRows)
    expect(esm.rows).toBeGreaterThan(0)
    expect(esm.readErrors).toBe(0)
    // 10 → 15 over 2020–2024 grows about 10.7% a year; 20 by 2025 needs about 33%.
    expect(esm.assessment).toBe('needs_acceleration')
    expect(esm.decimalCell).toEqual({ ok: true, value: '87.5' })
    expect(esm.cli).toEqual({ code: 0, version: require('@tiendo/cli/package.json').version })
    // The whole job in one call: the bundled figures valid, the national target assessed.
    expect(esm.pipeline).toEqual({ valid: true, economy: 'limited_progress', browser: true })
  })

  it.each(['nodenext', 'bundler'])(
    'type-checks with moduleResolution %s (tsc --noEmit, library types checked too)',
    async (resolution) => {
      const result = await attempt(process.execPath, [
        TSC,
        '--noEmit',
        '-p',
        `tsconfig.${resolution}.json`,
      ])
      expect(result.stdout + result.stderr).toBe('')
      expect(result.code).toBe(0)
    },
  )

  it('runs `npx tiendo validate` on a data file: exit code 0 when valid, 1 with the JSON contract when not', async () => {
    // `npx` must use the installed bin, never fetch a package of that name.
    const npx = (...args: string[]) =>
      attempt('npx', ['--offline', '--yes=false', 'tiendo', ...args])
    const good = await npx(
      'validate',
      'node_modules/@tiendo/packs/datasets/ninh-thuan.csv',
      '--pack',
      'ninh-thuan',
    )
    expect(good.stderr).toBe('')
    expect(good.stdout).toMatch(/✔ Valid — 1 file, \d+ rows, 0 errors/)
    expect(good.code).toBe(0)

    const bad = await npx('validate', 'bad.csv', '--pack', 'ninh-thuan', '--format', 'json')
    expect(bad.code).toBe(1)
    const report = JSON.parse(bad.stdout)
    expect(report.valid).toBe(false)
    expect(report.issues).toEqual([
      expect.objectContaining({
        code: 'value_out_of_bounds',
        severity: 'error',
        file: 'bad.csv',
        row: 2,
        column: 'value',
        indicator: 'smartphone_user_rate',
        unit: '58',
        period: '2024',
      }),
    ])
  })
})
