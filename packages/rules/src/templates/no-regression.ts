import { packIssue } from '../issues'
import type { TemplateDefinition } from './definition'
import { indicatorName } from './text'

/**
 * `no_regression`: an indicator does not move the wrong way from one period to the next —
 * it does not fall when higher is better, nor rise when lower is. The direction is the
 * indicator's unless `direction` says; `offset` compares with an earlier period than the one
 * before (default -1).
 */
export const noRegressionTemplate: TemplateDefinition = {
  name: 'no_regression',
  params: {
    indicator: { kind: 'indicator', required: true },
    direction: { kind: 'enum', values: ['increase', 'decrease'] },
    offset: { kind: 'int', min: -100, max: -1 },
  },
  check(params, _rule, pack, path) {
    if (params.direction !== undefined) return []
    const indicator = pack.indicators.get(String(params.indicator))
    if (indicator === undefined || indicator.direction !== 'target_band') return []
    return [
      packIssue('indicator_direction', [...path, 'params', 'indicator'], {
        owner: 'template `no_regression`',
        indicator: indicator.id,
        direction: indicator.direction,
      }),
    ]
  },
  expand(params, _rule, pack) {
    const indicator = String(params.indicator)
    const direction = params.direction ?? pack.indicators.get(indicator)?.direction
    const rising = direction !== 'decrease'
    const offset = typeof params.offset === 'number' ? params.offset : -1
    const name = indicatorName(pack, indicator)
    return {
      conditions: {
        all: [
          {
            fact: 'value',
            params: { indicator },
            operator: rising ? 'decimalGte' : 'decimalLte',
            value: { fact: 'value', params: { indicator, offset } },
          },
        ],
      },
      message: rising
        ? {
            vi: `{unit_name} ({unit}): ${name.vi} giảm từ {expected:value} xuống {fact:value} trong kỳ {period}.`,
            en: `{unit_name} ({unit}): ${name.en} fell from {expected:value} to {fact:value} in {period}.`,
          }
        : {
            vi: `{unit_name} ({unit}): ${name.vi} tăng từ {expected:value} lên {fact:value} trong kỳ {period}.`,
            en: `{unit_name} ({unit}): ${name.en} rose from {expected:value} to {fact:value} in {period}.`,
          },
    }
  },
}
