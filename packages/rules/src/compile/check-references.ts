/**
 * The checks of what a pack's units and targets name, made when the pack loads: a unit's
 * `parent` and `successors`, a target's `indicator` and `unit` must exist. Without them a
 * typo is silent — a commune left out of its province's totals, a merger never carried, a
 * target never assessed — so each is refused where it is written. @internal
 */

import { createUnitRegistry } from '@tiendo/core'
import type { Pack, TiendoIssue } from '@tiendo/schema'
import { closestId } from '@tiendo/schema/internal'
import { packIssue } from '../issues'

/** @internal */
export function checkReferences(pack: Pack): TiendoIssue[] {
  const units = pack.units ?? []
  const registry = createUnitRegistry(units)
  // A bare code names any unit with it; `code@YYYY-MM-DD` the one starting that day.
  const names = (ref: string) =>
    ref.includes('@') ? registry.get(ref) !== undefined : registry.withCode(ref).length > 0
  const issues: TiendoIssue[] = []
  units.forEach((unit, i) => {
    if (unit.parent !== undefined && !names(unit.parent)) {
      issues.push(packIssue('unknown_unit_ref', ['units', i, 'parent'], { ref: unit.parent }))
    }
    // The registry links each successor it resolves (a bare code: the unit with that code
    // valid the day after this one ends); one it does not link names no unit.
    const links = registry.successors(unit)
    ;(unit.successors ?? []).forEach((successor, k) => {
      const ref = successor.unit
      const linked = links.some(
        (link) => link.key === ref || (!ref.includes('@') && link.unit.code === ref),
      )
      if (!linked) {
        issues.push(
          packIssue('unknown_successor', ['units', i, 'successors', k, 'unit'], {
            ref,
            after: unit.validTo ?? '',
          }),
        )
      }
    })
  })
  // A kind no unit has, one letter or two from a kind units have, is a typo: the rule or
  // target would quietly apply to nothing. (A kind far from every one is left alone: a
  // national pack's rules may name kinds a province's pack does not list.)
  const kinds = new Set(units.map((unit) => unit.kind))
  const checkKind = (kind: string, path: (string | number)[]) => {
    if (kinds.has(kind)) return
    const near = closestId(kind, kinds)
    if (near !== undefined) issues.push(packIssue('unknown_unit_kind', path, { kind, near }))
  }
  ;(pack.rules ?? []).forEach((rule, r) => {
    const scope = 'scope' in rule ? rule.scope : undefined
    scope?.unitKinds?.forEach((kind, k) => {
      checkKind(kind, ['rules', r, 'scope', 'unitKinds', k])
    })
  })
  ;(pack.targets ?? []).forEach((target, t) => {
    if (target.unitKind !== undefined) checkKind(target.unitKind, ['targets', t, 'unitKind'])
  })
  const indicators = new Set((pack.indicators ?? []).map((indicator) => indicator.id))
  ;(pack.targets ?? []).forEach((target, t) => {
    if (!indicators.has(target.indicator)) {
      issues.push(
        packIssue('unknown_indicator', ['targets', t, 'indicator'], {
          indicator: target.indicator,
        }),
      )
    }
    if (target.unit !== undefined && !names(target.unit)) {
      issues.push(packIssue('unknown_unit_ref', ['targets', t, 'unit'], { ref: target.unit }))
    }
  })
  return issues
}
