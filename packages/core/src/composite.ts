/**
 * Computing a composite index (DTI style) with a breakdown that explains where every point
 * came from: each component's normalised score and the points it earned, each index's
 * points out of its maximum, each pillar's score, and the total on the 0–1 scale.
 */

import type { Decimal } from 'decimal.js'
import type { FigureReason } from './aggregate-reasons'
import {
  type CheckedComponent,
  type CheckedIndex,
  type CompositeDefinition,
  type CompositeMissing,
  checkDefinition,
} from './composite-definition'
import type { Dataset } from './dataset'
import { Exact, type ExactInput, toExact } from './decimal'
import type { PeriodInput } from './period'

/** The values of the components, by component id; missing or `undefined` means not reported. */
export type CompositeValues =
  | Readonly<Record<string, ExactInput | undefined>>
  | ReadonlyMap<string, ExactInput | undefined>

/** Where one component's points came from. */
export interface ComponentBreakdown {
  readonly id: string
  /** The value given, exactly. */
  readonly raw?: Decimal | undefined
  /** The value on 0–1 (0 for a missing component scored `zero`). */
  readonly normalised?: Decimal | undefined
  /** Whether the value lay outside its scale and was held to its nearest end (reported, never silent). */
  readonly clamped: boolean
  readonly missing: boolean
  /** Its weight, and its share of its index's weight among the components counted. */
  readonly weight: Decimal
  readonly share?: Decimal | undefined
  /** The points it earned: index points × share × normalised. */
  readonly points?: Decimal | undefined
}

/** One main index: its points out of its maximum. */
export interface IndexBreakdown {
  readonly id: string
  readonly maxPoints: Decimal
  /** The sum of its components' points; absent when nothing could be counted. */
  readonly points?: Decimal | undefined
  /** `points / maxPoints` (for an index without points, the weighted component score). */
  readonly score?: Decimal | undefined
  /** Whether the index counts towards the total (it has points and could be computed). */
  readonly counted: boolean
  readonly components: readonly ComponentBreakdown[]
}

/** One pillar: the points of its indices out of theirs. */
export interface PillarBreakdown {
  readonly id: string
  readonly indices: readonly string[]
  readonly maxPoints: Decimal
  readonly points?: Decimal | undefined
  readonly score?: Decimal | undefined
}

/** A computed composite index. */
export interface CompositeResult {
  readonly id: string
  readonly status: 'computed' | 'refused'
  /** Why no total was computed (`composite_missing`). */
  readonly reason?: FigureReason | undefined
  /** The total on the published 0–1 scale: points / maximum points of the counted indices. */
  readonly score?: Decimal | undefined
  readonly points?: Decimal | undefined
  readonly maxPoints: Decimal
  readonly missingStrategy: CompositeMissing
  /** The ids of the components without a value. */
  readonly missing: readonly string[]
  readonly indices: readonly IndexBreakdown[]
  readonly pillars: readonly PillarBreakdown[]
}

const ZERO = new Exact(0)
const ONE = new Exact(1)

/**
 * Computes a composite index from its component values. Throws a
 * `CompositeDefinitionError` on a definition that cannot be computed, and a `RangeError`
 * naming the component on a value that is not a number; missing values follow the
 * definition's `missing` strategy.
 */
export function computeComposite(
  definition: CompositeDefinition,
  values: CompositeValues,
): CompositeResult {
  const indices = checkDefinition(definition)
  const strategy = definition.missing ?? 'refuse'
  const read = (id: string) =>
    values instanceof Map ? values.get(id) : (values as Record<string, ExactInput | undefined>)[id]
  const breakdowns = indices.map((index) =>
    scoreIndex(index, strategy, (c) => componentValue(c, read)),
  )
  const missing = breakdowns.flatMap((index) =>
    index.components.filter((c) => c.missing).map((c) => c.id),
  )
  const counted = breakdowns.filter((index) => index.counted)
  const pillars = (definition.pillars ?? []).map((pillar): PillarBreakdown => {
    const members = breakdowns.filter((index) => pillar.indices.includes(index.id) && index.counted)
    const max = members.reduce((sum, index) => sum.plus(index.maxPoints), ZERO)
    const points = members.reduce((sum, index) => sum.plus(index.points!), ZERO)
    const scored = strategy !== 'refuse' || missing.length === 0
    return {
      id: pillar.id,
      indices: pillar.indices,
      maxPoints: max,
      points: scored && !max.isZero() ? points : undefined,
      score: scored && !max.isZero() ? points.div(max) : undefined,
    }
  })
  const maxPoints = counted.reduce((sum, index) => sum.plus(index.maxPoints), ZERO)
  const base = {
    id: definition.id,
    maxPoints,
    missingStrategy: strategy,
    missing,
    indices: breakdowns,
    pillars,
  }
  if (strategy === 'refuse' && missing.length > 0) {
    return { ...base, status: 'refused', reason: missingReason(missing, strategy) }
  }
  if (maxPoints.isZero()) {
    return { ...base, status: 'refused', reason: missingReason(missing, strategy) }
  }
  const points = counted.reduce((sum, index) => sum.plus(index.points!), ZERO)
  return { ...base, status: 'computed', points, score: points.div(maxPoints) }
}

/** A component's value, exactly, or `undefined`. */
function componentValue(
  component: CheckedComponent,
  read: (id: string) => ExactInput | undefined,
): Decimal | undefined {
  const value = read(component.id)
  if (value === undefined) return undefined
  try {
    return toExact(value)
  } catch {
    throw new RangeError(
      `The value of the component \`${component.id}\` is not a number: ${String(value)}`,
    )
  }
}

function normalise(
  component: CheckedComponent,
  raw: Decimal,
): { value: Decimal; clamped: boolean } {
  const { scale } = component
  const value =
    scale === undefined
      ? raw
      : (scale.decrease ? scale.max.minus(raw) : raw.minus(scale.min)).div(
          scale.max.minus(scale.min),
        )
  if (value.lt(ZERO)) return { value: ZERO, clamped: true }
  if (value.gt(ONE)) return { value: ONE, clamped: true }
  return { value, clamped: false }
}

function scoreIndex(
  index: CheckedIndex,
  strategy: CompositeMissing,
  value: (component: CheckedComponent) => Decimal | undefined,
): IndexBreakdown {
  const read = index.components.map((component) => {
    const raw = value(component)
    return { component, raw, normalised: raw === undefined ? undefined : normalise(component, raw) }
  })
  // Under `reweight` the missing components leave the index; otherwise every one counts.
  const counts = (r: (typeof read)[number]) => strategy !== 'reweight' || r.raw !== undefined
  const totalWeight = read.filter(counts).reduce((sum, r) => sum.plus(r.component.weight), ZERO)
  const components = read.map((r): ComponentBreakdown => {
    const missing = r.raw === undefined
    const base = { id: r.component.id, raw: r.raw, weight: r.component.weight, missing }
    if (!counts(r) || totalWeight.isZero()) return { ...base, clamped: false }
    const share = r.component.weight.div(totalWeight)
    const normalised = r.normalised?.value ?? (strategy === 'zero' ? ZERO : undefined)
    return {
      ...base,
      clamped: r.normalised?.clamped ?? false,
      share,
      normalised,
      points:
        normalised === undefined
          ? undefined
          : index.points.times(r.component.weight).times(normalised).div(totalWeight),
    }
  })
  const computable =
    !totalWeight.isZero() &&
    components.every((c) => c.points !== undefined || c.share === undefined)
  const anyValue = read.some((r) => r.raw !== undefined)
  const computed = computable && (strategy !== 'reweight' || anyValue)
  const points = computed
    ? components.reduce((sum, c) => (c.points === undefined ? sum : sum.plus(c.points)), ZERO)
    : undefined
  const weighted = computed
    ? components.reduce(
        (sum, c) =>
          c.share === undefined || c.normalised === undefined
            ? sum
            : sum.plus(c.share.times(c.normalised)),
        ZERO,
      )
    : undefined
  const scored = !index.points.isZero()
  return {
    id: index.id,
    maxPoints: index.points,
    points: scored ? points : undefined,
    score: scored && points !== undefined ? points.div(index.points) : weighted,
    counted: scored && points !== undefined,
    components,
  }
}

function missingReason(missing: readonly string[], strategy: CompositeMissing): FigureReason {
  const list = missing.map((id) => `\`${id}\``).join(', ')
  const [vi, en] =
    strategy === 'refuse'
      ? [
          'định nghĩa không cho phép tính khi thiếu (`missing: refuse`)',
          'the definition does not allow a total without them (`missing: refuse`)',
        ]
      : ['không còn chỉ số nào có điểm để tính', 'no index with points is left to score']
  return {
    code: 'composite_missing',
    message: {
      vi: `Thiếu giá trị của ${missing.length} thành phần (${list}); ${vi}.`,
      en: `${missing.length} components have no value (${list}); ${en}.`,
    },
  }
}

/** What {@link readCompositeValues} reads. */
export interface ReadCompositeOptions {
  readonly dataset: Dataset
  readonly definition: CompositeDefinition
  /** A unit key or code (see `Dataset.get`). */
  readonly unit: string
  readonly period: PeriodInput
}

/**
 * The component values of a composite for one unit and period, read from a dataset by each
 * component's `indicator`. Values that are not exact (bounds, ranges) are left out, so
 * the missing strategy decides; approximate values are read as given.
 */
export function readCompositeValues(
  options: ReadCompositeOptions,
): Map<string, Decimal | undefined> {
  const values = new Map<string, Decimal | undefined>()
  for (const index of options.definition.indices) {
    for (const component of index.components) {
      const point = options.dataset.get(
        component.indicator ?? component.id,
        options.unit,
        options.period,
      )
      const exact = point?.qualifier === 'exact' || point?.qualifier === 'approx'
      values.set(component.id, exact ? point?.value : undefined)
    }
  }
  return values
}
