import { spawnSync } from 'node:child_process'
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// The built entry, run in a child process that exits mid-way, as a stopped `tiendo` does.
const entry = new URL('../dist/index.js', import.meta.url).href

let folder: string

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'tiendo-exit-test-'))
})

afterAll(async () => {
  await rm(folder, { recursive: true, force: true })
})

/** Runs an ES module script in a child process, with the io entry as `io`. */
function child(script: string): number | null {
  const source = `import * as io from ${JSON.stringify(entry)}\n${script}`
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', source], {
    encoding: 'utf8',
  })
  if (result.stderr !== '') throw new Error(result.stderr)
  return result.status
}

describe('removeOnExit', () => {
  it('removes a folder and what it holds when the process exits, unless forgotten', async () => {
    const here = await mkdtemp(join(folder, 'case-'))
    const gone = await mkdtemp(join(here, 'gone-'))
    const kept = await mkdtemp(join(here, 'kept-'))
    const code = child(`
      import { writeFileSync } from 'node:fs'
      writeFileSync(${JSON.stringify(join(gone, 'a.jsonl'))}, 'x')
      io.removeOnExit(${JSON.stringify(gone)})
      io.removeOnExit(${JSON.stringify(kept)})()
      process.exit(3)
    `)
    expect(code).toBe(3)
    expect(await readdir(here)).toEqual([basename(kept)])
  })
})

describe('writeFileAtomic, when the process exits while it writes', () => {
  it('leaves no temporary file, and no target', async () => {
    const target = join(await mkdtemp(join(folder, 'out-')), 'bao-cao.json')
    const code = child(`
      async function* pieces() {
        yield '{"a":'
        // The process exits between two pieces, as a run stopped with Ctrl-C does.
        await new Promise((resolve) => setTimeout(resolve, 20))
        process.exit(130)
      }
      await io.writeFileAtomic(${JSON.stringify(target)}, pieces())
    `)
    expect(code).toBe(130)
    expect(await readdir(join(target, '..'))).toEqual([])
  })

  it('writes the file whole when the process lives on (the same script, no exit)', async () => {
    const target = join(await mkdtemp(join(folder, 'out-')), 'bao-cao.json')
    const code = child(`
      async function* pieces() {
        yield '{"a":'
        await new Promise((resolve) => setTimeout(resolve, 20))
        yield '1}'
      }
      await io.writeFileAtomic(${JSON.stringify(target)}, pieces())
    `)
    expect(code).toBe(0)
    expect(await readdir(join(target, '..'))).toEqual(['bao-cao.json'])
  })
})
