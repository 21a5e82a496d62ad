import type { TiendoIssue, Unit } from '@tiendo/schema'
import type { CompiledRule } from '../compile/compiled'
import type { FactSource } from '../fact-source'
import { packIssue } from '../issues'
import type { RuleOutcome } from './outcome'
import type { PeriodWindow } from './plan-scopes'
import { periodsOf, unitsOf } from './plan-scopes'
import { unitNotFound } from './skip'

/**
 * The rules' scopes gathered per unit × period (a group), and the results they fill. Flat
 * arrays rather than an object per group: a national evaluation plans millions of scopes.
 * @internal
 */
export interface ScopePlan {
  /** The unit and period of each group, in order of first appearance (rule, period, unit). */
  readonly units: Unit[]
  readonly periods: string[]
  /** Group `g`'s entries are `starts[g]` up to `starts[g + 1]`. */
  readonly starts: Int32Array
  /** Per entry, the rule (its index) evaluated in the group, and where its result goes. */
  readonly entryRules: Int32Array
  readonly entryResults: Int32Array
  /** Every result, rule by rule, scope by scope; scopes naming no unit are filled already. */
  readonly results: RuleOutcome[]
  readonly issues: TiendoIssue[]
}

/**
 * Plans every rule's scopes and gathers them per unit × period, so each scope's facts are
 * computed once and all its rules run together. A unit a source lists twice in a period is
 * one scope.
 * @internal
 */
export function groupScopes(
  rules: readonly CompiledRule[],
  source: FactSource,
  window: PeriodWindow & { readonly units?: ((unit: Unit) => boolean) | undefined },
): ScopePlan {
  const accepts = window.units
  const issues: TiendoIssue[] = []
  // First the units of every rule in every period (lists the source keeps), to size the plan.
  const lists: { rule: number; period: string; units: readonly (Unit | string)[] }[] = []
  let size = 0
  for (let ruleIndex = 0; ruleIndex < rules.length; ruleIndex++) {
    const rule = rules[ruleIndex]!
    const periods = periodsOf(rule, source, window)
    if (periods === undefined) {
      // Nothing names a period (an empty submission): the rule is not evaluated, which is
      // told, but no data broke it, so it is no error.
      issues.push({ ...packIssue('no_periods', [], { rule: rule.id }), severity: 'warning' })
      continue
    }
    const first = lists.length
    for (const period of periods) {
      const units = unitsOf(rule, source, period)
      lists.push({ rule: ruleIndex, period, units })
      size += units.length
    }
    if (lists.slice(first).every((list) => list.units.length === 0)) {
      // A scope that matches nothing is most likely a misspelt kind: never stay silent.
      const span = periods.length === 0 ? '—' : `${periods[0]}–${periods.at(-1)}`
      issues.push({
        ...packIssue('no_scopes', [], { rule: rule.id, periods: span }),
        severity: 'warning',
      })
    }
    if (accepts !== undefined) {
      // Filtered after the warning: a rule of units outside the part asked for is not misspelt.
      for (let i = first; i < lists.length; i++) {
        const list = lists[i]!
        const kept = list.units.filter((unit) => typeof unit !== 'string' && accepts(unit))
        size -= list.units.length - kept.length
        list.units = kept
      }
    }
  }

  // Sized for the most groups there can be (fresh memory is costly), trimmed after.
  const units: Unit[] = new Array(size)
  const periods: string[] = new Array(size)
  /** Per group, the last rule entered: entries come rule by rule. */
  const lastRule = new Int32Array(size)
  let groupCount = 0
  // Units numbered once for the evaluation; per period, each unit's group by that number.
  const unitIds = new Map<Unit, number>()
  const groupsByPeriod = new Map<string, number[]>()
  const entryGroup = new Int32Array(size)
  const entryRule = new Int32Array(size)
  const entryResult = new Int32Array(size)
  let entries = 0
  const results: RuleOutcome[] = new Array(size)
  let filled = 0
  for (const { rule: ruleIndex, period, units: list } of lists) {
    const rule = rules[ruleIndex]!
    let groups = groupsByPeriod.get(period)
    if (groups === undefined) {
      groups = []
      groupsByPeriod.set(period, groups)
    }
    for (let i = 0; i < list.length; i++) {
      const unit = list[i]!
      if (typeof unit === 'string') {
        results[filled++] = {
          ruleId: rule.id,
          unit,
          period,
          outcome: 'skipped',
          skipReason: unitNotFound(unit, period),
          severity: rule.severity,
          conditions: [],
          missing: [],
        }
        continue
      }
      let id = unitIds.get(unit)
      if (id === undefined) {
        id = unitIds.size
        unitIds.set(unit, id)
      }
      let group = groups[id]
      if (group === undefined) {
        group = groupCount++
        groups[id] = group
        units[group] = unit
        periods[group] = period
        lastRule[group] = ruleIndex
      } else if (lastRule[group] === ruleIndex) {
        continue
      } else {
        lastRule[group] = ruleIndex
      }
      entryGroup[entries] = group
      entryRule[entries] = ruleIndex
      entryResult[entries] = filled++
      entries++
    }
  }
  // A unit a source listed twice left a slot unused; units in several rules, fewer groups.
  if (filled < size) results.length = filled
  units.length = groupCount
  periods.length = groupCount
  // Entries per group, in the order rules listed them (a counting sort, stable).
  const starts = new Int32Array(units.length + 1)
  for (let i = 0; i < entries; i++) starts[entryGroup[i]! + 1]!++
  for (let g = 0; g < units.length; g++) starts[g + 1]! += starts[g]!
  const next = starts.slice(0, units.length)
  const entryRules = new Int32Array(entries)
  const entryResults = new Int32Array(entries)
  for (let i = 0; i < entries; i++) {
    const at = next[entryGroup[i]!]!++
    entryRules[at] = entryRule[i]!
    entryResults[at] = entryResult[i]!
  }
  return { units, periods, starts, entryRules, entryResults, results, issues }
}
