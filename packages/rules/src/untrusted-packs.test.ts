// Packs come from other provinces: they are untrusted input. Each hostile pack here must be
// refused with a clear issue (code, JSON Pointer, both languages), never run code, never
// pollute prototypes, and never throw.
import type { Rule, TiendoIssue } from '@tiendo/schema'
import { afterEach, describe, expect, it } from 'vitest'
import { pack } from './__tests__/fixtures'
import { compilePack } from './compile/compile-pack'
import { plainPathResolver } from './path-resolver'
import type { ResolveOptions } from './resolve-pack'
import { resolvePack } from './resolve-pack'

/** A pack as a province would send it: JSON text, so `__proto__` keys are own properties. */
const fromJson = (text: string): unknown => JSON.parse(text)

const rule = (conditions: unknown, extra: Record<string, unknown> = {}) =>
  ({
    id: 'r',
    severity: 'error',
    message: { vi: 'Lỗi {unit}', en: 'Error {unit}' },
    conditions,
    ...extra,
  }) as Rule
const gte = (extra: Record<string, unknown> = {}) => ({
  fact: 'value',
  params: { indicator: 'households' },
  operator: 'decimalGte',
  value: '1',
  ...extra,
})

/** A loader with a fixed set of packs, that never reads through a prototype. */
const loaderOf =
  (packs: Record<string, unknown>): ResolveOptions['load'] =>
  (ref) =>
    Object.hasOwn(packs, ref) ? packs[ref] : undefined

const minimal = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  version: '1.0.0',
  title: { vi: id, en: id },
  ...extra,
})

/** Compiles after resolving, as the CLI does; the issues when either step refuses. */
async function refuse(input: unknown, load = loaderOf({})): Promise<readonly TiendoIssue[]> {
  const resolved = await resolvePack(input, { load, ref: 'hostile.json' })
  if (!resolved.ok) return resolved.issues
  const compiled = compilePack(resolved.pack)
  if (!compiled.ok) return compiled.issues
  throw new Error('the pack was accepted')
}

function expectClear(issues: readonly TiendoIssue[]) {
  expect(issues.length).toBeGreaterThan(0)
  for (const issue of issues) {
    expect(issue.code).toMatch(/^[a-z_]+$/)
    expect(issue.severity).toBe('error')
    expect(issue.message.vi.length).toBeGreaterThan(0)
    expect(issue.message.en.length).toBeGreaterThan(0)
    // A message quotes what it must, never a whole hostile string.
    expect(issue.message.en.length).toBeLessThan(5_000)
    expect(issue.message.vi.length).toBeLessThan(5_000)
    expect(issue.message.en).not.toMatch(/\n\s+at /)
  }
}

const prototypes = [Object.prototype, Array.prototype, Function.prototype]

afterEach(() => {
  // Nothing a pack holds may reach a shared prototype.
  for (const proto of prototypes) {
    expect(Object.hasOwn(proto, 'polluted')).toBe(false)
  }
  expect(({} as Record<string, unknown>).polluted).toBeUndefined()
})

describe('prototype keys', () => {
  it('refuses __proto__, constructor and prototype keys at the top of a pack', async () => {
    const issues = await refuse(
      fromJson(
        JSON.stringify(minimal('p')).replace(
          /^\{/,
          '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},',
        ),
      ),
    )
    expectClear(issues)
    expect(issues.map((issue) => issue.location?.path)).toEqual(
      expect.arrayContaining(['/__proto__', '/constructor']),
    )
  })

  it('refuses them inside indicators, params, unit attributes and messages', async () => {
    const base = pack([rule({ all: [gte()] })])
    const hostile = JSON.parse(JSON.stringify(base))
    const text = JSON.stringify(hostile)
      .replace('"direction":', '"__proto__":{"polluted":"yes"},"direction":')
      .replace(
        '"params":{"indicator":"households"}',
        '"params":{"indicator":"households","__proto__":{"polluted":"yes"}}',
      )
      .replace('"message":{', '"message":{"constructor":{"prototype":{"polluted":"yes"}},')
    const issues = await refuse(fromJson(text))
    expectClear(issues)
    const paths = issues.map((issue) => issue.location?.path ?? '')
    expect(paths.some((path) => path.startsWith('/indicators/0'))).toBe(true)
    expect(paths.some((path) => path.includes('/params'))).toBe(true)
    expect(paths.some((path) => path.startsWith('/rules/0/message'))).toBe(true)
  })

  it('refuses reserved keys in free-form unit attributes, naming the key', async () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const text = JSON.stringify(pack([rule({ all: [gte()] })])).replace(
        '"kind":"country"',
        `"kind":"country","attributes":{"population":1,"${key}":{"polluted":"yes"}}`,
      )
      const issues = await refuse(fromJson(text))
      expectClear(issues)
      expect(issues.map((issue) => issue.location?.path)).toEqual([`/units/0/attributes/${key}`])
      // `constructor` is also a well-formed id, so it reads as a reserved id.
      expect(['key_reserved', 'id_reserved']).toContain(issues[0]?.code)
      expect(issues[0]?.hint?.en).toContain('`constructor`')
    }
  })

  it('names built-in names as unknown facts, operators, templates and placeholders', async () => {
    for (const name of ['constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf']) {
      const issues = [
        ...(await refuse(pack([rule({ all: [gte({ fact: name })] })]))),
        ...(await refuse(pack([rule({ all: [gte({ operator: name })] })]))),
        ...(await refuse(
          pack([{ id: 'r', severity: 'error', template: name, params: {} } as unknown as Rule]),
        )),
        ...(await refuse(
          pack([
            rule({ all: [gte()] }, { message: { vi: `{fact:${name}}`, en: `{fact:${name}}` } }),
          ]),
        )),
      ]
      expectClear(issues)
      expect(issues.length, name).toBeGreaterThanOrEqual(4)
    }
  })

  it('refuses fact paths that are expressions rather than plain property paths', async () => {
    for (const path of ['$..kind', '$[0]', "$.kind[?(@.x=='y')]", 'this.constructor', '$.a.b()']) {
      const issues = await refuse(
        pack([rule({ all: [{ fact: 'unit', path, operator: 'equal', value: 'x' }] })]),
      )
      expectClear(issues)
      expect(issues[0]?.location?.path, path).toBe('/rules/0/conditions/all/0/path')
    }
  })

  it('reads plain paths named after prototype members as missing, never through a prototype', () => {
    const unit = JSON.parse('{"kind":"commune","attributes":{"__proto__":{"polluted":"own"}}}')
    expect(plainPathResolver(unit, '$.constructor')).toBeUndefined()
    expect(plainPathResolver(unit, '$.constructor.prototype')).toBeUndefined()
    expect(plainPathResolver(unit, '$.__proto__')).toBeUndefined()
    expect(plainPathResolver(unit, '$.kind.length')).toBeUndefined()
    expect(plainPathResolver(unit, '$.toString')).toBeUndefined()
    // An own `__proto__` key from JSON is data like any other.
    expect(plainPathResolver(unit, '$.attributes.__proto__.polluted')).toBe('own')
  })
})

describe('extends', () => {
  it('names a cycle, a pack extending itself, and a chain too deep', async () => {
    const a = minimal('a', { extends: 'b.json' })
    const b = minimal('b', { extends: 'a.json' })
    const cycle = await refuse(a, loaderOf({ 'b.json': b, 'a.json': a }))
    expectClear(cycle)
    expect(cycle[0]?.code).toBe('extends_cycle')
    expect(cycle[0]?.message.en).toContain('a → b → a')

    const self = await refuse(
      minimal('s', { extends: 's.json' }),
      loaderOf({ 's.json': minimal('s', { extends: 's.json' }) }),
    )
    expect(self[0]?.code).toBe('extends_cycle')

    const chain: Record<string, unknown> = {}
    for (let i = 0; i < 1000; i++)
      chain[`p${i}.json`] = minimal(`p${i}`, { extends: `p${i + 1}.json` })
    const deep = await refuse(minimal('top', { extends: 'p0.json' }), loaderOf(chain))
    expectClear(deep)
    expect(deep[0]).toMatchObject({ code: 'extends_depth', location: { path: '/extends' } })
  })

  it('passes path injections to the loader as given, and reports what it refuses', async () => {
    const seen: string[] = []
    for (const ref of [
      '../../../etc/passwd',
      '/etc/passwd',
      'C:\\Windows\\win.ini',
      'file:///etc/passwd',
      'https://example.com/pack.json',
      '\u0000',
    ]) {
      const issues = await refuse(minimal('p', { extends: ref }), (asked) => {
        seen.push(asked)
        throw new Error('not allowed')
      })
      expectClear(issues)
      expect(issues[0]).toMatchObject({
        code: 'extends_load',
        location: { path: '/extends', file: 'hostile.json' },
      })
      expect(issues[0]?.message.en).toContain('not allowed')
    }
    // The refusal is the loader's; the pack cannot bypass it.
    expect(seen).toHaveLength(6)
  })

  it('refuses a loader result that is not a pack, or is the prototype itself', async () => {
    for (const loaded of [null, 42, 'text', [], Object.prototype, { __proto__: { id: 'x' } }]) {
      const issues = await refuse(minimal('p', { extends: 'x.json' }), () => loaded)
      expectClear(issues)
    }
  })
})

describe('size and shape', () => {
  it('refuses thousands of rules over the limit, by count, without compiling them', async () => {
    const rules = Array.from({ length: 10_001 }, (_, i) => rule({ all: [gte()] }, { id: `r${i}` }))
    const issues = await refuse(pack(rules))
    expectClear(issues)
    expect(issues.length).toBeLessThan(10)
    const limited = compilePack(pack(rules.slice(0, 300)), { maxRules: 200 })
    expect(limited.ok).toBe(false)
    if (!limited.ok) expect(limited.issues[0]?.code).toBe('too_many_rules')
  })

  it('refuses conditions nested too deep, however deep, without overflowing the stack', async () => {
    for (const depth of [33, 1_000, 100_000]) {
      let conditions: unknown = gte()
      for (let i = 0; i < depth; i++) conditions = { all: [conditions] }
      // Built as text, as a file would arrive: JSON.parse is iterative in V8.
      const text = `${'{"all":['.repeat(depth)}${JSON.stringify(gte())}${']}'.repeat(depth)}`
      const issues = await refuse(pack([rule(fromJson(text))]))
      expectClear(issues)
      expect(issues.length, String(depth)).toBeLessThan(10)
    }
  })

  it('refuses huge strings with a short message', async () => {
    const huge = 'x'.repeat(5_000_000)
    for (const hostile of [
      minimal('p', { title: { vi: huge, en: huge } }),
      minimal('p', { extends: huge }),
      minimal(huge),
      pack([rule({ all: [gte({ value: huge })] })]),
      pack([rule({ all: [gte()] }, { message: { vi: huge, en: huge } })]),
    ]) {
      expectClear(await refuse(hostile))
    }
  })

  it('refuses a pack that is not an object', async () => {
    for (const input of [null, undefined, 0, 'pack', [], [minimal('p')], true]) {
      expectClear(await refuse(input))
    }
  })

  it('refuses wide fan-out: an `all` with more children than allowed', async () => {
    const issues = await refuse(pack([rule({ all: Array.from({ length: 1_001 }, () => gte()) })]))
    expectClear(issues)
    expect(issues.length).toBeLessThan(10)
  })
})
