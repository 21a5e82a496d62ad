/**
 * Figures with honest qualifiers. A value may be exact, approximate, a bound ("more than
 * 90") or a range ("25–30"); to combine such values without pretending they are exact,
 * each is read as the interval the truth lies in, and only monotone operations are applied
 * (sums, positive scalings, means, weighted means with exact weights, min, max, division
 * by an exact positive number). The result is read back as a qualifier: a sum of lower
 * bounds is a lower bound, a sum of ranges a range, and a lower bound plus an upper bound
 * is no bound at all — which callers refuse rather than guess.
 */

import type { Qualifier } from '@tiendo/schema'
import type { Decimal } from 'decimal.js'
import type { DataPoint } from './data-point'
import { Exact } from './decimal'

/** One end of an interval: a value, and whether the value itself is excluded. */
export interface IntervalEnd {
  readonly value: Decimal
  readonly open: boolean
}

/** The interval a figure's truth lies in, with its best single value where one exists. @internal */
export interface Figure {
  /** `null` when unbounded below. */
  readonly lower: IntervalEnd | null
  /** `null` when unbounded above. */
  readonly upper: IntervalEnd | null
  /** The stated value: exact, approximate, or inside a range; `undefined` for bounds. */
  readonly point: Decimal | undefined
  /** Whether any input was approximate. */
  readonly approximate: boolean
}

/** A computed figure as Tiendo reports it: a value with its qualifier, as observations carry them. */
export interface FigureValue {
  /** The value: exact, approximate, the bound, or the range's stated value (may be absent). */
  readonly value?: Decimal | undefined
  /** `exact`, `approx`, `more_than`, `at_least`, `less_than`, `at_most` or `range`. */
  readonly qualifier: Qualifier
  /** The ends of a range. */
  readonly low?: Decimal | undefined
  readonly high?: Decimal | undefined
  /** Whether an approximate input went in (a bound or range built from `approx` values stays approximate). */
  readonly approximate: boolean
  /** The exact interval, including whether its ends are open. */
  readonly interval: { readonly lower: IntervalEnd | null; readonly upper: IntervalEnd | null }
}

const closed = (value: Decimal): IntervalEnd => ({ value, open: false })
const open = (value: Decimal): IntervalEnd => ({ value, open: true })

/**
 * Figures of single values, shared by value: figures are immutable, and a dataset's points
 * share the decimals of equal values, so the figures an aggregate lists for its inputs (a
 * province's, one per commune) are a few objects where they were four each.
 */
const pointFigures = [new WeakMap<Decimal, Figure>(), new WeakMap<Decimal, Figure>()] as const

/** The figure of a single value, exact or approximate. */
function pointFigure(value: Decimal, approximate: boolean): Figure {
  const shared = pointFigures[approximate ? 1 : 0]
  let figure = shared.get(value)
  if (figure === undefined) {
    figure = { lower: closed(value), upper: closed(value), point: value, approximate }
    shared.set(value, figure)
  }
  return figure
}

/** An exact figure. @internal */
export function exactFigure(value: Decimal): Figure {
  return pointFigure(value, false)
}

/** The figure of a data point, or `undefined` when it has nothing to compute with. @internal */
export function figureOf(
  point: Pick<DataPoint, 'value' | 'qualifier' | 'low' | 'high'>,
): Figure | undefined {
  const { value, low, high } = point
  switch (point.qualifier) {
    case 'exact':
    case 'approx':
      if (value === undefined) return undefined
      return pointFigure(value, point.qualifier === 'approx')
    case 'more_than':
    case 'at_least':
      if (value === undefined) return undefined
      return {
        lower: point.qualifier === 'more_than' ? open(value) : closed(value),
        upper: null,
        point: undefined,
        approximate: false,
      }
    case 'less_than':
    case 'at_most':
      if (value === undefined) return undefined
      return {
        lower: null,
        upper: point.qualifier === 'less_than' ? open(value) : closed(value),
        point: undefined,
        approximate: false,
      }
    case 'range':
      if (low === undefined || high === undefined) return undefined
      return { lower: closed(low), upper: closed(high), point: value, approximate: false }
  }
}

/** Whether a figure is a single value (exact or approximate), not a bound or range. @internal */
export function isPoint(figure: Figure): figure is Figure & { point: Decimal } {
  return (
    figure.point !== undefined &&
    figure.lower !== null &&
    figure.upper !== null &&
    figure.lower.value.eq(figure.upper.value)
  )
}

function addEnds(a: IntervalEnd | null, b: IntervalEnd | null): IntervalEnd | null {
  return a === null || b === null ? null : { value: a.value.plus(b.value), open: a.open || b.open }
}

/**
 * Whether a figure is one closed value whose ends and point are the same decimal, as
 * {@link pointFigure} and the sums and scalings of such figures make them: its ends then
 * need no arithmetic of their own.
 */
function isOneValue(figure: Figure): figure is Figure & { point: Decimal } {
  const { lower, upper, point } = figure
  return (
    point !== undefined &&
    lower !== null &&
    upper !== null &&
    lower.value === point &&
    upper.value === point &&
    !lower.open &&
    !upper.open
  )
}

/** A figure of one value, its ends sharing it; not remembered as {@link pointFigure}'s are. */
function oneValue(value: Decimal, approximate: boolean): Figure {
  const end = closed(value)
  return { lower: end, upper: end, point: value, approximate }
}

/** The sum of two figures. @internal */
export function addFigures(a: Figure, b: Figure): Figure {
  // Single values, nearly every figure: one addition where the ends would repeat it twice.
  if (isOneValue(a) && isOneValue(b)) {
    return oneValue(a.point.plus(b.point), a.approximate || b.approximate)
  }
  return {
    lower: addEnds(a.lower, b.lower),
    upper: addEnds(a.upper, b.upper),
    point: a.point !== undefined && b.point !== undefined ? a.point.plus(b.point) : undefined,
    approximate: a.approximate || b.approximate,
  }
}

/** The sum of figures; the empty sum is exactly 0. @internal */
export function sumFigures(figures: readonly Figure[]): Figure {
  return figures.reduce(addFigures, exactFigure(new Exact(0)))
}

/** A figure multiplied by an exact positive factor (a weight, a share). @internal */
export function scaleFigure(figure: Figure, factor: Decimal): Figure {
  if (isOneValue(figure)) return oneValue(figure.point.times(factor), figure.approximate)
  const scale = (end: IntervalEnd | null) =>
    end === null ? null : { value: end.value.times(factor), open: end.open }
  return {
    lower: scale(figure.lower),
    upper: scale(figure.upper),
    point: figure.point?.times(factor),
    approximate: figure.approximate,
  }
}

/** A figure divided by an exact positive number. @internal */
export function divideFigure(figure: Figure, divisor: Decimal): Figure {
  if (isOneValue(figure)) return oneValue(figure.point.div(divisor), figure.approximate)
  const divide = (end: IntervalEnd | null) =>
    end === null ? null : { value: end.value.div(divisor), open: end.open }
  return {
    lower: divide(figure.lower),
    upper: divide(figure.upper),
    point: figure.point?.div(divisor),
    approximate: figure.approximate,
  }
}

/**
 * The smallest (`pick = 'min'`) or largest end of several figures on one side. On the
 * outer side (lower ends of a min, upper ends of a max) an unbounded end wins, and a tie
 * is open only if every tied end is (a closed one can be reached); on the inner side
 * (upper ends of a min, lower ends of a max) unbounded ends drop out, and a tie is open if
 * any tied end is (that input stays strictly inside, and so does the extreme).
 */
function extremeEnd(
  ends: readonly (IntervalEnd | null)[],
  pick: 'min' | 'max',
  outer: boolean,
): IntervalEnd | null {
  if (outer && ends.includes(null)) return null
  let best: IntervalEnd | null = null
  for (const end of ends) {
    if (end === null) continue
    if (best === null) {
      best = end
      continue
    }
    const cmp = end.value.cmp(best.value)
    if ((pick === 'min' && cmp < 0) || (pick === 'max' && cmp > 0)) best = end
    else if (cmp === 0) {
      best = { value: best.value, open: outer ? best.open && end.open : best.open || end.open }
    }
  }
  return best
}

function extremeFigure(figures: readonly Figure[], pick: 'min' | 'max'): Figure {
  const points = figures.map((f) => f.point)
  const defined = points.filter((p): p is Decimal => p !== undefined)
  return {
    lower: extremeEnd(
      figures.map((f) => f.lower),
      pick,
      pick === 'min',
    ),
    upper: extremeEnd(
      figures.map((f) => f.upper),
      pick,
      pick === 'max',
    ),
    point:
      defined.length === points.length
        ? pick === 'min'
          ? Exact.min(...defined)
          : Exact.max(...defined)
        : undefined,
    approximate: figures.some((f) => f.approximate),
  }
}

/** The smallest of several figures (at least one). @internal */
export function minFigures(figures: readonly Figure[]): Figure {
  return extremeFigure(figures, 'min')
}

/** The largest of several figures (at least one). @internal */
export function maxFigures(figures: readonly Figure[]): Figure {
  return extremeFigure(figures, 'max')
}

/** Figure values by figure: both are immutable, and figures of single values are shared. */
const figureValues = new WeakMap<Figure, FigureValue>()

/**
 * Reads a figure back as a value and qualifier, or `undefined` when it is unbounded on
 * both sides (nothing honest can be said).
 */
export function toFigureValue(figure: Figure): FigureValue | undefined {
  let value = figureValues.get(figure)
  if (value === undefined) {
    value = newFigureValue(figure)
    if (value !== undefined) figureValues.set(figure, value)
  }
  return value
}

function newFigureValue(figure: Figure): FigureValue | undefined {
  const { lower, upper, point, approximate } = figure
  const interval = { lower, upper }
  if (lower !== null && upper !== null) {
    if (lower.value.eq(upper.value) && !lower.open && !upper.open) {
      return {
        value: lower.value,
        qualifier: approximate ? 'approx' : 'exact',
        approximate,
        interval,
      }
    }
    return {
      value: point,
      qualifier: 'range',
      low: lower.value,
      high: upper.value,
      approximate,
      interval,
    }
  }
  if (lower !== null) {
    return {
      value: lower.value,
      qualifier: lower.open ? 'more_than' : 'at_least',
      approximate,
      interval,
    }
  }
  if (upper !== null) {
    return {
      value: upper.value,
      qualifier: upper.open ? 'less_than' : 'at_most',
      approximate,
      interval,
    }
  }
  return undefined
}
