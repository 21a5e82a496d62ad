import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { chmodSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { afterAll, describe, expect, it } from 'vitest'
import { run } from '../src/index'
import { bin, fixtures, tiendoInProcess } from './tiendo'

// One writer at a time, and a store that cannot be written left as it was (#20).
const dir = mkdtempSync(join(tmpdir(), 'tiendo-cli-writers-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
// Readable by the unprivileged user the read-only test runs as when the tests run as root.
chmodSync(dir, 0o755)
for (const file of ['valid.csv', 'products.csv']) cpSync(join(fixtures, file), join(dir, file))
const inDir = (args: readonly string[], lang = 'en') =>
  tiendoInProcess([...args, '--lang', lang], dir)
const pack = ['--pack', 'ninh-thuan', '--today', '2025-06-30']

/** A process holding `store` open for writing until told (a line on its input) to close it. */
async function holdStore(
  store: string,
): Promise<{ child: ChildProcess; release(): Promise<void> }> {
  const script = `import { openStore } from '@tiendo/duckdb'
const store = await openStore(process.env.STORE)
process.stdout.write('held\\n')
process.stdin.once('data', () => { store.close(); process.exit(0) })`
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
    cwd: import.meta.dirname,
    env: { PATH: process.env.PATH ?? '', STORE: join(dir, store) },
    stdio: ['pipe', 'pipe', 'inherit'],
  })
  const exited = new Promise((done) => child.on('exit', done))
  const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]()
  expect((await lines.next()).value).toBe('held')
  return {
    child,
    async release() {
      child.stdin!.write('close\n')
      await exited
    },
  }
}

/** What a store holds, as `tiendo history` says it. */
async function held(store: string): Promise<unknown> {
  const history = await inDir(['history', '--store', store, '--format', 'json'])
  expect(history.code, history.stderr).toBe(0)
  return JSON.parse(history.stdout)
}

describe('one writer at a time', () => {
  it('stops a second writer and any reader with exit code 2, naming the lock and its holder', async () => {
    expect((await inDir(['validate', 'valid.csv', '--store', 'held.duckdb', ...pack])).code).toBe(0)
    const before = await held('held.duckdb')
    const holder = await holdStore('held.duckdb')
    try {
      const writer = await inDir(['validate', 'products.csv', '--store', 'held.duckdb', ...pack])
      expect(writer.code).toBe(2)
      expect(writer.stderr).toContain('is open for writing in another process')
      expect(writer.stderr).toContain(`the lock on \`${join(dir, 'held.duckdb')}\``)
      expect(writer.stderr).toContain(`PID ${holder.child.pid}`)
      expect(writer.stderr).toContain('--store-wait')
      expect(writer.stderr).not.toMatch(/\n\s+at /)
      const vi = await inDir(['report', '--store', 'held.duckdb', ...pack], 'vi')
      expect(vi.code).toBe(2)
      expect(vi.stderr).toContain('đang được một tiến trình khác mở để ghi')
      // A reader sees nothing while a writer holds the store, so never half a submission.
      const reader = await inDir(['history', '--store', 'held.duckdb'])
      expect(reader.code).toBe(2)
      expect(reader.stderr).toContain(`PID ${holder.child.pid}`)
    } finally {
      await holder.release()
    }
    expect(await held('held.duckdb')).toEqual(before)
  })

  it('waits for the lock with --store-wait, then writes', async () => {
    expect((await inDir(['validate', 'valid.csv', '--store', 'wait.duckdb', ...pack])).code).toBe(0)
    const holder = await holdStore('wait.duckdb')
    let stderr = ''
    let waiting: () => void = () => {}
    const told = new Promise<void>((done) => {
      waiting = done
    })
    const args = ['validate', 'products.csv', '--store', 'wait.duckdb', '--store-wait', '120']
    const writing = run([...args, ...pack, '--lang', 'en'], {
      stdout: { write: () => true },
      stderr: {
        write(text: string) {
          stderr += text
          if (text.includes('Waiting up to 120 s')) waiting()
          return true
        },
      },
      env: {},
      cwd: dir,
    })
    // Released only once the writer says it is waiting: the wait itself is what is tested.
    await told
    await holder.release()
    expect(await writing).toBe(0)
    expect(stderr).toContain(`PID ${holder.child.pid}`)
    expect(stderr).toContain('ingested into the store: products.csv')
  })
})

/** The bytes of a store and its write-ahead log. */
function fingerprint(store: string): string {
  const hash = createHash('sha256').update(readFileSync(join(dir, store)))
  try {
    hash.update(readFileSync(join(dir, `${store}.wal`)))
  } catch {}
  return hash.digest('hex')
}

describe('a store that cannot be written', () => {
  it('is refused with exit code 2 when its file is read-only, and left untouched', async () => {
    expect((await inDir(['validate', 'valid.csv', '--store', 'ro.duckdb', ...pack])).code).toBe(0)
    const before = await held('ro.duckdb')
    chmodSync(join(dir, 'ro.duckdb'), 0o444)
    const bytes = fingerprint('ro.duckdb')
    // Root writes a read-only file anyway (CAP_DAC_OVERRIDE): as root, the CLI runs without
    // that capability (util-linux's setpriv), so the file's mode binds it as it binds anyone.
    // (Not as another user: the checkout may sit in a folder only root can enter.)
    const args = [bin, 'validate', 'products.csv', '--store', 'ro.duckdb', ...pack, '--lang', 'en']
    const root = process.getuid?.() === 0
    const [command, argv] = root
      ? [
          'setpriv',
          ['--bounding-set', '-dac_override,-dac_read_search', '--', process.execPath, ...args],
        ]
      : [process.execPath, args]
    const result = spawnSync(command, argv, {
      cwd: dir,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', HOME: dir },
    })
    expect(
      result.error,
      'setpriv (util-linux) runs the CLI without root’s override',
    ).toBeUndefined()
    expect(result.status, result.stderr).toBe(2)
    expect(result.stderr).toContain('cannot be written (IO Error: Cannot open file')
    expect(result.stderr).toContain('Permission denied')
    expect(result.stderr).toContain('Make the store file and its folder writable')
    expect(fingerprint('ro.duckdb')).toBe(bytes)
    expect(await held('ro.duckdb')).toEqual(before)
  })

  it('keeps what it held when a write fails (a file size limit, as a full disk)', async () => {
    expect((await inDir(['validate', 'valid.csv', '--store', 'full.duckdb', ...pack])).code).toBe(0)
    const before = await held('full.duckdb')
    const report = await inDir(['report', '--store', 'full.duckdb', ...pack, '--format', 'json'])
    // A file whose rows take far more room than the limit leaves: 20 000 rows.
    const rows = Array.from({ length: 20_000 }, (_, i) => `households,58,${1990 + (i % 35)},${i}`)
    writeFileSync(join(dir, 'lon.csv'), `indicator,unit,period,value\n${rows.join('\n')}\n`)
    // RLIMIT_FSIZE (in 512-byte blocks) a little above the store's size: every write past it
    // fails with EFBIG, as on a full disk. SIGXFSZ is ignored so the write fails, not the process.
    const limit = Math.ceil(readFileSync(join(dir, 'full.duckdb')).length / 512) + 64
    const command = `trap '' XFSZ; ulimit -f ${limit}; exec "$0" "$@"`
    const args = ['validate', 'lon.csv', '--store', 'full.duckdb', ...pack, '--lang', 'en']
    const result = spawnSync('sh', ['-c', command, process.execPath, bin, ...args], {
      cwd: dir,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '' },
    })
    expect(result.status, result.stderr).toBe(2)
    expect(result.stderr).toContain('`lon.csv` could not be written to the store')
    expect(result.stderr).toContain('File too large')
    expect(result.stderr).toContain('the store holds what it held before')
    expect(result.stderr).not.toMatch(/\n\s+at /)
    expect(await held('full.duckdb')).toEqual(before)
    const after = await inDir(['report', '--store', 'full.duckdb', ...pack, '--format', 'json'])
    expect(after.stdout).toBe(report.stdout)
  })
})
