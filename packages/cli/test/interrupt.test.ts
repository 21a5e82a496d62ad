import { spawn } from 'node:child_process'
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bin } from './tiendo'

let folder: string

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'tiendo-interrupt-test-'))
})

afterAll(async () => {
  await rm(folder, { recursive: true, force: true })
})

/** A records file long enough that a report over it is still running when it is stopped. */
function manyProducts(count: number): string {
  const rows = ['id,kind,unit,date,status,title']
  for (let i = 0; i < count; i++) {
    const day = new Date(Date.UTC(2020, 0, 1) + (i % 1800) * 86_400_000).toISOString().slice(0, 10)
    rows.push(`P-${i},dx_product,58.VPUBND,${day},completed,Sản phẩm số ${i}`)
  }
  return `${rows.join('\n')}\n`
}

/** Polls until `found` gives something, or the time is up. */
async function waitFor<T>(found: () => Promise<T | undefined>, ms: number): Promise<T> {
  const until = Date.now() + ms
  for (;;) {
    const value = await found()
    if (value !== undefined) return value
    if (Date.now() > until) throw new Error(`nothing after ${ms} ms`)
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

describe('tiendo stopped with Ctrl-C (built)', () => {
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    it(`exits ${code} on ${signal}, leaving neither its spool nor a half-written output`, async () => {
      const work = await mkdtemp(join(folder, 'run-'))
      const temporary = await mkdtemp(join(folder, 'tmp-'))
      await writeFile(join(work, 'san-pham.csv'), manyProducts(100_000))
      const child = spawn(
        process.execPath,
        [
          bin,
          'report',
          '--records',
          'san-pham.csv',
          '--pack',
          'ninh-thuan',
          '--output',
          'out.json',
        ],
        { cwd: work, env: { PATH: process.env.PATH ?? '', TMPDIR: temporary }, stdio: 'ignore' },
      )
      const exited = new Promise<number | null>((resolve) => child.on('exit', resolve))
      // The report's spool is made when the run starts, and is there until the run ends.
      const spools = await waitFor(async () => {
        const names = await readdir(temporary)
        return names.some((name) => name.startsWith('tiendo-report-')) ? names : undefined
      }, 20_000)
      expect(spools.length).toBeGreaterThan(0)
      child.kill(signal)
      expect(await exited).toBe(code)
      expect(await readdir(temporary)).toEqual([])
      expect(await readdir(work)).toEqual(['san-pham.csv'])
    })
  }
})
