import { describe, expect, it } from 'vitest'
import { MERGER_PACK, mergerRun } from '../__tests__/merger'
import { loadPack, runPipeline } from '../browser'
import { checkAssessedNames } from './assessed-names'
import { PipelineError } from './pipeline-error'

// The pack as a run has it: vn-national's indicators joined to its own.
const { pack } = await loadPack(MERGER_PACK)

/** What `checkAssessedNames` throws for these options, or `undefined`. */
function refusal(assess: Parameters<typeof checkAssessedNames>[1]): PipelineError | undefined {
  try {
    checkAssessedNames(pack, assess)
  } catch (error) {
    if (error instanceof PipelineError) return error
    throw error
  }
  return undefined
}

describe('checkAssessedNames', () => {
  it('lets a run name the pack’s targets and indicators, or none', () => {
    expect(refusal(undefined)).toBeUndefined()
    expect(refusal(true)).toBeUndefined()
    expect(refusal(false)).toBeUndefined()
    expect(refusal({})).toBeUndefined()
    expect(
      refusal({ targets: ['fibre_m_2030'], indicators: ['household_fibre_rate'] }),
    ).toBeUndefined()
  })

  it('refuses a target the pack lacks, with the closest id', () => {
    const error = refusal({ targets: ['fibre_m_2031'] })
    expect(error?.code).toBe('invalid_option')
    expect(error?.text.en).toBe(
      'The pack has no target with the id `fibre_m_2031`. Did you mean `fibre_m_2030`?',
    )
    expect(error?.text.vi).toBe(
      'Gói không có mục tiêu nào mang mã `fibre_m_2031`. Có phải ý bạn là `fibre_m_2030`?',
    )
    expect(error?.hint?.en).toContain('`tiendo indicators --pack …`')
  })

  it('names every unknown indicator once, each guess with the name it stands for', () => {
    const error = refusal({
      indicators: ['household_fibre_rte', 'nothing_like_it', 'household_fibre_rte'],
    })
    expect(error?.text.en).toBe(
      'The pack has no indicator with the id `household_fibre_rte`, `nothing_like_it`. ' +
        'Did you mean `household_fibre_rate` for `household_fibre_rte`?',
    )
    // A known one beside them is not named.
    expect(refusal({ indicators: ['household_fibre_rate', 'nothing_like_it'] })?.text.en).toBe(
      'The pack has no indicator with the id `nothing_like_it`.',
    )
  })

  it('stops a run before it reads anything', async () => {
    const merger = mergerRun()
    const run = runPipeline({
      ...merger,
      // A source no reader can take: reading it would fail otherwise.
      sources: [{ name: 'missing.csv', path: '/nowhere/missing.csv' } as never],
      pack: MERGER_PACK,
      assess: { targets: ['fibre_m_2031'] },
    })
    await expect(run).rejects.toMatchObject({ name: 'PipelineError', code: 'invalid_option' })
  })
})
