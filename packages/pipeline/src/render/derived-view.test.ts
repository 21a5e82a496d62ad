import type { Provenance } from '@tiendo/core'
import { Decimal } from 'decimal.js'
import { describe, expect, it } from 'vitest'
import type { PipelineReport } from '../report/report'
import { provenanceText } from './derived-view'

describe('provenanceText', () => {
  it('makes the count of units agree with its number in English', () => {
    const aggregate = (reported: number, expected: number): Provenance => ({
      method: 'aggregate',
      rule: 'sum',
      inputs: [],
      coverage: { expected, reported, share: new Decimal(reported).div(expected), missing: [] },
    })
    const report = {} as PipelineReport
    expect(provenanceText(report, aggregate(1, 1), 'en')).toContain('(1 of 1 unit)')
    expect(provenanceText(report, aggregate(2, 2), 'en')).toContain('(2 of 2 units)')
  })
})
