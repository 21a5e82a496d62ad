import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { dxProductRule, pack, product, units } from './__tests__/fixtures'
import { compilePack } from './compile/compile-pack'
import { evaluate } from './evaluate/evaluate'
import { createMemoryFactSource } from './memory-source'

describe('one DX product per unit per year, end to end', () => {
  const compiled = compilePack(pack([dxProductRule]))
  if (!compiled.ok) throw new Error(JSON.stringify(compiled.issues, null, 2))

  const source = createMemoryFactSource({
    units,
    records: [
      // 2023: every agency and commune but Sở Y tế completed a product.
      product('58.001', '2023-03-15'),
      product('58.002', '2023-12-31'),
      product('58.STTTT', '2023-06-01'),
      // Sở Y tế's 2023 product was only planned, and one completed on 1 January 2024.
      product('58.SYT', '2023-11-20', 'planned'),
      product('58.SYT', '2024-01-01'),
      // 2024: two products for the department, none for the communes.
      product('58.STTTT', '2024-02-02'),
      product('58.STTTT', '2024-09-09'),
    ],
  })

  it('fails exactly the units with no completed product in a year', async () => {
    const evaluation = await evaluate(compiled.pack, source)
    const failed = evaluation.results
      .filter((r) => r.outcome === 'failed')
      .map((r) => `${r.unit}@${r.period}`)
    expect(failed.sort()).toEqual(['58.001@2024', '58.002@2024', '58.SYT@2023'])
    expect(evaluation.summary).toMatchObject({ passed: 5, failed: 3, skipped: 0, scopes: 8 })
    expect(evaluation.summary.failedBySeverity.error).toBe(3)
  })

  it('names the unit and the year in both languages', async () => {
    const evaluation = await evaluate(compiled.pack, source)
    const health = evaluation.results.find((r) => r.unit === '58.SYT' && r.period === '2023')!
    expect(health.outcome).toBe('failed')
    expect(health.message?.vi).toBe(
      'Sở Y tế (58.SYT) có 0 bản ghi `dx_product` (trạng thái `completed`) trong năm 2023; yêu cầu ít nhất 1 mỗi năm.',
    )
    expect(health.message?.en).toBe(
      'Department of Health (58.SYT) has 0 `dx_product` record(s) with status `completed` in 2023; the minimum is 1 a year.',
    )
    // A commune without an English name is named in Vietnamese in both messages.
    const commune = evaluation.results.find((r) => r.unit === '58.002' && r.period === '2024')!
    expect(commune.message?.en).toContain('Xã Phước Dinh (58.002)')
    expect(commune.message?.en).toContain('in 2024')
  })

  it('explains the failed condition with the count found and the minimum', async () => {
    const evaluation = await evaluate(compiled.pack, source)
    const health = evaluation.results.find((r) => r.unit === '58.SYT' && r.period === '2023')!
    expect(health.conditions).toEqual([
      {
        at: '/all/0',
        fact: 'record_count',
        params: { kind: 'dx_product', status: 'completed' },
        operator: 'decimalGte',
        actual: '0',
        expected: '1',
        result: false,
        missing: false,
      },
    ])
    const department = evaluation.results.find((r) => r.unit === '58.STTTT' && r.period === '2024')!
    expect(department.outcome).toBe('passed')
    expect(department.conditions[0]).toMatchObject({ actual: '2', result: true })
    expect(department.message).toBeUndefined()
  })

  it('does not evaluate the province, which the scope leaves out', async () => {
    const evaluation = await evaluate(compiled.pack, source)
    expect(evaluation.results.some((r) => r.unit === '58' || r.unit === 'VN')).toBe(false)
  })
})

describe('one DX product per year, for any submissions', () => {
  const compiled = compilePack(pack([dxProductRule]))
  if (!compiled.ok) throw new Error('the fixture pack does not compile')
  const reporting = ['58.001', '58.002', '58.STTTT', '58.SYT']

  it('fails exactly the unit-years without a completed product dated in them', async () => {
    const submission = fc.record({
      unit: fc.constantFrom(...reporting),
      date: fc
        .date({
          min: new Date('2022-11-01T00:00:00Z'),
          max: new Date('2025-02-28T00:00:00Z'),
          noInvalidDate: true,
        })
        .map((d) => d.toISOString().slice(0, 10)),
      status: fc.constantFrom('completed', 'in_progress', 'planned', 'cancelled'),
    })
    await fc.assert(
      fc.asyncProperty(fc.array(submission, { maxLength: 20 }), async (submissions) => {
        const source = createMemoryFactSource({
          units,
          records: submissions.map((s) => product(s.unit, s.date, s.status)),
        })
        const evaluation = await evaluate(compiled.pack, source)
        const done = new Set(
          submissions
            .filter((s) => s.status === 'completed')
            .map((s) => `${s.unit}@${s.date.slice(0, 4)}`),
        )
        const expected = ['2023', '2024'].flatMap((year) =>
          reporting.filter((unit) => !done.has(`${unit}@${year}`)).map((unit) => `${unit}@${year}`),
        )
        const failed = evaluation.results
          .filter((r) => r.outcome === 'failed')
          .map((r) => `${r.unit}@${r.period}`)
        expect(failed.sort()).toEqual(expected.sort())
      }),
      { numRuns: 50 },
    )
  })
})
