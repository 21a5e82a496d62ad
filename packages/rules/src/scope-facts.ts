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

/** Cache keys of the parameter objects facts ask each other with: they repeat every scope. */
const keys = new WeakMap<FactParams, { readonly name: string; readonly key: string }>()

/** The cache key of a fact and its parameters, remembered per parameters object. */
function keyOf(name: string, params: FactParams | undefined): string {
  if (params === undefined) return factKey(name, params)
  const known = keys.get(params)
  if (known !== undefined && known.name === name) return known.key
  const key = factKey(name, params)
  keys.set(params, { name, key })
  return key
}

/**
 * The facts of one scope (a unit and a period), computed when first asked for and cached,
 * so a fact several rules or conditions use is computed once. One instance serves scope after
 * scope of an evaluation ({@link ScopeFacts.moveTo}): per scope nothing is allocated but the
 * values themselves.
 * @internal
 */
export class ScopeFacts implements FactContext {
  /**
   * Every fact (name and parameters) asked for during the evaluation, numbered: the number
   * stays, the value is the current scope's while its stamp is. Nothing to clear per scope.
   */
  private readonly keys = new Map<string, number>()
  private readonly values: unknown[] = []
  private readonly valueStamps: number[] = []
  /** Values of a pack's numbered inputs, path applied, current while `inputStamps[i]` is. */
  private readonly inputs: unknown[] = []
  private readonly inputStamps: number[] = []
  /** Per input, the number of its fact (name and parameters) among `keys`. */
  private readonly inputKeys: number[] = []
  private generation = 0

  constructor(
    readonly source: FactSource,
    public unit: Unit,
    public period: string,
    readonly pack: PackIndex,
    readonly assess: Assess,
  ) {}

  /** Moves to another scope, forgetting every value of the one before. */
  moveTo(unit: Unit, period: string): void {
    this.unit = unit
    this.period = period
    this.generation++
  }

  /** A fact's value; `undefined` when missing. Throws a {@link FactError} if it fails. */
  fact(name: string, params: FactParams | undefined): unknown {
    return this.cached(keyOf(name, params), name, params)
  }

  private cached(key: string, name: string, params: FactParams | undefined): unknown {
    let id = this.keys.get(key)
    if (id === undefined) {
      id = this.keys.size
      this.keys.set(key, id)
    }
    return this.cachedAt(id, name, params)
  }

  private cachedAt(id: number, name: string, params: FactParams | undefined): unknown {
    if (this.valueStamps[id] === this.generation) return this.values[id]
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
    this.values[id] = value
    this.valueStamps[id] = this.generation
    return value
  }

  /**
   * A fact's value, read at its `path` when it has one. A compiled reference is read by its
   * number, so it must be one of this evaluation's pack.
   */
  read(ref: FactReference | CompiledFactRef): unknown {
    const index = (ref as Partial<CompiledFactRef>).index
    if (index === undefined) {
      return this.atPath(this.cached(factKey(ref.fact, ref.params), ref.fact, ref.params), ref)
    }
    if (this.inputStamps[index] === this.generation) return this.inputs[index]
    // The input's fact, by the number its key got the first time: no key to look up again.
    let id = this.inputKeys[index]
    if (id === undefined) {
      const key = (ref as CompiledFactRef).key
      id = this.keys.get(key)
      if (id === undefined) {
        id = this.keys.size
        this.keys.set(key, id)
      }
      this.inputKeys[index] = id
    }
    const value = this.atPath(this.cachedAt(id, ref.fact, ref.params), ref)
    this.inputs[index] = value
    this.inputStamps[index] = this.generation
    return value
  }

  private atPath(value: unknown, ref: FactReference): unknown {
    if (ref.path === undefined || value === null || typeof value !== 'object') return value
    return plainPathResolver(value, ref.path)
  }
}
