import type { Unit } from '@tiendo/schema'
import type { CompiledFactRef, FactReference } from './fact-ref'
import { factKey } from './fact-ref'
import type { FactSource } from './fact-source'
import type { Assess } from './facts/assess'
import { FACTS } from './facts/catalogue'
import type { FactContext, FactParams } from './facts/definition'
import type { PackIndex } from './params'
import { plainPathResolver } from './path-resolver'
import { unitKey } from './unit-validity'

/** A fact that threw while computing: names the fact, its parameters and the scope. */
export class FactError extends Error {
  override readonly name = 'FactError'
  constructor(
    readonly fact: string,
    readonly params: FactParams | undefined,
    readonly unit: string,
    readonly period: string,
    options: { cause: unknown },
  ) {
    const detail = options.cause instanceof Error ? options.cause.message : String(options.cause)
    super(
      `Fact \`${fact}\` ${JSON.stringify(params ?? {})} failed for unit \`${unit}\` in ${period}: ${detail}`,
      options,
    )
  }
}

/**
 * The facts of one scope (a unit and a period), computed when first asked for and cached,
 * so a fact several rules or conditions use is computed once.
 * @internal
 */
export class ScopeFacts implements FactContext {
  private readonly cache = new Map<string, unknown>()

  constructor(
    readonly source: FactSource,
    readonly unit: Unit,
    readonly period: string,
    readonly pack: PackIndex,
    readonly assess: Assess,
  ) {}

  /** A fact's value; `undefined` when missing. Throws a {@link FactError} if it fails. */
  fact(name: string, params: FactParams | undefined): unknown {
    return this.cached(factKey(name, params), name, params)
  }

  private cached(key: string, name: string, params: FactParams | undefined): unknown {
    const hit = this.cache.get(key)
    if (hit !== undefined || this.cache.has(key)) return hit
    const definition = FACTS.get(name)
    let value: unknown
    try {
      // Compiled packs name known facts only; an unknown one is missing, never a crash.
      value = definition?.compute(this, params ?? {})
    } catch (error) {
      throw error instanceof FactError
        ? error
        : new FactError(name, params, unitKey(this.unit), this.period, { cause: error })
    }
    this.cache.set(key, value)
    return value
  }

  /** A fact's value, read at its `path` when it has one. */
  read(ref: FactReference | CompiledFactRef): unknown {
    const key = 'key' in ref ? ref.key : factKey(ref.fact, ref.params)
    const value = this.cached(key, ref.fact, ref.params)
    if (ref.path === undefined || value === null || typeof value !== 'object') return value
    return plainPathResolver(value, ref.path)
  }
}
