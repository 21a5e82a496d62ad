import type { Language, LocalizedText } from '@tiendo/schema'
import { readDecimal } from './decimal'

/** One piece of a message: text, or a placeholder filled in per scope. */
export type MessagePart =
  | { readonly text: string }
  | { readonly scope: 'unit' | 'unit_name' | 'unit_kind' | 'period' | 'rule' | 'failed' }
  | { readonly fact: string }
  | { readonly expected: string }

/** A message parsed once, in both languages. */
export interface CompiledMessage {
  readonly vi: readonly MessagePart[]
  readonly en: readonly MessagePart[]
}

const SCOPE_PLACEHOLDERS = new Set(['unit', 'unit_name', 'unit_kind', 'period', 'rule', 'failed'])

/** Why a message cannot be parsed: the placeholder at fault. */
export interface PlaceholderError {
  readonly placeholder: string
}

/**
 * Parses a message: `{unit}`, `{unit_name}`, `{unit_kind}`, `{period}`, `{rule}`,
 * `{failed}`, `{fact:NAME}`, `{expected:NAME}`, with `{{` and `}}` for literal braces.
 * `facts` are the facts the rule's conditions name; `{fact:…}` and `{expected:…}` must name
 * one of them.
 * @internal
 */
export function parseMessage(
  text: string,
  facts: ReadonlySet<string>,
): { parts: MessagePart[] } | { error: PlaceholderError } {
  const parts: MessagePart[] = []
  let buffer = ''
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!
    if ((char === '{' || char === '}') && text[i + 1] === char) {
      buffer += char
      i++
      continue
    }
    if (char === '}') return { error: { placeholder: '}' } }
    if (char !== '{') {
      buffer += char
      continue
    }
    const close = text.indexOf('}', i)
    const body = close === -1 ? text.slice(i) : text.slice(i + 1, close)
    const part = placeholder(body, facts)
    if (close === -1 || part === undefined) {
      return { error: { placeholder: close === -1 ? body : `{${body}}` } }
    }
    if (buffer !== '') parts.push({ text: buffer })
    buffer = ''
    parts.push(part)
    i = close
  }
  if (buffer !== '') parts.push({ text: buffer })
  return { parts }
}

function placeholder(body: string, facts: ReadonlySet<string>): MessagePart | undefined {
  if (SCOPE_PLACEHOLDERS.has(body)) return { scope: body as 'unit' }
  const colon = body.indexOf(':')
  if (colon === -1) return undefined
  const kind = body.slice(0, colon)
  const name = body.slice(colon + 1)
  if (!facts.has(name)) return undefined
  if (kind === 'fact') return { fact: name }
  if (kind === 'expected') return { expected: name }
  return undefined
}

/** What placeholders are filled from. @internal */
export interface MessageContext {
  readonly unit: string
  readonly unitName: LocalizedText
  readonly unitKind: string
  readonly period: string
  readonly rule: string
  /**
   * Labels of the conditions that failed or could not be decided, one text or one per
   * language (an indicator's, named).
   */
  readonly failed: readonly (string | LocalizedText)[]
  /** The value found and the value expected by the first comparison on a fact. */
  readonly comparison: (
    fact: string,
  ) => { readonly actual: unknown; readonly expected: unknown } | undefined
}

const MISSING: LocalizedText = { vi: '(không có)', en: '(missing)' }

/** Digits beyond which a computed ratio is shown rounded in a message (never in results). */
const SHOWN_DIGITS = 15

/**
 * A value as a message shows it. Decimals are shown exactly unless they carry more than 15
 * significant digits — ratios such as `2.857142…` — which are shown to 6, marked `≈`.
 * Explanations always carry the exact value.
 * @internal
 */
export function showValue(value: unknown, lang: Language): string {
  if (value === undefined || value === null) return MISSING[lang]
  if (typeof value === 'boolean') return String(value)
  if (typeof value === 'string' && readDecimal(value) === undefined) return value
  const decimal = readDecimal(value)
  if (decimal !== undefined) {
    return decimal.sd() > SHOWN_DIGITS
      ? `≈${decimal.toSignificantDigits(6).toFixed()}`
      : decimal.toFixed()
  }
  if (Array.isArray(value)) return `[${value.map((item) => showValue(item, lang)).join(', ')}]`
  return JSON.stringify(value)
}

/** A compiled message filled in for one scope. @internal */
export function fillMessage(message: CompiledMessage, context: MessageContext): LocalizedText {
  return { vi: fill(message.vi, context, 'vi'), en: fill(message.en, context, 'en') }
}

function fill(parts: readonly MessagePart[], context: MessageContext, lang: Language): string {
  let text = ''
  for (const part of parts) {
    if ('text' in part) text += part.text
    else if ('fact' in part) text += showValue(context.comparison(part.fact)?.actual, lang)
    else if ('expected' in part)
      text += showValue(context.comparison(part.expected)?.expected, lang)
    else {
      switch (part.scope) {
        case 'unit':
          text += context.unit
          break
        case 'unit_name':
          text += context.unitName[lang]
          break
        case 'unit_kind':
          text += context.unitKind
          break
        case 'period':
          text += context.period
          break
        case 'rule':
          text += context.rule
          break
        case 'failed':
          text +=
            context.failed.length === 0
              ? MISSING[lang]
              : context.failed.map((f) => (typeof f === 'string' ? f : f[lang])).join(', ')
          break
      }
    }
  }
  return text
}
