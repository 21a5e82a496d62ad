import { packIssue } from '../issues'
import type { PackIndex } from '../params'
import type { TemplateDefinition, TemplateExpansion } from './definition'
import { decimalParam, indicatorName } from './text'

/** The three checks, each by the parameters it takes. */
const SHAPES = {
  part_of: ['part', 'whole'],
  ratio: ['numerator', 'denominator'],
  children_sum: ['indicator'],
} as const

type Shape = keyof typeof SHAPES

function shapeOf(params: Readonly<Record<string, unknown>>): Shape[] {
  return (Object.keys(SHAPES) as Shape[]).filter((shape) =>
    SHAPES[shape].some((name) => params[name] !== undefined),
  )
}

function notAbove(
  pack: PackIndex,
  low: string,
  high: string,
  words: { vi: string; en: string },
): TemplateExpansion {
  const lowName = indicatorName(pack, low)
  const highName = indicatorName(pack, high)
  return {
    conditions: {
      all: [
        {
          fact: 'value',
          params: { indicator: low },
          operator: 'decimalLte',
          value: { fact: 'value', params: { indicator: high } },
        },
      ],
    },
    message: {
      vi: `{unit_name} ({unit}): ${lowName.vi} ({fact:value}) lớn hơn ${highName.vi} ({expected:value}) trong kỳ {period}, ${words.vi}.`,
      en: `{unit_name} ({unit}): ${lowName.en} ({fact:value}) exceeds ${highName.en} ({expected:value}) in {period}, ${words.en}.`,
    },
  }
}

/**
 * `consistency`: figures that must agree do. One of: a part does not exceed its whole
 * (`part`, `whole`); a numerator does not exceed its denominator (`numerator`,
 * `denominator`); the children of a unit sum to its value (`indicator`) within `tolerance`
 * (default 0), absolute or, with `relative: true`, a fraction of the unit's value.
 */
export const consistencyTemplate: TemplateDefinition = {
  name: 'consistency',
  params: {
    part: { kind: 'indicator' },
    whole: { kind: 'indicator' },
    numerator: { kind: 'indicator' },
    denominator: { kind: 'indicator' },
    indicator: { kind: 'indicator' },
    tolerance: { kind: 'decimal', min: 0 },
    relative: { kind: 'boolean' },
  },
  check(params, _rule, _pack, path) {
    const shapes = shapeOf(params)
    const shape = shapes[0]
    const complete = shape !== undefined && SHAPES[shape].every((n) => params[n] !== undefined)
    const extra =
      shape !== 'children_sum' && (params.tolerance !== undefined || params.relative !== undefined)
    if (shapes.length === 1 && complete && !extra) return []
    return [
      packIssue('template_params', [...path, 'params'], {
        template: 'consistency',
        reason_vi:
          'nhận đúng một dạng: `part` + `whole`, `numerator` + `denominator`, hoặc `indicator` (+ `tolerance`, `relative`)',
        reason_en:
          'takes exactly one form: `part` + `whole`, `numerator` + `denominator`, or `indicator` (+ `tolerance`, `relative`)',
        hint_vi: 'Ví dụ: `{ "indicator": "population", "tolerance": "0.5" }`.',
        hint_en: 'For example `{ "indicator": "population", "tolerance": "0.5" }`.',
      }),
    ]
  },
  expand(params, _rule, pack) {
    const [shape] = shapeOf(params)
    if (shape === 'part_of') {
      return notAbove(pack, String(params.part), String(params.whole), {
        vi: 'mà phần không thể lớn hơn tổng',
        en: 'but a part cannot exceed its whole',
      })
    }
    if (shape === 'ratio') {
      return notAbove(pack, String(params.numerator), String(params.denominator), {
        vi: 'mà tử số không thể lớn hơn mẫu số',
        en: 'but a numerator cannot exceed its denominator',
      })
    }
    const indicator = String(params.indicator)
    const tolerance = params.tolerance === undefined ? '0' : decimalParam(params.tolerance)
    const relative = params.relative === true
    const name = indicatorName(pack, indicator)
    const within = relative ? `${tolerance} (tương đối)` : tolerance
    const withinEn = relative ? `${tolerance} (relative)` : tolerance
    return {
      conditions: {
        all: [
          {
            fact: 'children_difference',
            params: relative ? { indicator, relative } : { indicator },
            operator: 'decimalLte',
            value: tolerance,
          },
        ],
      },
      message: {
        vi: `{unit_name} ({unit}): ${name.vi} của các đơn vị trực thuộc cộng lại lệch {fact:children_difference} so với giá trị của đơn vị trong kỳ {period}, vượt sai số cho phép ${within}.`,
        en: `{unit_name} ({unit}): the children’s ${name.en} add up to {fact:children_difference} away from the unit’s own value in {period}, beyond the tolerance of ${withinEn}.`,
      },
    }
  },
}
