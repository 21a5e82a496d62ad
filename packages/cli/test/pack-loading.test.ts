// How `--pack` files and their `extends` are read: confined to the pack's folder, resolved
// against the referring pack, never quoted, bounded in size; and problems located in the file
// that wrote them. In-process (`run` from source) with a temporary folder as `cwd`.
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BUILT_IN_PACK_IDS } from '@tiendo/packs'
import { MAX_PACK_FILE_BYTES } from '@tiendo/pipeline'
import { beforeAll, describe, expect, it } from 'vitest'
import { run } from '../src/index'

let root: string
const STACK_TRACE = /\n\s+at .+:\d+:\d+\)?/

async function tiendo(args: string[], cwd = root) {
  let stdout = ''
  let stderr = ''
  const code = await run(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    env: {},
    cwd,
  })
  expect(stderr + stdout).not.toMatch(STACK_TRACE)
  return { code, stdout, stderr }
}

const pack = (id: string, extra: Record<string, unknown> = {}) =>
  `${JSON.stringify({ id, version: '1.0.0', title: { vi: id, en: id }, ...extra }, null, 2)}\n`

const validate = (packRef: string, lang = 'en', cwd = root) =>
  tiendo(['validate', 'data.csv', '--pack', packRef, '--lang', lang, '--today', '2025-01-01'], cwd)

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'tiendo-packs-'))
  writeFileSync(join(root, 'data.csv'), 'indicator,unit,period,value\n')
  // province/main.json → ./parts/mid.json → ../base.json → ninh-thuan: nested relative refs.
  mkdirSync(join(root, 'province', 'parts'), { recursive: true })
  writeFileSync(join(root, 'province', 'main.json'), pack('main', { extends: './parts/mid.json' }))
  writeFileSync(
    join(root, 'province', 'parts', 'mid.json'),
    pack('mid', { extends: '../base.json' }),
  )
  writeFileSync(join(root, 'province', 'base.json'), pack('base', { extends: 'ninh-thuan' }))
  // A cycle across folders: loop/a.json → ./sub/b.json → ../a.json.
  mkdirSync(join(root, 'loop', 'sub'), { recursive: true })
  writeFileSync(join(root, 'loop', 'a.json'), pack('a', { extends: './sub/b.json' }))
  writeFileSync(join(root, 'loop', 'sub', 'b.json'), pack('b', { extends: '../a.json' }))
  // A secret beside, not below, the pack's folder, reached by ../ and by a symbolic link.
  writeFileSync(join(root, 'secret.json'), '{"password": "hunter2"}\n')
  mkdirSync(join(root, 'jail'))
  writeFileSync(join(root, 'jail', 'up.json'), pack('up', { extends: '../secret.json' }))
  symlinkSync(join(root, 'secret.json'), join(root, 'jail', 'link.json'))
  writeFileSync(join(root, 'jail', 'via-link.json'), pack('via-link', { extends: './link.json' }))
  writeFileSync(join(root, 'huge.json'), ' '.repeat(MAX_PACK_FILE_BYTES + 1))
  writeFileSync(join(root, 'pack.yaml'), 'id: x\n')
})

describe('extends', () => {
  it('resolves each relative extends against the folder of the pack naming it', async () => {
    const { code, stderr } = await validate('province/main.json')
    expect(stderr).toBe('')
    expect(code).toBe(0)
  })

  it('reports a cycle across folders, naming the packs and their files', async () => {
    const { code, stderr } = await validate('loop/a.json')
    expect(code).toBe(2)
    expect(stderr).toContain('in a cycle: a → b → a (loop/a.json → loop/sub/b.json → loop/a.json)')
    expect(stderr).toContain('loop/sub/b.json /extends')
  })

  it('refuses ../ and symbolic links out of the folder of the pack given, without reading them', async () => {
    for (const ref of ['jail/up.json', 'jail/via-link.json']) {
      const { code, stderr } = await validate(ref)
      expect(code, ref).toBe(2)
      expect(stderr).toContain('/extends')
      expect(stderr).toContain('points outside the folder of the pack given (jail)')
      expect(stderr).not.toContain('hunter2')
    }
  })

  it('lets the pack given on the command line be anywhere', async () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'tiendo-elsewhere-'))
    writeFileSync(join(elsewhere, 'data.csv'), 'indicator,unit,period,value\n')
    const { code, stderr } = await validate(join(root, 'province', 'main.json'), 'en', elsewhere)
    expect(stderr).toBe('')
    expect(code).toBe(0)
  })

  it('gives the reason a pack could not be loaded in Vietnamese, without English', async () => {
    const { code, stderr } = await validate('jail/up.json', 'vi')
    expect(code).toBe(2)
    expect(stderr).toContain('Không nạp được gói `../secret.json`')
    expect(stderr).toContain('trỏ ra ngoài thư mục của bộ quy tắc đã cho')
    expect(stderr).not.toMatch(/points|outside|folder|not found/)
  })
})

describe('pack files', () => {
  it('refuses a pack file over the size limit, naming the limit', async () => {
    const { code, stderr } = await validate('huge.json')
    expect(code).toBe(2)
    expect(stderr).toContain('over the 10 MB limit of pack files (10485760 bytes)')
  })

  it('reads only .json pack files', async () => {
    const { code, stderr } = await validate('pack.yaml')
    expect(code).toBe(2)
    expect(stderr).toContain('only pack files ending in .json are read')
    expect(stderr).not.toContain('id: x')
  })

  it('says a mistyped built-in id is no built-in pack, naming the nearest and every one', async () => {
    writeFileSync(join(root, 'typo.json'), pack('typo', { extends: 'vn-nationl' }))
    const { code, stderr } = await validate('typo.json')
    expect(code).toBe(2)
    expect(stderr).toContain(
      'no built-in pack is called `vn-nationl` (did you mean `vn-national`?)',
    )
    for (const id of BUILT_IN_PACK_IDS) expect(stderr).toContain(`\`${id}\``)
    const vi = await validate('typo.json', 'vi')
    expect(vi.stderr).toContain('không có bộ quy tắc dựng sẵn nào tên `vn-nationl`')
    // The same mistake in `--pack` itself.
    const given = await validate('ninh-thaun')
    expect(given.code).toBe(2)
    expect(given.stderr).toContain('(did you mean `ninh-thuan`?)')
  })

  it('refuses a key written twice, in the pack given and in a pack it extends', async () => {
    // A reviewer reads the first `severity`; JSON.parse keeps the last.
    const smuggled =
      '{"id": "dup", "version": "1.0.0", "title": {"vi": "x", "en": "x"},\n' +
      ' "rules": [{"id": "r", "severity": "error", "template": "completeness",\n' +
      '   "params": {"indicators": ["grdp"]}, "\\u0073everity": "info"}]}\n'
    writeFileSync(join(root, 'dup.json'), smuggled)
    const given = await validate('dup.json')
    expect(given.code).toBe(2)
    expect(given.stderr).toContain('dup.json:3:40 writes the key "severity" twice in one object')
    expect(given.stderr).toContain('(/rules/0/severity; first on line 2)')
    writeFileSync(join(root, 'child-of-dup.json'), pack('child-of-dup', { extends: './dup.json' }))
    const extended = await validate('child-of-dup.json', 'vi')
    expect(extended.code).toBe(2)
    expect(extended.stderr).toContain('ghi khóa "severity" hai lần trong cùng một đối tượng')
  })

  it('says "1 problem" and "2 problems"', async () => {
    writeFileSync(join(root, 'one.json'), pack('one', { extends: './nowhere.json' }))
    expect((await validate('one.json')).stderr).toContain('is not valid (1 problem):')
    writeFileSync(join(root, 'two.json'), pack('two', { version: 'x', methodology: 'magic' }))
    expect((await validate('two.json')).stderr).toContain('is not valid (2 problems):')
  })

  it('locates a problem found after merging in the file and at the index that wrote it', async () => {
    writeFileSync(
      join(root, 'province', 'child.json'),
      pack('child', {
        extends: './base.json',
        rules: [
          {
            id: 'typo',
            severity: 'error',
            template: 'bounds',
            params: { indicator: 'no_such_indicator' },
          },
        ],
      }),
    )
    const { code, stderr } = await validate('province/child.json')
    expect(code).toBe(2)
    expect(stderr).toContain('province/child.json /rules/0/params/indicator')
    expect(stderr).toContain('`rules[0].params.indicator`')
    expect(stderr).not.toMatch(/rules\/[1-9]|rules\[[1-9]/)
  })
})
