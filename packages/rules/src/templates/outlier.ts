import type { FactParams } from '../facts/definition'
import type { TemplateDefinition } from './definition'
import { decimalParam, indicatorName } from './text'

/**
 * `outlier`: an indicator's value is not more than `factor` times larger or smaller (default
 * 10) than the period before (or `offset` periods before). It catches `363.558` typed for
 * `363558`, a change by a factor of 1000.
 */
export const outlierTemplate: TemplateDefinition = {
  name: 'outlier',
  params: {
    indicator: { kind: 'indicator', required: true },
    factor: { kind: 'decimal', min: 1 },
    offset: { kind: 'int', min: -100, max: -1 },
  },
  expand(params, _rule, pack) {
    const indicator = String(params.indicator)
    const factor = params.factor === undefined ? '10' : decimalParam(params.factor)
    const name = indicatorName(pack, indicator)
    const factParams: FactParams =
      typeof params.offset === 'number' ? { indicator, offset: params.offset } : { indicator }
    return {
      conditions: {
        all: [
          {
            fact: 'change_factor',
            params: factParams,
            operator: 'decimalLte',
            value: factor,
          },
        ],
      },
      message: {
        vi: `{unit_name} ({unit}): ${name.vi} trong kỳ {period} thay đổi gấp {fact:change_factor} lần so với kỳ trước (ngưỡng ${factor}); hãy kiểm tra dấu thập phân và dấu phân cách hàng nghìn (\`363.558\` thay vì \`363558\`).`,
        en: `{unit_name} ({unit}): ${name.en} in {period} changed by a factor of {fact:change_factor} from the period before (limit ${factor}); check the decimal mark and thousands separators (\`363.558\` for \`363558\`).`,
      },
    }
  },
}
