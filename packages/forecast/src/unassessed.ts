import type { Assessment } from './types'

/** What an assessment is before any figure is known. */
export type UnassessedInput = Pick<Assessment, 'method' | 'profile' | 'direction'> &
  Partial<Pick<Assessment, 'target' | 'targets' | 'notes' | 'reason' | 'explanation'>>

/**
 * An `insufficient_data` assessment with every figure empty: where `assessProgress` starts,
 * and what a caller reports for input it refused (so one bad target never stops a report).
 */
export function unassessed(input: UnassessedInput): Assessment {
  // One literal and no spread (V8's slow path): every assessment starts here.
  const assessment: { -readonly [K in keyof Assessment]: Assessment[K] } = {
    status: 'insufficient_data',
    method: input.method,
    profile: input.profile,
    direction: input.direction,
    target: input.target ?? null,
    targets: input.targets ?? [],
    baseline: null,
    latest: null,
    yearsElapsed: null,
    yearsRemaining: null,
    cagr: null,
    requiredCagr: null,
    ratio: null,
    projected: null,
    growth: null,
    gap: null,
    currentStatus: null,
    anticipatedGap: null,
    probability: null,
    interval: null,
    attainmentYear: null,
    trend: null,
    profileVerdict: null,
    horizons: null,
    notes: input.notes ?? [],
  }
  if (input.reason !== undefined) assessment.reason = input.reason
  if (input.explanation !== undefined) assessment.explanation = input.explanation
  return assessment
}
