import type { LocalizedText, MissingValueStrategy } from '@tiendo/schema'
import type { CompiledRuleInternal } from '../compile/compiled'
import type { CompiledFactRef, FactReference } from '../fact-ref'
import type { ScopeFacts } from '../scope-facts'
import type { SkipReason } from './outcome'

/** A fact reference in a sentence: `value(indicator: fibre_rate, offset: -1)`. @internal */
export function describeRef(ref: FactReference): string {
  const params = Object.entries(ref.params ?? {})
    .map(([key, value]) => `${key}: ${String(value)}`)
    .join(', ')
  return `${ref.fact}(${params})${ref.path === undefined ? '' : ref.path.slice(1)}`
}

/** The inputs of a rule missing in a scope. @internal */
export function missingInputs(rule: CompiledRuleInternal, facts: ScopeFacts): CompiledFactRef[] {
  let missing: CompiledFactRef[] | undefined
  for (const ref of rule.inputs) {
    const value = facts.read(ref)
    if (value !== undefined && value !== null) continue
    missing ??= []
    missing.push(ref)
  }
  return missing ?? NONE_MISSING
}

/** Shared by every scope with nothing missing; never written to. */
const NONE_MISSING: CompiledFactRef[] = []

/**
 * Whether a rule is skipped in a scope under its missing-value strategy (as DHIS2
 * validation rules): `skip_if_any_missing` skips when any input is missing,
 * `skip_if_all_missing` only when every one is, `never_skip` never.
 * @internal
 */
export function skipReason(
  strategy: MissingValueStrategy,
  inputs: number,
  missing: readonly FactReference[],
): SkipReason | undefined {
  if (missing.length === 0 || strategy === 'never_skip') return undefined
  // A quota waived for a unit that existed for part of the period is no missing data.
  if (missing.some((ref) => ref.fact === 'quota_minimum')) return PARTIAL_YEAR_WAIVED
  const list = missing.map(describeRef).join('; ')
  if (strategy === 'skip_if_any_missing') {
    return {
      code: 'missing_input',
      message: { vi: `Thiếu dữ liệu đầu vào: ${list}.`, en: `Missing input: ${list}.` },
    }
  }
  if (missing.length < inputs) return undefined
  return {
    code: 'all_inputs_missing',
    message: {
      vi: `Mọi dữ liệu đầu vào đều thiếu: ${list}.`,
      en: `Every input is missing: ${list}.`,
    },
  }
}

const PARTIAL_YEAR_WAIVED: SkipReason = {
  code: 'partial_year_waived',
  message: {
    vi: 'Đơn vị chỉ tồn tại trong một phần của kỳ; quy tắc được miễn cho kỳ này (`partialYear: waive`).',
    en: 'The unit existed for only part of the period; the rule waives it for this period (`partialYear: waive`).',
  },
}

/** Why a scope naming a unit that does not exist in its period is skipped. @internal */
export function unitNotFound(ref: string, period: string): SkipReason {
  const message: LocalizedText = {
    vi: `Không có đơn vị \`${ref}\` trong kỳ ${period}.`,
    en: `No unit \`${ref}\` exists in ${period}.`,
  }
  return { code: 'unit_not_found', message }
}
