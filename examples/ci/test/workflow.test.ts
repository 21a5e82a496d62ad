import { execFile } from 'node:child_process'
import {
  copyFile,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  symlink,
  writeFile,
} from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'

// Runs exactly the `run:` steps of workflow.yml, in a directory laid out as the README tells
// a repository to be (scripts/validate.sh, submissions/), once with the good samples and once
// with the bad ones. `npm ci` is the one step not run: its result (the CLI installed, with
// its `tiendo` bin) is made by linking the built workspace package instead.

const run = promisify(execFile)
const require = createRequire(import.meta.url)
const here = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url))
const workflow = await readFile(here('workflow.yml'), 'utf8')

/** The `run:` commands of the workflow, in order. Only one-line commands are allowed. */
function runSteps(yaml: string): string[] {
  return yaml
    .split('\n')
    .map((line) => /^\s*(?:-\s+)?run:\s*(.*)$/.exec(line)?.[1]?.trim())
    .filter((command): command is string => command !== undefined)
}

/** The job's `env:` values this example sets (`KEY: value` lines under `env:`). */
function jobEnvironment(yaml: string): Record<string, string> {
  const block = /\n {4}env:\n((?: {6}\w+: .+\n)+)/.exec(yaml)?.[1] ?? ''
  return Object.fromEntries(
    [...block.matchAll(/^ {6}(\w+): (.+)$/gm)].map((match) => [match[1]!, match[2]!.trim()]),
  )
}

const scratchDirectories: string[] = []
afterAll(async () => {
  for (const dir of scratchDirectories) {
    if (dir.includes('tiendo-ci-')) await rm(dir, { recursive: true, force: true })
  }
})

/** A repository as the README lays it out, with the CLI installed as `npm ci` would. */
async function repository(sample: 'good' | 'bad'): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'tiendo-ci-'))
  scratchDirectories.push(root)
  const cli = dirname(require.resolve('@tiendo/cli/package.json'))
  const manifest = JSON.parse(await readFile(join(cli, 'package.json'), 'utf8'))
  await writeFile(
    join(root, 'package.json'),
    JSON.stringify({ private: true, devDependencies: { '@tiendo/cli': manifest.version } }),
  )
  await mkdir(join(root, 'node_modules', '@tiendo'), { recursive: true })
  await mkdir(join(root, 'node_modules', '.bin'))
  await symlink(cli, join(root, 'node_modules', '@tiendo', 'cli'), 'dir')
  await symlink(
    join('..', '@tiendo', 'cli', manifest.bin.tiendo),
    join(root, 'node_modules', '.bin', 'tiendo'),
  )
  await mkdir(join(root, 'scripts'))
  await copyFile(here('validate.sh'), join(root, 'scripts', 'validate.sh'))
  await mkdir(join(root, 'submissions'))
  for (const file of await readdir(here(`samples/${sample}/submissions`))) {
    await copyFile(here(`samples/${sample}/submissions/${file}`), join(root, 'submissions', file))
  }
  return root
}

/** The environment of a step: the job's env, the step summary file, no registry access. */
function stepEnvironment(root: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [key, value] of Object.entries(process.env)) if (!/^npm_/i.test(key)) env[key] = value
  return {
    ...env,
    ...jobEnvironment(workflow),
    GITHUB_STEP_SUMMARY: join(root, 'step-summary.md'),
    // `npx` must find the installed bin, never fetch a package of that name.
    npm_config_yes: 'false',
    npm_config_offline: 'true',
    NO_COLOR: '1',
  }
}

/** Runs the workflow's steps after `npm ci` as GitHub runs them (`bash -e`). */
async function runWorkflow(root: string) {
  const [install, ...steps] = runSteps(workflow)
  expect(install).toBe('npm ci')
  let stdout = ''
  let stderr = ''
  let code = 0
  for (const step of steps) {
    try {
      const done = await run('bash', ['-e', '-c', step], { cwd: root, env: stepEnvironment(root) })
      stdout += done.stdout
      stderr += done.stderr
    } catch (error) {
      const failed = error as { code?: number; stdout?: string; stderr?: string }
      stdout += failed.stdout ?? ''
      stderr += failed.stderr ?? ''
      code = failed.code ?? -1
      break
    }
  }
  // Nothing on stderr: tiendo writes every finding to stdout or the summary.
  expect(stderr).toBe('')
  const summary = await readFile(join(root, 'step-summary.md'), 'utf8')
  return { code, stdout, summary }
}

const annotations = (stdout: string) =>
  [
    ...stdout.matchAll(
      /^::(error|warning|notice) file=([^,]+),line=(\d+),title=tiendo ([\w/]+)::/gm,
    ),
  ].map((match) => `${match[1]} ${match[2]}:${match[3]} ${match[4]}`)

describe('examples/ci/workflow.yml', () => {
  it('is simple enough to run step by step: one-line `run:` steps calling validate.sh', () => {
    expect(workflow).not.toMatch(/run:\s*[|>]/)
    expect(runSteps(workflow)).toEqual([
      'npm ci',
      'sh scripts/validate.sh ninh-thuan submissions/*',
    ])
  })

  it('passes good submissions (CSV and XLSX): exit code 0, no annotation, a green summary', async () => {
    const { code, stdout, summary } = await runWorkflow(await repository('good'))
    expect(annotations(stdout)).toEqual([])
    expect(code).toBe(0)
    expect(summary).toMatch(/^## ✅ Dữ liệu hợp lệ/)
    expect(summary).toContain('2 tệp · 7 dòng · 0 lỗi')
  })

  it('fails bad submissions: exit code 1, an annotation on each bad line, the table in the summary', async () => {
    const { code, stdout, summary } = await runWorkflow(await repository('bad'))
    expect(code).toBe(1)
    expect(annotations(stdout)).toEqual([
      'error submissions/ninh-thuan-2024.csv:2 value_out_of_bounds',
      'error submissions/ninh-thuan-2024.csv:4 conflicting_observation',
      'error submissions/ninh-thuan-2024.csv:5 unknown_indicator',
      'error submissions/ninh-thuan-2024.csv:6 unit_not_valid_in_period',
      'error submissions/ninh-thuan-services-2024.xlsx:3 value_out_of_bounds',
    ])
    expect(stdout).toContain('Có phải là `household_fibre_rate`?')
    expect(summary).toMatch(/^## ❌ Dữ liệu không hợp lệ/)
    expect(summary).toContain(
      '| lỗi | submissions/ninh-thuan-services-2024.xlsx!Số liệu:3 [value] |',
    )
  })

  it('exits 2 with a usage line when validate.sh is called without files', async () => {
    const root = await repository('good')
    const result = await run('sh', ['scripts/validate.sh', 'ninh-thuan'], {
      cwd: root,
      env: stepEnvironment(root),
    }).catch((error: { code?: number; stderr?: string }) => error)
    expect('code' in result ? result.code : 0).toBe(2)
    expect('stderr' in result ? result.stderr : '').toContain('usage: sh scripts/validate.sh')
  })
})
