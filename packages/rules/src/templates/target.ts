import type { Comparator, RuleScope, TiendoIssue } from '@tiendo/schema'
import { ComparatorSchema } from '@tiendo/schema'
import { COMPARATOR_SIGNS } from '@tiendo/schema/internal'
import { targetFigureIssues } from '../compile/check-target-values'
import { packIssue } from '../issues'
import type { TemplateDefinition } from './definition'
import { decimalParam, indicatorName } from './text'

/** The decimal operator of each target comparator. @internal */
export const COMPARATOR_OPERATORS: Readonly<Record<Comparator, string>> = {
  gt: 'decimalGt',
  gte: 'decimalGte',
  lt: 'decimalLt',
  lte: 'decimalLte',
  eq: 'decimalEq',
  between: 'decimalBetween',
}

const INLINE = ['indicator', 'comparator', 'value', 'by'] as const

/**
 * `target`: an indicator meets its comparator by a period. Either names a pack target
 * (`{ "target": "des_2025" }`), whose unit (or unit kind) and `by` period become the scope,
 * or spells one out (`indicator`, `comparator`, `value`, `upper` for `between`, `by`).
 */
export const targetTemplate: TemplateDefinition = {
  name: 'target',
  params: {
    target: { kind: 'target' },
    indicator: { kind: 'indicator' },
    comparator: { kind: 'enum', values: ComparatorSchema.options },
    value: { kind: 'decimal' },
    upper: { kind: 'decimal' },
    by: { kind: 'period' },
  },
  check(params, rule, pack, path) {
    const issues: TiendoIssue[] = []
    const inline = INLINE.filter((name) => params[name] !== undefined)
    if (params.target !== undefined) {
      for (const name of [...inline, ...(params.upper === undefined ? [] : ['upper'])]) {
        issues.push(
          packIssue('template_params', [...path, 'params', name], {
            template: 'target',
            reason_vi: 'nêu `target` thì không nêu thêm tham số khác',
            reason_en: 'takes either `target` or the target spelled out, not both',
            hint_vi: `Bỏ \`${name}\`, hoặc bỏ \`target\`.`,
            hint_en: `Remove \`${name}\`, or remove \`target\`.`,
          }),
        )
      }
      return issues
    }
    for (const name of INLINE) {
      if (params[name] === undefined) {
        issues.push(
          packIssue('param_required', [...path, 'params', name], {
            owner: 'template `target`',
            name,
            expected_vi: 'hoặc nêu `target` là mã một mục tiêu của gói',
            expected_en: 'or give `target`, the id of a target of the pack',
          }),
        )
      }
    }
    const between = params.comparator === 'between'
    if (between !== (params.upper !== undefined)) {
      issues.push(
        packIssue('template_params', [...path, 'params', between ? 'comparator' : 'upper'], {
          template: 'target',
          reason_vi: 'cần `upper` khi và chỉ khi `comparator` là `between`',
          reason_en: 'needs `upper` exactly when `comparator` is `between`',
          hint_vi: between ? 'Thêm `upper`.' : 'Bỏ `upper`, hoặc dùng `comparator: between`.',
          hint_en: between ? 'Add `upper`.' : 'Remove `upper`, or use `comparator: between`.',
        }),
      )
    }
    // Spelled out, the target is checked against its indicator as a pack's targets are.
    const indicator = pack.indicators.get(String(params.indicator))
    if (issues.length > 0 || indicator === undefined) return issues
    const figures = {
      comparator: params.comparator as Comparator,
      value: params.value,
      upper: params.upper,
    }
    const owner = { vi: `quy tắc \`${rule.id}\``, en: `rule \`${rule.id}\`` }
    return targetFigureIssues(figures, indicator, [...path, 'params'], owner)
  },
  expand(params, _rule, pack) {
    const named = typeof params.target === 'string' ? pack.targets.get(params.target) : undefined
    const indicator = String(named?.indicator ?? params.indicator)
    const comparator = (named?.comparator ?? params.comparator) as Comparator
    const low = decimalParam(named?.value ?? params.value)
    const upperInput = named?.upper ?? params.upper
    const high = upperInput === undefined ? undefined : decimalParam(upperInput)
    const by = String(named?.by ?? params.by)
    const name = indicatorName(pack, indicator)
    const expected =
      high === undefined ? `${COMPARATOR_SIGNS[comparator]} ${low}` : `[${low}, ${high}]`
    const scope: RuleScope = {
      ...(named?.unit !== undefined ? { units: [named.unit] } : {}),
      ...(named?.unitKind !== undefined ? { unitKinds: [named.unitKind] } : {}),
      periods: [by],
    }
    return {
      conditions: {
        all: [
          {
            fact: 'value',
            params: { indicator },
            operator: COMPARATOR_OPERATORS[comparator],
            value: high === undefined ? low : [low, high],
          },
        ],
      },
      scope,
      message: {
        vi: `{unit_name} ({unit}): ${name.vi} đạt {fact:value} trong kỳ {period}, chưa đạt mục tiêu ${expected} đến ${by}.`,
        en: `{unit_name} ({unit}): ${name.en} is {fact:value} in {period} and does not meet the target ${expected} by ${by}.`,
      },
    }
  },
}
