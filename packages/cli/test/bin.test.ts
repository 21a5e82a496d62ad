import { spawn, spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

// The built executable, run as CI runs it.
const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url))

function tiendo(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', ...env },
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('tiendo (built)', () => {
  it('prints help with the exit codes and exits 0', () => {
    const { code, stdout } = tiendo(['--help', '--lang', 'en'])
    expect(code).toBe(0)
    expect(stdout).toContain('Usage: tiendo <command>')
    expect(stdout).toMatch(/schema\s+Print the JSON Schema/)
    expect(stdout).toContain('2  the command could not run')
  })

  it('speaks Vietnamese when the locale is Vietnamese', () => {
    const { stdout } = tiendo(['--help'], { LANG: 'vi_VN.UTF-8' })
    expect(stdout).toContain('Cách dùng: tiendo <command>')
  })

  it('gives every command a --help with an example', () => {
    const { code, stdout } = tiendo(['schema', '--help', '--lang', 'en'])
    expect(code).toBe(0)
    expect(stdout).toContain('Usage: tiendo schema')
    expect(stdout).toContain('Examples:\n  tiendo schema pack --output pack.schema.json')
  })

  it('prints the pack JSON Schema', () => {
    const { code, stdout } = tiendo(['schema', 'pack'])
    expect(code).toBe(0)
    const schema = JSON.parse(stdout)
    expect(schema.$id).toMatch(/pack\.schema\.json$/)
    expect(schema.required).toEqual(expect.arrayContaining(['id', 'version', 'title']))
  })

  it('exits 2 with a message and a hint, never a stack trace, on bad usage', () => {
    for (const args of [
      ['frobnicate'],
      ['schema', 'nonsense'],
      ['schema', '--bogus'],
      ['schema', '--output'],
    ]) {
      const { code, stderr, stdout } = tiendo([...args, '--lang', 'en'])
      expect(code, args.join(' ')).toBe(2)
      expect(stdout).toBe('')
      expect(stderr).toMatch(/^tiendo: error: /)
      expect(stderr).toContain('How to fix:')
      expect(stderr).not.toMatch(/\n\s+at /)
    }
    expect(tiendo(['schema', '--lang', 'fr']).code).toBe(2)
    const vi = tiendo(['frobnicate', '--lang', 'vi'])
    expect(vi.stderr).toContain('tiendo: lỗi: Không có lệnh `frobnicate`.')
  })

  it('names a mistyped option or command and the one meant, in the language asked', () => {
    const cases: Array<[string[], string]> = [
      [['validate', 'q3.csv', '--formt', 'json'], 'Did you mean `--format`?'],
      [['validate', 'q3.csv', '-h'], 'Did you mean `--help`?'],
      [['valdiate', 'q3.csv'], 'Did you mean `validate`?'],
      [['validate', 'q3.csv', '--format'], '`--format <pretty|json|junit|sarif|github|markdown>`'],
      [
        ['validate', 'q3.csv', '--format', '--output', 'x.json'],
        '`--format` of `tiendo validate` needs a value',
      ],
      [['validate', 'q3.csv', '--help=yes'], '`--help` of `tiendo validate` takes no value'],
      // A choice mistyped, or in capitals: the one meant.
      [['validate', 'q3.csv', '--format', 'jsn'], 'Did you mean `json`? Use one of: pretty'],
      [['validate', 'q3.csv', '--format', 'JSON'], 'Did you mean `json`?'],
      [['validate', 'q3.csv', '--format', 'xml'], 'How to fix: Use one of: pretty'],
    ]
    for (const [args, expected] of cases) {
      const { code, stderr } = tiendo([...args, '--lang', 'en'])
      expect(code, args.join(' ')).toBe(2)
      expect(stderr, args.join(' ')).toContain(expected)
    }
    // An option of other commands says whose it is.
    const failOn = tiendo(['evaluate', 'q3.csv', '--fail-on', 'off-track', '--lang', 'en'])
    expect(failOn.code).toBe(2)
    expect(failOn.stderr).toContain(
      '`--fail-on` is an option of tiendo assess, tiendo report; see `tiendo evaluate --help`.',
    )
    // Node's parser words these in English; a Vietnamese reader gets them in Vietnamese.
    const vi = tiendo(['validate', 'q3.csv', '--formt', 'json', '--lang', 'vi'])
    expect(vi.stderr).toBe(
      'tiendo: lỗi: `tiendo validate` không có tùy chọn `--formt`.\n  Cách sửa: Có phải là `--format`? Xem `tiendo validate --help`.\n',
    )
  })

  it('stops quietly, with its own exit code, when the reader closes the pipe (`| head`)', async () => {
    // A long listing: the reader goes away after its first bytes, as `head -c 1` does.
    const child = spawn(process.execPath, [bin, 'units', '--pack', 'vn-national', '--lang', 'en'], {
      env: { PATH: process.env.PATH ?? '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stderr = ''
    child.stderr.setEncoding('utf8').on('data', (text: string) => {
      stderr += text
    })
    child.stdout.once('data', () => child.stdout.destroy())
    const code = await new Promise((resolve) => child.on('close', resolve))
    expect(stderr).toBe('')
    expect(code).toBe(0)
  })

  it('takes the language before the command too', () => {
    const { code, stdout } = tiendo(['--lang', 'vi', '--help'])
    expect(code).toBe(0)
    expect(stdout).toContain('Cách dùng: tiendo <command>')
    expect(tiendo(['--lang=en', 'schema', 'record']).code).toBe(0)
  })

  it('exits 2 and shows help when no command is given', () => {
    const { code, stderr } = tiendo([], { LANG: 'C' })
    expect(code).toBe(2)
    expect(stderr).toContain('Usage: tiendo <command>')
  })
})

describe('npx tiendo', () => {
  // npm links `bin/tiendo.js` at install time, before anything is built; it runs the build.
  const linked = fileURLToPath(new URL('../../../node_modules/.bin/tiendo', import.meta.url))

  it('runs the built command through the executable npm links', () => {
    const result = spawnSync(linked, ['--help', '--lang', 'en'], { encoding: 'utf8' })
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('Usage: tiendo <command>')
  })
})
