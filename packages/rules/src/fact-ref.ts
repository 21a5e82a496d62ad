import type { FactParams } from './facts/definition'

/** A fact as a condition names it: its name, parameters and optional `path`. */
export interface FactReference {
  readonly fact: string
  readonly params: FactParams
  readonly path?: string | undefined
}

/** A fact reference of a compiled pack, with its cache key computed once. @internal */
export interface CompiledFactRef extends FactReference {
  /** The cache key of the fact and its parameters (the path applies after). */
  readonly key: string
  /** Its place in the pack's list of inputs. */
  readonly index: number
}

/** The cache key of a fact and its parameters. @internal */
export function factKey(fact: string, params: FactParams | undefined): string {
  return `${fact}\u0001${params === undefined ? '{}' : JSON.stringify(params)}`
}
