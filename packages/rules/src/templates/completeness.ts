import type { TiendoIssue } from '@tiendo/schema'
import { packIssue } from '../issues'
import { readIdList } from '../params'
import type { TemplateDefinition } from './definition'

/**
 * `completeness`: every unit in scope reported each of `indicators` for the period. Each
 * indicator is one condition named after it, so `{failed}` lists those not reported.
 */
export const completenessTemplate: TemplateDefinition = {
  name: 'completeness',
  params: { indicators: { kind: 'id_list', required: true } },
  check(params, _rule, pack, path) {
    const issues: TiendoIssue[] = []
    for (const [index, indicator] of (readIdList(params.indicators) ?? []).entries()) {
      if (!pack.indicators.has(indicator)) {
        const at = Array.isArray(params.indicators) ? [index] : []
        issues.push(
          packIssue('unknown_indicator', [...path, 'params', 'indicators', ...at], { indicator }),
        )
      }
    }
    return issues
  },
  expand(params) {
    const indicators = readIdList(params.indicators) ?? []
    return {
      conditions: {
        all: indicators.map((indicator) => ({
          fact: 'reported',
          params: { indicator },
          operator: 'equal',
          value: true,
          name: indicator,
        })),
      },
      message: {
        vi: '{unit_name} ({unit}) chưa báo cáo {failed} cho kỳ {period}.',
        en: '{unit_name} ({unit}) has not reported {failed} for {period}.',
      },
    }
  },
}
