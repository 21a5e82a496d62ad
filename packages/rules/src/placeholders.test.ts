import { Decimal } from 'decimal.js'
import { describe, expect, it } from 'vitest'
import type { MessageContext } from './placeholders'
import { fillMessage, parseMessage, showValue } from './placeholders'

const context: MessageContext = {
  unit: '58.001',
  unitName: { vi: 'Phường Phan Rang', en: 'Phan Rang Ward' },
  unitKind: 'commune',
  period: '2024',
  rule: 'dx',
  failed: ['households', 'fibre_households'],
  comparison: (fact) =>
    fact === 'value' ? { actual: new Decimal('19.5'), expected: '20' } : undefined,
}

function fill(vi: string, en = vi) {
  const facts = new Set(['value', 'cagr'])
  const parsedVi = parseMessage(vi, facts)
  const parsedEn = parseMessage(en, facts)
  if ('error' in parsedVi || 'error' in parsedEn) throw new Error('bad message')
  return fillMessage({ vi: parsedVi.parts, en: parsedEn.parts }, context)
}

describe('messages', () => {
  it('fill every placeholder, in each language', () => {
    expect(
      fill(
        '{unit_name} ({unit}, {unit_kind}) năm {period}: {fact:value} < {expected:value} [{rule}]',
        '{unit_name} ({unit}) in {period}: {fact:value}; missing {failed}',
      ),
    ).toEqual({
      vi: 'Phường Phan Rang (58.001, commune) năm 2024: 19.5 < 20 [dx]',
      en: 'Phan Rang Ward (58.001) in 2024: 19.5; missing households, fibre_households',
    })
  })

  it('keep doubled braces as braces and say when a fact had no value', () => {
    expect(fill('{{unit}} = {unit}; {fact:cagr}', '{{{unit}}} {fact:cagr}')).toEqual({
      vi: '{unit} = 58.001; (không có)',
      en: '{58.001} (missing)',
    })
  })

  it('refuse unknown placeholders, stray braces and facts not compared', () => {
    const facts = new Set(['value'])
    expect(parseMessage('{units}', facts)).toEqual({ error: { placeholder: '{units}' } })
    expect(parseMessage('{fact:cagr}', facts)).toEqual({ error: { placeholder: '{fact:cagr}' } })
    expect(parseMessage('{value:fact}', facts)).toEqual({ error: { placeholder: '{value:fact}' } })
    expect(parseMessage('a } b', facts)).toEqual({ error: { placeholder: '}' } })
    expect(parseMessage('open {unit', facts)).toEqual({ error: { placeholder: '{unit' } })
  })
})

describe('showValue', () => {
  it('shows measured decimals exactly and long ratios rounded, marked ≈', () => {
    expect(showValue(new Decimal('363558'), 'en')).toBe('363558')
    expect(showValue('0.000001', 'en')).toBe('0.000001')
    expect(showValue(new Decimal('123456789012345'), 'en')).toBe('123456789012345')
    expect(showValue(new Decimal(20).div(7), 'en')).toBe('≈2.85714')
    expect(showValue(undefined, 'vi')).toBe('(không có)')
    expect(showValue(true, 'en')).toBe('true')
    expect(showValue('on_track', 'en')).toBe('on_track')
  })
})
