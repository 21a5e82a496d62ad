import type { Indicator, MethodologyProfile, Target, TiendoIssue } from '@tiendo/schema'
import { PATTERNS, parsePeriod } from '@tiendo/schema'
import { isDecimalLike, readDecimal } from './decimal'
import type { PackPath } from './issues'
import { packIssue } from './issues'

/** The kinds of values a fact or template parameter takes. */
export type ParamKind =
  | 'indicator'
  | 'target'
  | 'id'
  | 'id_list'
  | 'int'
  | 'decimal'
  | 'boolean'
  | 'unit_ref'
  | 'period'
  | 'enum'

/** One parameter of a fact or a template. */
export interface ParamSpec {
  readonly kind: ParamKind
  /** Defaults to `false`. */
  readonly required?: boolean | undefined
  /** For `enum`: the values allowed. */
  readonly values?: readonly string[] | undefined
  /** For `int` and `decimal`: the smallest value allowed, inclusive. */
  readonly min?: number | undefined
  /** For `int`: the largest value allowed, inclusive. */
  readonly max?: number | undefined
}

/** The parameters of a fact or template, by name. */
export type ParamSpecs = Readonly<Record<string, ParamSpec>>

/** What parameters are checked against: the indicators and targets of the pack. @internal */
export interface PackIndex {
  readonly indicators: ReadonlyMap<string, Indicator>
  readonly targets: ReadonlyMap<string, Target>
  /** The pack's methodology profile, when it names one. */
  readonly methodology?: MethodologyProfile | undefined
}

const own = (object: object, key: string) => Object.hasOwn(object, key)

/**
 * A list of ids written as a list (`["completed", "in_progress"]`) or, where parameters
 * must be scalars (a fact's), as text separated by commas (`"completed,in_progress"`).
 * `undefined` when it is neither.
 * @internal
 */
export function readIdList(value: unknown): string[] | undefined {
  const items = typeof value === 'string' ? value.split(',').map((part) => part.trim()) : value
  if (!Array.isArray(items) || items.length === 0 || items.length > 1000) return undefined
  return items.every((item) => typeof item === 'string' && PATTERNS.id_syntax.test(item))
    ? (items as string[])
    : undefined
}

function expected(spec: ParamSpec): { vi: string; en: string } {
  switch (spec.kind) {
    case 'indicator':
      return { vi: 'mã một chỉ tiêu của gói', en: 'the id of an indicator of the pack' }
    case 'target':
      return { vi: 'mã một mục tiêu của gói', en: 'the id of a target of the pack' }
    case 'id':
      return { vi: 'một mã dạng snake_case', en: 'a snake_case id' }
    case 'id_list':
      return {
        vi: 'danh sách mã snake_case (hoặc chuỗi các mã cách nhau bởi dấu phẩy)',
        en: 'a list of snake_case ids (or text with ids separated by commas)',
      }
    case 'int': {
      const range = `${spec.min ?? '…'}–${spec.max ?? '…'}`
      return { vi: `một số nguyên trong khoảng ${range}`, en: `a whole number in ${range}` }
    }
    case 'decimal':
      return spec.min === undefined
        ? { vi: 'một số thập phân như `"20"`', en: 'a decimal such as `"20"`' }
        : {
            vi: `một số thập phân không nhỏ hơn ${spec.min}`,
            en: `a decimal no less than ${spec.min}`,
          }
    case 'boolean':
      return { vi: '`true` hoặc `false`', en: '`true` or `false`' }
    case 'unit_ref':
      return {
        vi: 'mã đơn vị như `58` hoặc `56@2025-07-01`',
        en: 'a unit code such as `58` or `56@2025-07-01`',
      }
    case 'period':
      return { vi: 'một kỳ như `2024` hoặc `2024-Q3`', en: 'a period such as `2024` or `2024-Q3`' }
    case 'enum': {
      const values = (spec.values ?? []).map((v) => `\`${v}\``).join(', ')
      return { vi: `một trong ${values}`, en: `one of ${values}` }
    }
  }
}

function fits(value: unknown, spec: ParamSpec): boolean {
  switch (spec.kind) {
    case 'indicator':
    case 'target':
    case 'id':
      return typeof value === 'string' && PATTERNS.id_syntax.test(value)
    case 'id_list':
      return readIdList(value) !== undefined
    case 'int':
      return (
        typeof value === 'number' &&
        Number.isInteger(value) &&
        (spec.min === undefined || value >= spec.min) &&
        (spec.max === undefined || value <= spec.max)
      )
    case 'decimal':
      return (
        (typeof value === 'string' || typeof value === 'number') &&
        isDecimalLike(value) &&
        (spec.min === undefined || readDecimal(value)!.gte(spec.min))
      )
    case 'boolean':
      return typeof value === 'boolean'
    case 'unit_ref':
      return typeof value === 'string' && PATTERNS.unit_ref_syntax.test(value)
    case 'period':
      return typeof value === 'string' && parsePeriod(value).ok
    case 'enum':
      return typeof value === 'string' && (spec.values ?? []).includes(value)
  }
}

/**
 * Checks the parameters of a fact or template: unknown names, missing required ones, values
 * of the wrong kind, and indicators or targets the pack does not define.
 * @internal
 */
export function checkParams(
  params: unknown,
  specs: ParamSpecs,
  path: PackPath,
  owner: string,
  pack: PackIndex,
): TiendoIssue[] {
  const issues: TiendoIssue[] = []
  const known = Object.keys(specs)
  if (
    params !== undefined &&
    (params === null || typeof params !== 'object' || Array.isArray(params))
  ) {
    return [
      packIssue('param_type', path, {
        name: 'params',
        expected_vi: 'một đối tượng',
        expected_en: 'an object',
      }),
    ]
  }
  const given = (params ?? {}) as Record<string, unknown>
  for (const name of Object.keys(given)) {
    if (!own(specs, name))
      issues.push(packIssue('unknown_param', [...path, name], { owner, known }))
  }
  for (const [name, spec] of Object.entries(specs)) {
    const at = [...path, name]
    if (!own(given, name)) {
      if (spec.required === true) {
        const text = expected(spec)
        issues.push(
          packIssue('param_required', at, {
            owner,
            name,
            expected_vi: text.vi,
            expected_en: text.en,
          }),
        )
      }
      continue
    }
    const value = given[name]
    if (!fits(value, spec)) {
      const text = expected(spec)
      issues.push(packIssue('param_type', at, { name, expected_vi: text.vi, expected_en: text.en }))
    } else if (spec.kind === 'indicator' && !pack.indicators.has(value as string)) {
      issues.push(packIssue('unknown_indicator', at, { indicator: value }))
    } else if (spec.kind === 'target' && !pack.targets.has(value as string)) {
      issues.push(packIssue('unknown_target', at, { target: value }))
    }
  }
  return issues
}
