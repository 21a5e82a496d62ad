import type { CompiledFactRef, FactReference } from '../fact-ref'
import { factKey } from '../fact-ref'

/**
 * The distinct fact references of a pack (fact, parameters and path), each compiled once
 * with its cache key and numbered: rules and the engine address them by number.
 * @internal
 */
export class InputTable {
  readonly refs: CompiledFactRef[] = []
  private readonly byKey = new Map<string, CompiledFactRef>()

  /** The compiled reference of a fact reference, added if new. */
  add(ref: FactReference): CompiledFactRef {
    const key = factKey(ref.fact, ref.params)
    const id = `${key}\u0001${ref.path ?? ''}`
    let compiled = this.byKey.get(id)
    if (compiled === undefined) {
      compiled = { ...ref, key, index: this.refs.length }
      this.byKey.set(id, compiled)
      this.refs.push(compiled)
    }
    return compiled
  }
}
