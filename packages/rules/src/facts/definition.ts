import type { Unit } from '@tiendo/schema'
import type { FactSource } from '../fact-source'
import type { PackIndex, ParamSpecs } from '../params'
import type { Assess } from './assess'

/** The parameters of one use of a fact, as a condition writes them. */
export type FactParams = Readonly<Record<string, string | number | boolean>>

/** What a fact's value is: checked against the operators that compare it. */
export type FactValueKind = 'decimal' | 'text' | 'boolean' | 'object'

/** What a fact is computed in: one unit, one period, the pack and the data. @internal */
export interface FactContext {
  readonly source: FactSource
  readonly unit: Unit
  readonly period: string
  readonly pack: PackIndex
  /** The assessment progress facts use. */
  readonly assess: Assess
  /** Another fact of the same scope, through the scope's cache. */
  readonly fact: (name: string, params: FactParams) => unknown
}

/** A fact Tiendo computes per scope. @internal */
export interface FactDefinition {
  readonly name: string
  readonly params: ParamSpecs
  readonly returns: FactValueKind
  /** Whether the indicator it names must have direction `increase` or `decrease`. */
  readonly needsDirection?: boolean
  /** The value, or `undefined` when it is missing. */
  readonly compute: (context: FactContext, params: FactParams) => unknown
}
