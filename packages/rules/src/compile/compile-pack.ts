import type { PlainRule, Rule, TiendoIssue } from '@tiendo/schema'
import { MAX_CONDITION_DEPTH, toTiendoIssues } from '@tiendo/schema'
import { safeParsePack } from '@tiendo/schema/internal'
import { engineConditions } from '../engine/engine-conditions'
import { EnginePool } from '../engine/engine-pool'
import { createEngineSlot } from '../engine/engine-slot'
import { expandTemplateAt } from '../expand-template'
import type { CompiledFactRef } from '../fact-ref'
import type { PackPath } from '../issues'
import { packIssue } from '../issues'
import { indexPack } from '../pack-index'
import type { PackIndex } from '../params'
import type { CompiledMessage } from '../placeholders'
import { parseMessage } from '../placeholders'
import type { Comparison } from './check-conditions'
import { checkConditions } from './check-conditions'
import { checkIndicators } from './check-indicators'
import { checkReferences } from './check-references'
import { checkTargetValues } from './check-target-values'
import type {
  CompiledComparison,
  CompiledPack,
  CompiledPackInternal,
  CompiledRuleInternal,
} from './compiled'
import { InputTable } from './input-table'

/** Limits on what a pack may ask of the engine. Packs are untrusted: each has a default. */
export interface CompileOptions {
  /** Most rules a pack may hold, after `extends` is resolved. Defaults to 10,000. */
  readonly maxRules?: number | undefined
  /** Most comparisons across all rules, after templates expand. Defaults to 100,000. */
  readonly maxConditions?: number | undefined
  /** Deepest nesting of `all`/`any`/`not`. Defaults to 32 (the schema's own limit). */
  readonly maxConditionDepth?: number | undefined
  /**
   * Most engines the pack runs at once when evaluations overlap; each evaluation uses one,
   * and further ones wait their turn. Defaults to 1: one engine per pack.
   */
  readonly maxEngines?: number | undefined
}

/** A compiled pack, or the problems that stop it compiling. */
export type CompileResult =
  | { readonly ok: true; readonly pack: CompiledPack }
  | { readonly ok: false; readonly issues: readonly TiendoIssue[] }

/** The facts a rule reads, each once, in the order its comparisons name them. */
function inputsOf(comparisons: readonly CompiledComparison[]): CompiledFactRef[] {
  const seen = new Set<CompiledFactRef>()
  for (const { left, right } of comparisons) {
    seen.add(left)
    if (right !== undefined) seen.add(right)
  }
  return [...seen]
}

function compileMessage(
  rule: PlainRule,
  comparisons: readonly Comparison[],
  path: PackPath,
  issues: TiendoIssue[],
): CompiledMessage {
  const facts = new Set(comparisons.map((comparison) => comparison.left.fact))
  const message: { vi: CompiledMessage['vi']; en: CompiledMessage['en'] } = { vi: [], en: [] }
  for (const lang of ['vi', 'en'] as const) {
    const parsed = parseMessage(rule.message[lang], facts)
    if ('error' in parsed) {
      issues.push(
        packIssue('unknown_placeholder', [...path, 'message', lang], {
          placeholder: parsed.error.placeholder,
        }),
      )
    } else {
      message[lang] = parsed.parts
    }
  }
  return message
}

function compileRule(
  written: Rule,
  path: PackPath,
  pack: PackIndex,
  table: InputTable,
  maxDepth: number,
  issues: TiendoIssue[],
): CompiledRuleInternal | undefined {
  let plain: PlainRule
  if ('template' in written) {
    const expanded = expandTemplateAt(written, pack, path)
    if (!expanded.ok) {
      issues.push(...expanded.issues)
      return undefined
    }
    plain = expanded.rule
  } else {
    plain = written
  }
  // A template's own conditions are reported at the rule; written ones where they are.
  const root: PackPath = 'template' in written ? path : [...path, 'conditions']
  const checked = checkConditions(plain.conditions, root, pack)
  issues.push(...checked.issues)
  if (checked.depth > maxDepth) {
    issues.push(packIssue('condition_depth', root, { max: maxDepth }))
  }
  const message = compileMessage(plain, checked.comparisons, path, issues)
  const comparisons: CompiledComparison[] = checked.comparisons.map((comparison) => ({
    ...comparison,
    left: table.add(comparison.left),
    right: comparison.right === undefined ? undefined : table.add(comparison.right),
  }))
  return {
    id: plain.id,
    severity: plain.severity,
    missing: plain.missing ?? 'skip_if_any_missing',
    scope: plain.scope,
    template: 'template' in written ? written.template : undefined,
    rule: plain,
    inputs: inputsOf(comparisons),
    message,
    comparisons,
  }
}

/**
 * Compiles a resolved pack (see `resolvePack`): validates it against the schema, checks what
 * derivation relies on (a `ratio_of_sums` names its parts; aggregations, carry rules and
 * composites name indicators the pack has) and what targets set (met by some values within
 * their indicator's `bounds` and not by all, whole for an indicator of whole numbers), expands
 * its templates, and checks every fact, parameter, operator, value and message placeholder,
 * so a pack that compiles can only fail on data. Problems come back as issues with JSON
 * Pointer paths into the pack (`/rules/3/conditions/all/0/operator`), in both languages.
 * The compiled pack holds one json-rules-engine `Engine` with every rule added once.
 *
 * Nothing in a pack is ever executed: conditions are data for the engine, `path`s are plain
 * property paths, and only Tiendo's facts and operators exist.
 */
export function compilePack(input: unknown, options: CompileOptions = {}): CompileResult {
  const parsed = safeParsePack(input)
  if (!parsed.success) return { ok: false, issues: toTiendoIssues(parsed.error, { input }) }
  const pack = parsed.data
  if (pack.extends !== undefined || pack.remove !== undefined) {
    const at = pack.extends !== undefined ? 'extends' : 'remove'
    return { ok: false, issues: [packIssue('pack_not_resolved', [at])] }
  }
  const rules = pack.rules ?? []
  const maxRules = options.maxRules ?? 10_000
  if (rules.length > maxRules) {
    return {
      ok: false,
      issues: [packIssue('too_many_rules', ['rules'], { count: rules.length, max: maxRules })],
    }
  }
  const index = indexPack(pack)
  const issues: TiendoIssue[] = [
    ...checkIndicators(pack),
    ...checkReferences(pack),
    ...checkTargetValues(pack),
  ]
  const maxDepth = options.maxConditionDepth ?? MAX_CONDITION_DEPTH
  const table = new InputTable()
  const compiled = rules.flatMap((rule, i) => {
    const result = compileRule(rule, ['rules', i], index, table, maxDepth, issues)
    return result === undefined ? [] : [result]
  })
  const comparisons = compiled.reduce((sum, rule) => sum + rule.comparisons.length, 0)
  const maxConditions = options.maxConditions ?? 100_000
  if (comparisons > maxConditions) {
    issues.push(
      packIssue('too_many_conditions', ['rules'], { count: comparisons, max: maxConditions }),
    )
  }
  if (issues.length > 0) return { ok: false, issues }
  const engineRules = compiled.map((rule) => ({
    id: rule.id,
    conditions: engineConditions(rule.rule.conditions, rule.comparisons),
  }))
  const inputs = table.refs
  const engines = new EnginePool(
    () => createEngineSlot(engineRules, inputs),
    Math.max(1, Math.floor(options.maxEngines ?? 1)),
  )
  const ready: CompiledPackInternal = {
    id: pack.id,
    version: pack.version,
    title: pack.title,
    rules: compiled,
    index,
    inputs,
    engines,
  }
  return { ok: true, pack: ready }
}
