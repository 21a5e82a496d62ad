import { describe, expect, it } from 'vitest'
import { serializeAssessment } from './serialize'
import { unassessed } from './unassessed'

describe('unassessed', () => {
  const base = { method: 'cagr', profile: 'eurostat', direction: 'increase' } as const

  it('starts every field empty, in the order reports write them', () => {
    const assessment = unassessed(base)
    expect(Object.keys(assessment)).toEqual([
      'status',
      'method',
      'profile',
      'direction',
      'target',
      'targets',
      'baseline',
      'latest',
      'yearsElapsed',
      'yearsRemaining',
      'cagr',
      'requiredCagr',
      'ratio',
      'projected',
      'growth',
      'gap',
      'currentStatus',
      'anticipatedGap',
      'probability',
      'interval',
      'attainmentYear',
      'trend',
      'profileVerdict',
      'horizons',
      'notes',
    ])
    expect(assessment.status).toBe('insufficient_data')
    expect(assessment.target).toBeNull()
    expect(assessment.targets).toEqual([])
    expect(assessment.notes).toEqual([])
  })

  it('keeps a reason and its explanation last, and only when given', () => {
    const message = { vi: 'Thiếu số liệu.', en: 'No data.' }
    const assessment = unassessed({
      ...base,
      reason: message.en,
      explanation: { code: 'no_observations', message },
    })
    expect(Object.keys(assessment).slice(-3)).toEqual(['notes', 'reason', 'explanation'])
    expect(serializeAssessment(assessment)).toMatchObject({
      method: 'cagr',
      reason: 'No data.',
      explanation: { code: 'no_observations', message },
    })
    expect('reason' in unassessed(base)).toBe(false)
    expect('explanation' in unassessed(base)).toBe(false)
  })
})
