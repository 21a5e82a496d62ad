import type { Qualifier } from '@tiendo/schema'
import { describe, expect, it } from 'vitest'
import type { DataPoint } from './data-point'
import { Exact } from './decimal'
import {
  addFigures,
  type Figure,
  figureOf,
  maxFigures,
  minFigures,
  scaleFigure,
  sumFigures,
  toFigureValue,
} from './figure'

function fig(qualifier: Qualifier, value?: string, low?: string, high?: string): Figure {
  const point = {
    qualifier,
    value: value === undefined ? undefined : new Exact(value),
    low: low === undefined ? undefined : new Exact(low),
    high: high === undefined ? undefined : new Exact(high),
  } as DataPoint
  return figureOf(point)!
}

function read(figure: Figure) {
  const value = toFigureValue(figure)
  if (value === undefined) return undefined
  return {
    value: value.value?.toFixed(),
    qualifier: value.qualifier,
    low: value.low?.toFixed(),
    high: value.high?.toFixed(),
    approximate: value.approximate,
  }
}

describe('sums of qualified figures', () => {
  it('adds exact values exactly', () => {
    expect(read(addFigures(fig('exact', '0.1'), fig('exact', '0.2')))).toMatchObject({
      value: '0.3',
      qualifier: 'exact',
    })
  })

  it('makes a lower bound of a sum with a lower bound in it', () => {
    // "more than 90 enterprises" in one unit, 12 in another: more than 102 in all.
    expect(read(addFigures(fig('more_than', '90'), fig('exact', '12')))).toMatchObject({
      value: '102',
      qualifier: 'more_than',
    })
    expect(read(addFigures(fig('at_least', '90'), fig('at_least', '10')))).toMatchObject({
      value: '100',
      qualifier: 'at_least',
    })
    expect(read(addFigures(fig('less_than', '5'), fig('at_most', '5')))).toMatchObject({
      value: '10',
      qualifier: 'less_than',
    })
  })

  it('adds ranges end to end, with the stated values when all have one', () => {
    expect(read(addFigures(fig('range', undefined, '25', '30'), fig('exact', '5')))).toEqual({
      value: undefined,
      qualifier: 'range',
      low: '30',
      high: '35',
      approximate: false,
    })
    expect(read(addFigures(fig('range', '27', '25', '30'), fig('exact', '5')))?.value).toBe('32')
  })

  it('has nothing to say when lower and upper bounds mix', () => {
    expect(read(addFigures(fig('more_than', '1'), fig('less_than', '2')))).toBeUndefined()
  })

  it('keeps approximation visible', () => {
    expect(read(addFigures(fig('approx', '10'), fig('exact', '1')))).toMatchObject({
      value: '11',
      qualifier: 'approx',
      approximate: true,
    })
    expect(read(addFigures(fig('approx', '10'), fig('more_than', '1')))).toMatchObject({
      value: '11',
      qualifier: 'more_than',
      approximate: true,
    })
  })

  it('sums nothing to exactly 0 and scales by a share', () => {
    expect(read(sumFigures([]))).toMatchObject({ value: '0', qualifier: 'exact' })
    expect(read(scaleFigure(fig('at_least', '50'), new Exact('0.6')))).toMatchObject({
      value: '30',
      qualifier: 'at_least',
    })
  })
})

describe('min and max of qualified figures', () => {
  it('is reachable when a tied bound is closed', () => {
    expect(read(minFigures([fig('more_than', '5'), fig('at_least', '5')]))?.qualifier).toBe(
      'at_least',
    )
    expect(read(maxFigures([fig('at_most', '10'), fig('less_than', '10')]))?.qualifier).toBe(
      'at_most',
    )
  })

  it('stays strict when a strict input is the extreme on the inner side', () => {
    expect(read(maxFigures([fig('more_than', '5'), fig('at_least', '5')]))?.qualifier).toBe(
      'more_than',
    )
    expect(read(minFigures([fig('at_most', '10'), fig('less_than', '10')]))?.qualifier).toBe(
      'less_than',
    )
  })

  it('bounds the min of a range and a lower bound by the range', () => {
    // The min of something in [25, 30] and something above 90 lies in [25, 30].
    expect(
      read(minFigures([fig('range', undefined, '25', '30'), fig('more_than', '90')])),
    ).toMatchObject({
      qualifier: 'range',
      low: '25',
      high: '30',
    })
    expect(
      read(maxFigures([fig('exact', '3'), fig('exact', '7'), fig('exact', '5')])),
    ).toMatchObject({
      value: '7',
      qualifier: 'exact',
    })
  })
})
