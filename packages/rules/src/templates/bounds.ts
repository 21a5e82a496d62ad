import type { Condition } from '@tiendo/schema'
import { readDecimal } from '../decimal'
import { packIssue } from '../issues'
import type { TemplateDefinition } from './definition'
import { decimalParam, indicatorName } from './text'

/** The bounds a rule checks: its own `min`/`max`, else the indicator's. */
function boundsOf(
  params: Readonly<Record<string, unknown>>,
  bounds: { min?: string | number | undefined; max?: string | number | undefined } | undefined,
) {
  const min = params.min ?? bounds?.min
  const max = params.max ?? bounds?.max
  return {
    min: min === undefined ? undefined : decimalParam(min),
    max: max === undefined ? undefined : decimalParam(max),
  }
}

/**
 * `bounds`: an indicator's value lies within `min`–`max`, both inclusive; either defaults to
 * the indicator's own bounds (a percent lies in 0–100).
 */
export const boundsTemplate: TemplateDefinition = {
  name: 'bounds',
  params: {
    indicator: { kind: 'indicator', required: true },
    min: { kind: 'decimal' },
    max: { kind: 'decimal' },
  },
  check(params, _rule, pack, path) {
    const { min, max } = boundsOf(params, pack.indicators.get(String(params.indicator))?.bounds)
    if (min === undefined && max === undefined) {
      return [
        packIssue('template_params', [...path, 'params'], {
          template: 'bounds',
          reason_vi: 'cần `min` hoặc `max`, mà chỉ tiêu không có `bounds`',
          reason_en: 'needs `min` or `max`, and the indicator has no `bounds`',
          hint_vi: 'Thêm `min` và/hoặc `max` vào tham số.',
          hint_en: 'Add `min` and/or `max` to the params.',
        }),
      ]
    }
    if (min !== undefined && max !== undefined && readDecimal(min)!.gt(readDecimal(max)!)) {
      return [
        packIssue('template_params', [...path, 'params', 'max'], {
          template: 'bounds',
          reason_vi: `có \`min\` (${min}) lớn hơn \`max\` (${max})`,
          reason_en: `has \`min\` (${min}) above \`max\` (${max})`,
          hint_vi: 'Đổi chỗ hoặc sửa `min` và `max`.',
          hint_en: 'Swap or correct `min` and `max`.',
        }),
      ]
    }
    return []
  },
  expand(params, _rule, pack) {
    const indicator = String(params.indicator)
    const { min, max } = boundsOf(params, pack.indicators.get(indicator)?.bounds)
    const name = indicatorName(pack, indicator)
    const condition: Condition =
      min !== undefined && max !== undefined
        ? { fact: 'value', params: { indicator }, operator: 'decimalBetween', value: [min, max] }
        : min !== undefined
          ? { fact: 'value', params: { indicator }, operator: 'decimalGte', value: min }
          : { fact: 'value', params: { indicator }, operator: 'decimalLte', value: max! }
    const range = `[${min ?? '−∞'}, ${max ?? '+∞'}]`
    return {
      conditions: { all: [condition] },
      message: {
        vi: `{unit_name} ({unit}): ${name.vi} là {fact:value} trong kỳ {period}, ngoài khoảng ${range}.`,
        en: `{unit_name} ({unit}): ${name.en} is {fact:value} in {period}, outside ${range}.`,
      },
    }
  },
}
