import type { TiendoIssue } from '@tiendo/schema'
import type { PackPath } from '../issues'
import { packIssue } from '../issues'
import { readIdList } from '../params'
import type { TemplateDefinition } from './definition'
import { decimalParam, indicatorName, literal } from './text'

const refuse = (path: PackPath, vi: string, en: string, hintVi: string, hintEn: string) =>
  packIssue('template_params', path, {
    template: 'annual_quota',
    reason_vi: vi,
    reason_en: en,
    hint_vi: hintVi,
    hint_en: hintEn,
  })

/**
 * `annual_quota`: every unit in scope reaches a minimum every year — at least `min` (default
 * 1) records of kind `record` dated within the year with a status in `statuses` (default
 * `["completed"]`): the one-DX-product-a-year rule; or a value of `indicator` of at least
 * `min`. The scope steps by year.
 */
export const annualQuotaTemplate: TemplateDefinition = {
  name: 'annual_quota',
  params: {
    record: { kind: 'id' },
    statuses: { kind: 'id_list' },
    indicator: { kind: 'indicator' },
    min: { kind: 'decimal', min: 0 },
  },
  check(params, rule, _pack, path) {
    const issues: TiendoIssue[] = []
    if ((params.record === undefined) === (params.indicator === undefined)) {
      issues.push(
        refuse(
          [...path, 'params'],
          'cần đúng một trong `record` (đếm bản ghi) hoặc `indicator` (giá trị chỉ tiêu)',
          'needs exactly one of `record` (count records) or `indicator` (an indicator’s value)',
          'Ví dụ: `{ "record": "dx_product", "min": 1 }`.',
          'For example `{ "record": "dx_product", "min": 1 }`.',
        ),
      )
    }
    if (params.statuses !== undefined && params.record === undefined) {
      issues.push(
        refuse(
          [...path, 'params', 'statuses'],
          'chỉ dùng `statuses` khi đếm bản ghi (`record`)',
          'takes `statuses` only when counting records (`record`)',
          'Bỏ `statuses`.',
          'Remove `statuses`.',
        ),
      )
    }
    const scope = rule.scope
    const yearly =
      (scope?.every === undefined || scope.every === 'year') &&
      (scope?.periods ?? []).every((period) => /^\d{4}$/.test(period))
    if (!yearly) {
      issues.push(
        refuse(
          [...path, 'scope'],
          'đánh giá theo từng năm',
          'is evaluated year by year',
          'Bỏ `scope.every` (hoặc đặt `"year"`), và chỉ liệt kê năm trong `scope.periods`.',
          'Drop `scope.every` (or set it to `"year"`), and list only years in `scope.periods`.',
        ),
      )
    }
    return issues
  },
  expand(params, _rule, pack) {
    const min = params.min === undefined ? '1' : decimalParam(params.min)
    if (typeof params.record === 'string') {
      const statuses = readIdList(params.statuses) ?? ['completed']
      const kind = literal(params.record)
      const counted = statuses.map((status) => `\`${status}\``).join('/')
      return {
        conditions: {
          all: [
            {
              fact: 'record_count',
              params: { kind: params.record, status: statuses.join(',') },
              operator: 'decimalGte',
              value: min,
            },
          ],
        },
        scope: { every: 'year' },
        message: {
          vi: `{unit_name} ({unit}) có {fact:record_count} bản ghi \`${kind}\` (trạng thái ${counted}) trong năm {period}; yêu cầu ít nhất ${min} mỗi năm.`,
          en: `{unit_name} ({unit}) has {fact:record_count} \`${kind}\` record(s) with status ${counted} in {period}; the minimum is ${min} a year.`,
        },
      }
    }
    const indicator = String(params.indicator)
    const name = indicatorName(pack, indicator)
    return {
      conditions: {
        all: [{ fact: 'value', params: { indicator }, operator: 'decimalGte', value: min }],
      },
      scope: { every: 'year' },
      message: {
        vi: `{unit_name} ({unit}): ${name.vi} năm {period} là {fact:value}; yêu cầu ít nhất ${min} mỗi năm.`,
        en: `{unit_name} ({unit}): ${name.en} in {period} is {fact:value}; at least ${min} a year is required.`,
      },
    }
  },
}
