import type {
  Composite,
  Indicator,
  Observation,
  Severity,
  SubmittedRecord,
  TiendoIssue,
} from '@tiendo/schema'
import { describe, expect, it } from 'vitest'
import {
  DIGITAL_ECONOMY_SHARE,
  DTI,
  DTI_RANK,
  DX_PRODUCTS,
  ENTERPRISES,
  FIBRE_HOUSEHOLDS,
  FIBRE_RATE,
  GRDP,
  HOUSEHOLDS,
  INDICATORS,
  MAX_SCORE,
  MEAN_SCORE,
  MIN_SCORE,
  SCORE_COMPOSITE,
} from '../__tests__/indicators'
import { MERGER_UNITS } from '../__tests__/units'
import { createDataset } from '../dataset'
import { createUnitRegistry } from '../units'
import { deriveFigures } from './derive'

const units = createUnitRegistry(MERGER_UNITS)

function obs(indicator: string, unit: string, period: string, value: string, extra = {}) {
  return { indicator, unit, period, value, ...extra } satisfies Observation
}

function derive(
  observations: Observation[],
  options: {
    indicators?: Indicator[]
    composites?: Composite[]
    records?: SubmittedRecord[]
    minCoverage?: string
    addIssue?: (severity: Severity, make: () => TiendoIssue) => void
  } = {},
) {
  const built = createDataset({ observations, records: options.records, units })
  return deriveFigures({
    dataset: built.dataset,
    indicators: options.indicators ?? INDICATORS,
    composites: options.composites,
    minCoverage: options.minCoverage,
    addIssue: options.addIssue,
  })
}

/** The figure (submitted or derived) of an indicator for a unit and period. */
function figureAt(
  result: ReturnType<typeof derive>,
  indicator: string,
  unit: string,
  period: string,
) {
  return result.dataset.getByKey(indicator, unit, period)
}

describe('aggregation up the unit tree', () => {
  // Ninh Thuận's three old communes in 2024.
  const communes = ['NT1', 'NT2', 'NT3']
  const rows = (indicator: string, values: string[], period = '2024') =>
    values.map((value, i) => obs(indicator, communes[i]!, period, value))

  it('follows each indicator’s declared method, exactly', () => {
    const result = derive([
      ...rows(DX_PRODUCTS.id, ['2', '3', '5']),
      ...rows(FIBRE_HOUSEHOLDS.id, ['80', '90', '50']),
      ...rows(HOUSEHOLDS.id, ['100', '200', '100']),
      ...rows(DIGITAL_ECONOMY_SHARE.id, ['10', '20', '30']),
      ...rows(GRDP.id, ['1', '2', '1']),
      ...rows(MEAN_SCORE.id, ['0.5', '0.6', '0.7']),
      ...rows(MIN_SCORE.id, ['0.5', '0.6', '0.7']),
      ...rows(MAX_SCORE.id, ['0.5', '0.6', '0.7']),
      // The mean of the rates would be 68.33…: a ratio of sums is never a mean of ratios.
      ...rows(FIBRE_RATE.id, ['80', '45', '50']),
    ])
    const at = (indicator: string) => figureAt(result, indicator, '58', '2024')
    expect(at(DX_PRODUCTS.id)?.value?.toFixed()).toBe('10')
    expect(at(FIBRE_RATE.id)?.value?.toFixed()).toBe('55')
    expect(at(DIGITAL_ECONOMY_SHARE.id)?.value?.toFixed()).toBe('20')
    expect(at(MEAN_SCORE.id)?.value?.toFixed()).toBe('0.6')
    expect(at(MIN_SCORE.id)?.value?.toFixed()).toBe('0.5')
    expect(at(MAX_SCORE.id)?.value?.toFixed()).toBe('0.7')
    const fibre = at(FIBRE_RATE.id)!
    expect(fibre.derived?.method).toBe('aggregate')
    expect(fibre.derived?.rule).toBe('ratio_of_sums')
    expect(fibre.derived?.coverage).toMatchObject({ expected: 3, reported: 3 })
    expect(fibre.derived?.coverage?.share.toFixed()).toBe('1')
    expect(fibre.derived?.inputs.map((input) => [input.unit, input.role])).toEqual([
      ['NT1', 'numerator'],
      ['NT1', 'denominator'],
      ['NT2', 'numerator'],
      ['NT2', 'denominator'],
      ['NT3', 'numerator'],
      ['NT3', 'denominator'],
    ])
    expect(result.issues).toEqual([])
  })

  it('keeps qualifiers honest: a sum of lower bounds is a lower bound', () => {
    const result = derive([
      obs(ENTERPRISES.id, 'NT1', '2024', '90', { qualifier: 'more_than' }),
      obs(ENTERPRISES.id, 'NT2', '2024', '12'),
      obs(ENTERPRISES.id, 'NT3', '2024', '3'),
    ])
    const point = figureAt(result, ENTERPRISES.id, '58', '2024')
    expect([point?.qualifier, point?.value?.toFixed()]).toEqual(['more_than', '105'])
    expect(point?.observation.qualifier).toBe('more_than')
  })

  it('withholds a figure, with its reason, when a child has not reported', () => {
    const result = derive(rows(DX_PRODUCTS.id, ['2', '3']))
    expect(figureAt(result, DX_PRODUCTS.id, '58', '2024')).toBeUndefined()
    const aggregates = result.withheld.filter((figure) => figure.method === 'aggregate')
    expect(aggregates).toEqual([
      expect.objectContaining({
        indicator: DX_PRODUCTS.id,
        unit: '58',
        period: '2024',
        method: 'aggregate',
        rule: 'sum',
        reason: expect.objectContaining({ code: 'missing_children' }),
      }),
      // …and so is the country's, which needs Ninh Thuận's.
      expect.objectContaining({
        unit: 'VN',
        reason: expect.objectContaining({ code: 'missing_children' }),
      }),
    ])
    expect(aggregates[0]?.coverage).toMatchObject({ expected: 3, reported: 2, missing: ['NT3'] })
  })

  it('derives from part of the children when the indicator allows, flagged by its coverage, and not below the minimum', () => {
    const partial: Indicator = {
      ...MEAN_SCORE,
      aggregation: { method: 'mean', missing: 'skip_if_all_missing' },
    }
    const twoOfThree = rows(MEAN_SCORE.id, ['0.5', '0.7'])
    const derived = derive(twoOfThree, { indicators: [partial] })
    const point = figureAt(derived, MEAN_SCORE.id, '58', '2024')
    expect(point?.value?.toFixed()).toBe('0.6')
    expect(point?.derived?.coverage?.share.toSignificantDigits(4).toFixed()).toBe('0.6667')
    expect(point?.derived?.coverage?.missing).toEqual(['NT3'])

    const refused = derive(twoOfThree, { indicators: [partial], minCoverage: '0.8' })
    expect(figureAt(refused, MEAN_SCORE.id, '58', '2024')).toBeUndefined()
    expect(refused.withheld[0]?.reason.code).toBe('coverage_below_minimum')
    // The indicator's own minimum wins over the pack's.
    const own: Indicator = {
      ...partial,
      aggregation: { method: 'mean', missing: 'skip_if_all_missing', minCoverage: '0.5' },
    }
    const allowed = derive(twoOfThree, { indicators: [own], minCoverage: '0.8' })
    expect(figureAt(allowed, MEAN_SCORE.id, '58', '2024')?.value?.toFixed()).toBe('0.6')
  })

  it('climbs level by level: the country from provinces derived from their communes', () => {
    const result = derive([
      ...rows(DX_PRODUCTS.id, ['2', '3', '5']),
      obs(DX_PRODUCTS.id, 'KHo1', '2024', '7'),
      obs(DX_PRODUCTS.id, 'KHo2', '2024', '1'),
    ])
    expect(figureAt(result, DX_PRODUCTS.id, '56', '2024')?.value?.toFixed()).toBe('8')
    const country = figureAt(result, DX_PRODUCTS.id, 'VN', '2024')
    expect(country?.value?.toFixed()).toBe('18')
    expect(country?.derived?.inputs.map((input) => [input.unit, input.derived])).toEqual([
      ['58', true],
      ['56', true],
    ])
  })

  it('keeps a submitted figure and warns when the derived one disagrees beyond the tolerance', () => {
    const submitted = obs(DX_PRODUCTS.id, '58', '2024', '11')
    const result = derive([...rows(DX_PRODUCTS.id, ['2', '3', '5']), submitted])
    const point = figureAt(result, DX_PRODUCTS.id, '58', '2024')
    expect(point?.value?.toFixed()).toBe('11')
    expect(point?.derived).toBeUndefined()
    expect(result.derived.filter((p) => p.unit === '58')).toEqual([])
    expect(result.issues).toHaveLength(1)
    const [issue] = result.issues
    expect(issue).toMatchObject({
      code: 'derived_value_differs',
      severity: 'warning',
      indicator: DX_PRODUCTS.id,
      unit: '58',
      period: '2024',
    })
    expect(issue?.message.en).toContain('the submitted figure is 11')
    expect(issue?.message.en).toContain('aggregated from its child units (`sum`) it is 10')
    expect(issue?.message.vi).toContain('giữ số liệu đã nộp')

    const tolerant: Indicator = { ...DX_PRODUCTS, tolerance: '0.1' }
    const quiet = derive([...rows(DX_PRODUCTS.id, ['2', '3', '5']), submitted], {
      indicators: [tolerant],
    })
    expect(quiet.issues).toEqual([])
  })
})

describe('carrying series across the 2025 merger', () => {
  const both = (indicator: string, period: string, nt: string, kh: string) => [
    obs(indicator, '58', period, nt),
    obs(indicator, '56', period, kh),
  ]

  it('gives the merged province its predecessors’ series, by each carry rule', () => {
    const result = derive([
      ...both(DX_PRODUCTS.id, '2023', '10', '20'),
      ...both(DX_PRODUCTS.id, '2024', '12', '25'),
      ...both(FIBRE_HOUSEHOLDS.id, '2024', '60', '300'),
      ...both(HOUSEHOLDS.id, '2024', '100', '400'),
      ...both(DTI.id, '2024', '0.7063', '0.7079'),
      ...both(DTI_RANK.id, '2024', '30', '11'),
    ])
    const merged = '56@2025-07-01'
    expect(figureAt(result, DX_PRODUCTS.id, merged, '2023')?.value?.toFixed()).toBe('30')
    expect(figureAt(result, DX_PRODUCTS.id, merged, '2024')?.value?.toFixed()).toBe('37')
    // Recomputed from the carried parts: 360 / 500, not the mean of 60% and 75%.
    const fibre = figureAt(result, FIBRE_RATE.id, merged, '2024')
    expect(fibre?.value?.toFixed()).toBe('72')
    expect(fibre?.derived).toMatchObject({ method: 'carry', rule: 'ratio', date: '2025-07-01' })
    expect(figureAt(result, DTI.id, merged, '2024')?.value?.toFixed()).toBe('0.7071')
    expect(figureAt(result, DTI_RANK.id, merged, '2024')).toBeUndefined()
    expect(result.withheld).toContainEqual(
      expect.objectContaining({
        indicator: DTI_RANK.id,
        unit: merged,
        period: '2024',
        method: 'carry',
        rule: 'refuse',
        reason: expect.objectContaining({ code: 'carry_refused' }),
      }),
    )
    // The predecessors keep their own series.
    expect(figureAt(result, DX_PRODUCTS.id, '58', '2024')?.derived).toBeUndefined()
  })

  it('withholds a year a predecessor did not report, naming it', () => {
    const result = derive([obs(DX_PRODUCTS.id, '58', '2022', '4')])
    expect(figureAt(result, DX_PRODUCTS.id, '56@2025-07-01', '2022')).toBeUndefined()
    const [withheld] = result.withheld.filter((w) => w.method === 'carry')
    expect(withheld?.reason.code).toBe('predecessor_missing')
    expect(withheld?.reason.message.en).toContain('`56`')
  })

  it('carries from figures derived from the predecessors’ communes', () => {
    const result = derive([
      obs(DX_PRODUCTS.id, 'NT1', '2024', '1'),
      obs(DX_PRODUCTS.id, 'NT2', '2024', '2'),
      obs(DX_PRODUCTS.id, 'NT3', '2024', '3'),
      obs(DX_PRODUCTS.id, '56', '2024', '10'),
    ])
    const carried = figureAt(result, DX_PRODUCTS.id, '56@2025-07-01', '2024')
    expect(carried?.value?.toFixed()).toBe('16')
    expect(carried?.derived?.inputs.map((input) => [input.unit, input.derived])).toEqual([
      ['58', true],
      ['56', false],
    ])
    // The new communes get their share of the old ones: KH1 = NT1 + NT2 + 60% of NT3.
    expect(figureAt(result, DX_PRODUCTS.id, 'KH1@2025-07-01', '2024')?.value?.toFixed()).toBe('4.8')
  })

  it('keeps a published back-cast and warns only when the carried figure disagrees', () => {
    const agrees = derive([
      ...both(DTI.id, '2024', '0.7063', '0.7079'),
      obs(DTI.id, '56@2025-07-01', '2024', '0.7071'),
    ])
    expect(agrees.issues).toEqual([])
    expect(figureAt(agrees, DTI.id, '56@2025-07-01', '2024')?.derived).toBeUndefined()
    const differs = derive([
      ...both(DTI.id, '2024', '0.5', '0.7079'),
      obs(DTI.id, '56@2025-07-01', '2024', '0.7071'),
    ])
    expect(differs.issues.map((issue) => issue.code)).toEqual(['derived_value_differs'])
    expect(differs.issues[0]?.message.en).toContain('carried from its predecessors (`mean`)')
  })
})

describe('issues given as they are found (addIssue)', () => {
  it('gives each issue’s severity at once and the issue when asked for, as listed', () => {
    const observations = [
      ...['58', '56'].flatMap((province, p) =>
        ['2023', '2024'].map((year) => obs(DX_PRODUCTS.id, province, year, String(40 + p))),
      ),
      ...['NT1', 'NT2', 'NT3'].flatMap((commune, c) => [
        obs(DX_PRODUCTS.id, commune, '2023', String(c + 1)),
        obs(DX_PRODUCTS.id, commune, '2024', String(c + 2)),
      ]),
      obs(DTI.id, '58', '2024', '0.5'),
      obs(DTI.id, '56', '2024', '0.7079'),
      obs(DTI.id, '56@2025-07-01', '2024', '0.7071'),
    ]
    const listed = derive(observations).issues
    expect(listed.length).toBeGreaterThan(1)
    const given: { severity: Severity; make: () => TiendoIssue }[] = []
    const handed = derive(observations, {
      addIssue: (severity, make) => given.push({ severity, make }),
    })
    expect(handed.issues).toEqual([])
    expect(given.map(({ severity }) => severity)).toEqual(listed.map((issue) => issue.severity))
    expect(given.map(({ make }) => make())).toEqual(listed)
    // Whether anyone asks for the issues, the figures are the same.
    const counted = derive(observations, { addIssue: () => {} })
    expect(counted.derived).toEqual(derive(observations).derived)
  })
})

describe('ratios from a unit’s own parts', () => {
  it('derives a rate nobody submitted from its numerator and denominator', () => {
    const result = derive([
      obs(FIBRE_HOUSEHOLDS.id, '58', '2024', '60'),
      obs(HOUSEHOLDS.id, '58', '2024', '80'),
      obs(FIBRE_HOUSEHOLDS.id, '56', '2024', '1'),
      obs(HOUSEHOLDS.id, '56', '2024', '0'),
    ])
    const rate = figureAt(result, FIBRE_RATE.id, '58', '2024')
    expect(rate?.value?.toFixed()).toBe('75')
    expect(rate?.derived).toMatchObject({ method: 'ratio', rule: 'ratio' })
    expect(rate?.derived?.inputs.map((input) => input.role)).toEqual(['numerator', 'denominator'])
    expect(figureAt(result, FIBRE_RATE.id, '56', '2024')).toBeUndefined()
    expect(result.withheld).toContainEqual(
      expect.objectContaining({
        indicator: FIBRE_RATE.id,
        unit: '56',
        method: 'ratio',
        reason: expect.objectContaining({ code: 'zero_denominator' }),
      }),
    )
  })
})

describe('counts of records and composites', () => {
  it('counts each unit’s completed records per year across the span the records cover', () => {
    const counted: Indicator = {
      ...DX_PRODUCTS,
      derivation: { kind: 'record_count', record: 'dx_product' },
    }
    const record = (unit: string, date: string, status: SubmittedRecord['status'] = 'completed') =>
      ({ kind: 'dx_product', unit, date, status, title: `${unit} ${date}` }) as const
    const result = derive([], {
      indicators: [counted],
      records: [
        record('NT1', '2022-03-01'),
        record('NT1', '2022-09-01'),
        record('NT1', '2024-02-01'),
        record('NT2', '2023-05-01'),
        record('NT2', '2024-05-01', 'planned'),
        record('NT3', '2022-05-01'),
        record('NT3', '2023-05-01'),
        record('NT3', '2024-05-01'),
      ],
    })
    const count = (unit: string, year: string) =>
      figureAt(result, counted.id, unit, year)?.value?.toFixed()
    expect([count('NT1', '2022'), count('NT1', '2023'), count('NT1', '2024')]).toEqual([
      '2',
      '0',
      '1',
    ])
    expect(count('NT2', '2024')).toBe('0')
    const provenance = figureAt(result, counted.id, 'NT1', '2022')?.derived
    expect(provenance).toMatchObject({ method: 'record_count', rule: 'dx_product' })
    // Its records are listed when read, and it reads, spreads and serializes as a plain
    // object with those three fields would.
    const inputs = [
      {
        indicator: 'dx_product',
        unit: 'NT1',
        period: '2022-03-01',
        role: 'record',
        derived: false,
        location: undefined,
      },
      {
        indicator: 'dx_product',
        unit: 'NT1',
        period: '2022-09-01',
        role: 'record',
        derived: false,
        location: undefined,
      },
    ]
    expect(provenance?.inputs).toEqual(inputs)
    expect(Object.keys(provenance ?? {})).toEqual(['method', 'rule', 'inputs'])
    expect({ ...provenance }).toEqual({ method: 'record_count', rule: 'dx_product', inputs })
    expect(JSON.parse(JSON.stringify(provenance))).toEqual({
      method: 'record_count',
      rule: 'dx_product',
      inputs: inputs.map(({ location: _, ...input }) => input),
    })
    // The counts add up the tree like any count.
    expect([count('58', '2022'), count('58', '2023'), count('58', '2024')]).toEqual(['3', '2', '2'])
    // A count of what was submitted is no estimate, nor is their sum: no status, as submitted.
    expect(figureAt(result, counted.id, 'NT1', '2022')?.observation.status).toBeUndefined()
    expect(figureAt(result, counted.id, '58', '2022')?.observation.status).toBeUndefined()
  })

  it('scores a declared composite for each unit and period with components', () => {
    const composite = SCORE_COMPOSITE
    const result = derive(
      [obs(FIBRE_RATE.id, '58', '2024', '50'), obs(MIN_SCORE.id, '58', '2024', '0.75')],
      { composites: [composite], indicators: [FIBRE_RATE, MIN_SCORE, MEAN_SCORE] },
    )
    // (60 × 0.5 + 40 × 0.75) / 100
    const score = figureAt(result, MEAN_SCORE.id, '58', '2024')
    expect(score?.value?.toFixed()).toBe('0.6')
    expect(score?.derived?.method).toBe('composite')
    expect(score?.derived?.inputs.map((input) => input.indicator)).toEqual([
      FIBRE_RATE.id,
      MIN_SCORE.id,
    ])
    const missing = derive([obs(FIBRE_RATE.id, '58', '2024', '50')], {
      composites: [composite],
      indicators: [FIBRE_RATE, MIN_SCORE, MEAN_SCORE],
    })
    expect(missing.withheld[0]?.reason.code).toBe('composite_missing')
  })
})
