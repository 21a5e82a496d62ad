import type { TiendoIssue, Unit } from '@tiendo/schema'
import type { CompiledRule } from '../compile/compiled'
import type { FactSource } from '../fact-source'
import { packIssue } from '../issues'
import type { RuleOutcome } from './outcome'
import type { PeriodWindow } from './plan-scopes'
import { planScopes } from './plan-scopes'
import { unitNotFound } from './skip'

/** One rule to evaluate in a scope, and where its result goes. @internal */
export interface Entry {
  readonly rule: number
  readonly position: number
}

/** A unit × period and the rules evaluated in it. @internal */
export interface Group {
  readonly unit: Unit
  readonly period: string
  readonly entries: Entry[]
}

/** The rules' scopes gathered per unit × period, and the slots their results fill. @internal */
export interface ScopePlan {
  /** In order of first appearance: rule by rule, period by period, unit by unit. */
  readonly groups: Group[]
  /** Per rule, one slot per scope; scopes naming no unit are filled already. */
  readonly results: RuleOutcome[][]
  readonly issues: TiendoIssue[]
}

/** A slot not yet filled; every slot is filled before results are returned. */
const UNSET = undefined as unknown as RuleOutcome

/**
 * Plans every rule's scopes and gathers them per unit × period, so each scope's facts are
 * computed once and all its rules run in one engine run.
 * @internal
 */
export function groupScopes(
  rules: readonly CompiledRule[],
  source: FactSource,
  window: PeriodWindow,
): ScopePlan {
  const groups: Group[] = []
  const byPeriod = new Map<string, Map<Unit, Group>>()
  const issues: TiendoIssue[] = []
  const results = rules.map((rule, ruleIndex) => {
    const plan = planScopes(rule, source, window)
    if ('issue' in plan) {
      issues.push(plan.issue)
      return []
    }
    // Filled (not `new Array(n)`): a large array of holes is slow to write into.
    if (plan.scopes.length === 0) {
      // A scope that matches nothing is most likely a misspelt kind: never stay silent.
      const periods = plan.periods.length === 0 ? '—' : `${plan.periods[0]}–${plan.periods.at(-1)}`
      issues.push({
        ...packIssue('no_scopes', [], { rule: rule.id, periods }),
        severity: 'warning',
      })
    }
    const slots: RuleOutcome[] = Array.from(plan.scopes, () => UNSET)
    plan.scopes.forEach((scope, position) => {
      if (scope.unit === undefined) {
        slots[position] = {
          ruleId: rule.id,
          unit: scope.ref,
          period: scope.period,
          outcome: 'skipped',
          skipReason: unitNotFound(scope.ref, scope.period),
          severity: rule.severity,
          conditions: [],
          missing: [],
        }
        return
      }
      let units = byPeriod.get(scope.period)
      if (units === undefined) {
        units = new Map()
        byPeriod.set(scope.period, units)
      }
      let group = units.get(scope.unit)
      if (group === undefined) {
        group = { unit: scope.unit, period: scope.period, entries: [] }
        units.set(scope.unit, group)
        groups.push(group)
      }
      group.entries.push({ rule: ruleIndex, position })
    })
    return slots
  })
  return { groups, results, issues }
}
