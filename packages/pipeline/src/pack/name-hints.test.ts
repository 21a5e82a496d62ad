import type { TiendoIssue } from '@tiendo/schema'
import { describe, expect, it } from 'vitest'
import { PipelineError } from '../run/pipeline-error'
import { loadPackInput } from './load-pack'

const base = { id: 'names-test', version: '1.0.0', title: { vi: 'Tên', en: 'Names' } }

/** The issues a pack is refused with. */
async function refusal(pack: Record<string, unknown>): Promise<readonly TiendoIssue[]> {
  const error = await loadPackInput(pack as never).then(
    () => undefined,
    (thrown: unknown) => thrown,
  )
  expect(error).toBeInstanceOf(PipelineError)
  return (error as PipelineError).issues
}

const target = (unit: string) => ({
  id: 't',
  indicator: 'household_fibre_rate',
  unit,
  comparator: 'gte',
  value: '85',
  by: '2026',
})

/** An indicator a pack declares, by its id, name, unit and aggregation. */
const indicator = (id: string, name: object, unit: string, method: string) => ({
  id,
  name,
  unit,
  direction: 'increase',
  aggregation: { method },
})

/** Each issue's place and the first sentence of its English hint. */
const offers = (issues: readonly TiendoIssue[]) =>
  issues.map((issue) => [issue.location?.path, issue.hint?.en.split('?')[0]])

describe('a pack that names a unit or an indicator where its code goes', () => {
  it('is told the code of the unit a base pack gives that name', async () => {
    const [issue] = await refusal({
      ...base,
      extends: 'vn-national',
      targets: [target('Tỉnh Lâm Đồng')],
    })
    expect(issue).toMatchObject({ code: 'unit_ref_syntax', field: 'targets[0].unit' })
    expect(issue!.hint!.en).toMatch(/^Did you mean `68` \(Lâm Đồng province\)\? Write a unit code/)
    expect(issue!.hint!.vi).toMatch(/^Có phải là `68` \(Tỉnh Lâm Đồng\)\? Ghi mã đơn vị/)
  })

  it('is told the codes of its own units and of the communes it includes', async () => {
    const agency = { code: '56.STC', name: { vi: 'Sở Tài chính' }, kind: 'agency', parent: '56' }
    const issues = await refusal({
      ...base,
      extends: 'vn-national',
      communes: ['56'],
      units: [
        agency,
        { code: '56.X', name: { vi: 'Phòng X' }, kind: 'agency', parent: 'Sở Tài chính' },
      ],
      targets: [target('Phường Nha Trang')],
    })
    expect(offers(issues)).toEqual([
      ['/units/1/parent', 'Did you mean `56.STC` (Sở Tài chính)'],
      ['/targets/0/unit', 'Did you mean `22366` (Phường Nha Trang)'],
    ])
  })

  it('is told the id of the indicator a base pack or the pack itself gives that name', async () => {
    const own = indicator(
      'fibre_km',
      { vi: 'Chiều dài cáp quang', en: 'Fibre length' },
      'km',
      'sum',
    )
    const issues = await refusal({
      ...base,
      extends: 'vn-national',
      indicators: [own],
      targets: [
        { ...target('56'), indicator: 'Tỷ lệ hộ gia đình có cáp quang băng rộng cố định (%)' },
        { ...target('56'), id: 't2', indicator: 'Chiều dài cáp quang' },
        { ...target('56'), id: 't3', indicator: 'Household Fibre Rate' },
      ],
    })
    expect(offers(issues)).toEqual([
      [
        '/targets/0/indicator',
        'Did you mean `household_fibre_rate` (Households with fixed fibre broadband)',
      ],
      ['/targets/1/indicator', 'Did you mean `fibre_km` (Fibre length)'],
      ['/targets/2/indicator', 'Did you mean `household_fibre_rate`'],
    ])
    expect(issues[0]!.hint!.vi).toMatch(
      /^Có phải là `household_fibre_rate` \(Tỷ lệ hộ gia đình có cáp quang băng rộng cố định\)\? /,
    )
  })

  it('offers the pack’s own indicator where it stands in for a base’s of the same id', async () => {
    const fibre = indicator(
      'household_fibre_rate',
      { vi: 'Tỷ lệ hộ gia đình có cáp quang băng rộng cố định', en: 'Fibre households' },
      'percent',
      'ratio_of_sums',
    )
    const [issue] = await refusal({
      ...base,
      extends: 'vn-national',
      indicators: [fibre],
      targets: [{ ...target('56'), indicator: 'Tỷ lệ hộ gia đình có cáp quang băng rộng cố định' }],
    })
    expect(issue!.hint!.en).toMatch(/^Did you mean `household_fibre_rate` \(Fibre households\)\?/)
  })

  it('offers no indicator for an id the pack defines', async () => {
    const [issue] = await refusal({
      ...base,
      extends: 'vn-national',
      indicators: [{ id: 'Household Fibre Rate', name: { vi: 'x' }, unit: 'percent' }],
    })
    expect(issue).toMatchObject({ code: 'id_syntax', field: 'indicators[0].id' })
    expect(issue!.hint!.en).not.toContain('Did you mean')
  })

  it('keeps the general hint when no unit has the name or the base cannot be loaded', async () => {
    const [unknown] = await refusal({
      ...base,
      extends: 'vn-national',
      targets: [target('Tỉnh Không Có')],
    })
    expect(unknown!.hint!.en).toMatch(/^Write a unit code such as `58`/)
    // A pack given in memory extends built-in packs only: no units to offer, no other error.
    const [unloadable] = await refusal({
      ...base,
      extends: './base.json',
      targets: [target('Tỉnh Lâm Đồng')],
    })
    expect(unloadable).toMatchObject({ code: 'unit_ref_syntax' })
    expect(unloadable!.hint!.en).toMatch(/^Write a unit code such as `58`/)
  })
})
