import type { PlannedAssessment } from '@tiendo/rules'
import { describe, expect, it } from 'vitest'
import { assessHere } from './assess'

/** A plan of `n` small series (only `input` is read by the assessor). */
const plan = (n: number) =>
  Array.from(
    { length: n },
    (_, i): PlannedAssessment =>
      ({
        input: {
          observations: [
            { period: '2020', value: String(10 + i) },
            { period: '2024', value: String(20 + i) },
          ],
          direction: 'increase',
        },
      }) as unknown as PlannedAssessment,
  )

describe('assessHere', () => {
  it('assesses every series, in plan order', async () => {
    const assessments = await assessHere(plan(600)).finish()
    expect(assessments).toHaveLength(600)
    expect(assessments[599]!.latest?.value?.toFixed()).toBe('619')
  })

  it('hands each assessment over in plan order when asked, keeping none', async () => {
    const indexes: number[] = []
    const latest: string[] = []
    const kept = await assessHere(plan(600)).finish((assessment, index) => {
      indexes.push(index)
      latest.push(assessment.latest?.value?.toFixed() ?? '')
    })
    expect(kept).toEqual([])
    expect(indexes).toEqual(Array.from({ length: 600 }, (_, i) => i))
    expect(latest[599]).toBe('619')
  })

  it('hears a stop between batches of series, not only at the end', async () => {
    const controller = new AbortController()
    const running = assessHere(plan(2000), controller.signal).finish()
    // The stop comes as a task of its own, as a worker's message does.
    setTimeout(() => controller.abort(new Error('stop')), 0)
    await expect(running).rejects.toThrow('stop')
  })
})
