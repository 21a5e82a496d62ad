import type { TiendoIssue } from '@tiendo/schema'
import { PARTIAL_YEAR } from '../facts/quota-facts'
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
 *
 * `partialYear` says what a unit that existed for only part of a year must reach (a
 * province merged away on 30 June, the merged one from 1 July): `full` (the default) the
 * whole minimum, `prorate` the minimum times the share of the year it existed, `waive`
 * nothing: the rule is skipped for that unit and year.
 */
export const annualQuotaTemplate: TemplateDefinition = {
  name: 'annual_quota',
  params: {
    record: { kind: 'id' },
    statuses: { kind: 'id_list' },
    indicator: { kind: 'indicator' },
    min: { kind: 'decimal', min: 0 },
    partialYear: { kind: 'enum', values: PARTIAL_YEAR },
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
    const partial = typeof params.partialYear === 'string' ? params.partialYear : 'full'
    // `full` compares with the literal minimum, as it always has; the others ask the fact.
    const required =
      partial === 'full' ? min : { fact: 'quota_minimum', params: { min, partial_year: partial } }
    const requirement =
      partial === 'prorate'
        ? {
            vi: `yêu cầu ít nhất {expected:record_count} (${min} mỗi năm, tính theo thời gian đơn vị tồn tại trong năm)`,
            en: `the minimum is {expected:record_count} (${min} a year, in proportion to the time the unit existed)`,
          }
        : { vi: `yêu cầu ít nhất ${min} mỗi năm`, en: `the minimum is ${min} a year` }
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
              value: required,
            },
          ],
        },
        scope: { every: 'year' },
        message: {
          vi: `{unit_name} ({unit}) có {fact:record_count} bản ghi \`${kind}\` (trạng thái ${counted}) trong năm {period}; ${requirement.vi}.`,
          en: `{unit_name} ({unit}) has {fact:record_count} \`${kind}\` record(s) with status ${counted} in {period}; ${requirement.en}.`,
        },
      }
    }
    const indicator = String(params.indicator)
    const name = indicatorName(pack, indicator)
    const valueRequirement =
      partial === 'prorate'
        ? {
            vi: `yêu cầu ít nhất {expected:value} (${min} mỗi năm, tính theo thời gian đơn vị tồn tại trong năm)`,
            en: `at least {expected:value} is required (${min} a year, in proportion to the time the unit existed)`,
          }
        : { vi: `yêu cầu ít nhất ${min} mỗi năm`, en: `at least ${min} a year is required` }
    return {
      conditions: {
        all: [{ fact: 'value', params: { indicator }, operator: 'decimalGte', value: required }],
      },
      scope: { every: 'year' },
      message: {
        vi: `{unit_name} ({unit}): ${name.vi} năm {period} là {fact:value}; ${valueRequirement.vi}.`,
        en: `{unit_name} ({unit}): ${name.en} in {period} is {fact:value}; ${valueRequirement.en}.`,
      },
    }
  },
}
