import type { LocalizedText, RuleScope } from '@tiendo/schema'
import { decimalText, readDecimal } from '../decimal'
import type { PackIndex } from '../params'

/** Text made safe to embed in a message: braces doubled, so they stay braces. @internal */
export function literal(text: string): string {
  return text.replace(/[{}]/g, (brace) => brace + brace)
}

/** An indicator's name in both languages, ready to embed in a message. @internal */
export function indicatorName(pack: PackIndex, id: string): LocalizedText {
  const indicator = pack.indicators.get(id)
  if (indicator === undefined) return { vi: `\`${id}\``, en: `\`${id}\`` }
  return { vi: literal(indicator.name.vi), en: literal(indicator.name.en) }
}

/** A decimal parameter as canonical text (`20`, `0.5`), as conditions carry it. @internal */
export function decimalParam(value: unknown): string {
  return decimalText(readDecimal(value)!)
}

const UNIT_KEYS = ['units', 'unitKinds'] as const
const PERIOD_KEYS = ['periods', 'every', 'from', 'to'] as const

/**
 * A template's implied scope with the rule's own laid over it: the rule's units (if it names
 * any) replace the implied ones, and its periods (if it names any) replace those.
 * @internal
 */
export function overlayScope(
  implied: RuleScope | undefined,
  own: RuleScope | undefined,
): RuleScope | undefined {
  if (own === undefined) return implied
  if (implied === undefined) return own
  const pick = (keys: readonly (keyof RuleScope)[]) =>
    keys.some((key) => own[key] !== undefined) ? own : implied
  const units = pick(UNIT_KEYS)
  const periods = pick(PERIOD_KEYS)
  const scope: Record<string, unknown> = {}
  for (const key of UNIT_KEYS) if (units[key] !== undefined) scope[key] = units[key]
  for (const key of PERIOD_KEYS) if (periods[key] !== undefined) scope[key] = periods[key]
  return scope as RuleScope
}
