import { Engine, Rule } from 'json-rules-engine'
import type { CompiledFactRef } from '../fact-ref'
import type { FactParams } from '../facts/definition'
import { OPERATORS, UNSAFE_OPERATORS } from '../operators'
import { plainPathResolver } from '../path-resolver'
import type { ScopeFacts } from '../scope-facts'

/** A rule as an engine receives it: its conditions reading inputs by number. @internal */
export interface EngineRule {
  readonly id: string
  readonly conditions: object
}

/**
 * One json-rules-engine `Engine` for a pack, and the scope it is running. An engine keeps
 * its run state on itself, so a slot runs one scope at a time.
 * @internal
 */
export interface EngineSlot {
  readonly engine: Engine
  /** The facts of the scope being run. */
  scope: ScopeFacts | undefined
  /** Makes the engine hold exactly these rules for the next run. */
  readonly activate: (ids: readonly string[]) => void
}

/** A deep copy of plain JSON: the engine writes onto the conditions it is given. */
function copy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T
}

/**
 * Creates an engine for a pack: Tiendo's operators in, json-rules-engine's inexact numeric
 * ones out, one fact per fact name the pack compares, and each rule built once into a
 * json-rules-engine `Rule`. Per scope the engine holds only the rules that run there: a
 * rule is attached or detached as the scope requires (unchanged between scopes running the
 * same rules), never rebuilt.
 * @internal
 */
export function createEngineSlot(
  rules: readonly EngineRule[],
  inputs: readonly CompiledFactRef[],
): EngineSlot {
  const engine = new Engine([], {
    // Packs name known facts only (checked at load time); an unknown one is an error.
    allowUndefinedFacts: false,
    pathResolver: plainPathResolver,
  })
  for (const name of UNSAFE_OPERATORS.keys()) engine.removeOperator(name)
  for (const operator of OPERATORS.values()) engine.addOperator(operator.name, operator.evaluate)
  const built = new Map(
    rules.map((rule): [string, Rule] => [
      rule.id,
      new Rule({
        name: rule.id,
        event: { type: rule.id },
        conditions: copy(rule.conditions) as never,
      }),
    ]),
  )
  const attached = new Set<string>()
  const slot: EngineSlot = {
    engine,
    scope: undefined,
    activate(ids) {
      if (ids.length === attached.size && ids.every((id) => attached.has(id))) return
      const wanted = new Set(ids)
      for (const id of attached) {
        if (!wanted.has(id)) {
          engine.removeRule(built.get(id)!)
          attached.delete(id)
        }
      }
      for (const id of ids) {
        if (!attached.has(id)) {
          engine.addRule(built.get(id)!)
          attached.add(id)
        }
      }
    },
  }
  // Only the facts the pack compares: the engine hands each of its facts to every run.
  for (const name of new Set(inputs.map((input) => input.fact))) {
    // Conditions name inputs by number, read from the scope's cache (paths applied there);
    // the engine's own cache would hash the parameters on every call.
    engine.addFact(
      name,
      (params: FactParams) => slot.scope?.read(inputs[params.input as number]!),
      {
        cache: false,
      },
    )
  }
  return slot
}
