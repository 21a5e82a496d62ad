import type { Pack, Rule } from '@tiendo/schema'
import type { CompileOptions } from '../compile/compile-pack'
import { compilePack } from '../compile/compile-pack'
import type { EvaluateOptions } from '../evaluate/evaluate'
import { evaluate } from '../evaluate/evaluate'
import type { Evaluation, RuleOutcome } from '../evaluate/outcome'
import type { FactSource } from '../fact-source'
import { pack } from './fixtures'

/** Compiles rules into the fixture pack, throwing on pack issues (tests of evaluation). */
export function compileRules(rules: Rule[], extra: Partial<Pack> = {}, options?: CompileOptions) {
  const compiled = compilePack(pack(rules, extra), options)
  if (!compiled.ok) throw new Error(JSON.stringify(compiled.issues, null, 2))
  return compiled.pack
}

/** Compiles and evaluates rules over a source. */
export function run(
  rules: Rule[],
  source: FactSource,
  options?: EvaluateOptions,
  extra?: Partial<Pack>,
): Promise<Evaluation> {
  return evaluate(compileRules(rules, extra), source, options)
}

/** The one result of a unit and period. */
export function resultOf(evaluation: Evaluation, unit: string, period: string): RuleOutcome {
  const found = evaluation.results.filter((r) => r.unit === unit && r.period === period)
  if (found.length !== 1) throw new Error(`${found.length} results for ${unit} ${period}`)
  return found[0]!
}

/** The issues of a pack that fails to compile, as code and JSON Pointer. */
export function packProblems(rules: Rule[], extra: Partial<Pack> = {}, options?: CompileOptions) {
  const compiled = compilePack(pack(rules, extra), options)
  if (compiled.ok) throw new Error('the pack compiled')
  return compiled.issues.map((issue) => `${issue.code} ${issue.location?.path ?? ''}`)
}
