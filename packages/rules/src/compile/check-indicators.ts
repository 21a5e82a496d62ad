/**
 * The checks of a pack's indicators and composites that derivation relies on, made when
 * the pack loads: a ratio of sums names its parts, every indicator an aggregation, a carry
 * rule or a composite reads exists. @internal
 */

import type { Pack, TiendoIssue } from '@tiendo/schema'
import { packIssue } from '../issues'

/** @internal */
export function checkIndicators(pack: Pack): TiendoIssue[] {
  const issues: TiendoIssue[] = []
  const known = new Set((pack.indicators ?? []).map((indicator) => indicator.id))
  const mustExist = (id: string, path: (string | number)[]) => {
    if (!known.has(id)) issues.push(packIssue('unknown_indicator', path, { indicator: id }))
  }
  ;(pack.indicators ?? []).forEach((indicator, i) => {
    const at = ['indicators', i]
    const { aggregation, derivation, carry } = indicator
    const ratio = derivation?.kind === 'ratio' ? derivation : undefined
    if (aggregation.method === 'ratio_of_sums' && ratio === undefined) {
      issues.push(
        packIssue('ratio_without_parts', [...at, 'aggregation', 'method'], {
          indicator: indicator.id,
        }),
      )
    }
    if (aggregation.method === 'weighted_mean') {
      mustExist(aggregation.weight, [...at, 'aggregation', 'weight'])
    }
    if (ratio !== undefined) {
      mustExist(ratio.numerator, [...at, 'derivation', 'numerator'])
      mustExist(ratio.denominator, [...at, 'derivation', 'denominator'])
    }
    if (carry === 'ratio' && ratio === undefined) {
      issues.push(
        packIssue('carry_needs', [...at, 'carry'], {
          rule: carry,
          indicator: indicator.id,
          needs_vi: 'tử số và mẫu số (`derivation: ratio`)',
          needs_en: 'a numerator and a denominator (`derivation: ratio`)',
        }),
      )
    }
    if (carry === 'weighted_mean' && aggregation.method !== 'weighted_mean') {
      issues.push(
        packIssue('carry_needs', [...at, 'carry'], {
          rule: carry,
          indicator: indicator.id,
          needs_vi: 'chỉ tiêu quyền số (`aggregation: { method: weighted_mean, weight }`)',
          needs_en: 'a weight indicator (`aggregation: { method: weighted_mean, weight }`)',
        }),
      )
    }
  })
  ;(pack.composites ?? []).forEach((composite, c) => {
    const at = ['composites', c]
    mustExist(composite.indicator, [...at, 'indicator'])
    const indices = new Set<string>()
    composite.indices.forEach((index, i) => {
      indices.add(index.id)
      if (index.indicator !== undefined)
        mustExist(index.indicator, [...at, 'indices', i, 'indicator'])
      index.components.forEach((component, k) => {
        mustExist(component.indicator, [...at, 'indices', i, 'components', k, 'indicator'])
      })
    })
    ;(composite.pillars ?? []).forEach((pillar, p) => {
      if (pillar.indicator !== undefined)
        mustExist(pillar.indicator, [...at, 'pillars', p, 'indicator'])
      pillar.indices.forEach((id, k) => {
        if (!indices.has(id)) {
          issues.push(
            packIssue('unknown_composite_index', [...at, 'pillars', p, 'indices', k], {
              index: id,
            }),
          )
        }
      })
    })
  })
  return issues
}
