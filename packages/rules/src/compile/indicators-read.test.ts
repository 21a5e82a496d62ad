import type { Rule } from '@tiendo/schema'
import { describe, expect, it } from 'vitest'
import { dxProductRule } from '../__tests__/fixtures'
import { compileRules } from '../__tests__/run'
import type { CompiledPack } from './compiled'
import { indicatorsRead } from './indicators-read'

describe('indicatorsRead', () => {
  it('names each indicator the conditions read, as the templates expand them', () => {
    const rules: Rule[] = [
      dxProductRule,
      {
        id: 'consistency',
        severity: 'error',
        template: 'consistency',
        params: { part: 'fibre_households', whole: 'households' },
      },
      {
        id: 'complete',
        severity: 'warning',
        template: 'completeness',
        params: { indicators: ['households'] },
      },
      // The target's own indicator, which the rule names only through the target.
      {
        id: 'on_target',
        severity: 'error',
        template: 'target',
        params: { target: 'de_share_2025' },
      },
    ]
    expect(indicatorsRead(compileRules(rules))?.sort()).toEqual([
      'digital_economy_share_grdp',
      'fibre_households',
      'households',
    ])
  })

  it('names none for rules that count records only', () => {
    expect(indicatorsRead(compileRules([dxProductRule]))).toEqual([])
  })

  it('cannot tell for a fact it does not know', () => {
    const pack = {
      rules: [
        {
          inputs: [
            { fact: 'value', params: { indicator: 'households' } },
            { fact: 'x', params: {} },
          ],
        },
      ],
    } as unknown as CompiledPack
    expect(indicatorsRead(pack)).toBeUndefined()
  })
})
