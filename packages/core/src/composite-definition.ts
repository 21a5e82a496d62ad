/**
 * The definition of a composite index in the style of the provincial DTI: components
 * normalised to 0–1, weighted into main indices that carry maximum points, grouped into
 * pillars, and a total on the published 0–1 scale. Definitions are data; this file checks
 * them and says exactly what is wrong.
 */

import type { LocalizedText } from '@tiendo/schema'
import type { Decimal } from 'decimal.js'
import { type ExactInput, toExact } from './decimal'

/** One component: a measured value, normalised to 0–1, with its weight inside its index. */
export interface CompositeComponent {
  readonly id: string
  readonly name?: LocalizedText
  /** The indicator whose value this component reads (see `readCompositeValues`). Defaults to `id`. */
  readonly indicator?: string
  /** Its weight within its index, relative to the other components. Defaults to 1. */
  readonly weight?: ExactInput
  /**
   * How the raw value maps onto 0–1: `(value − min) / (max − min)`, or `(max − value) /
   * (max − min)` for `direction: 'decrease'`. Defaults to none: the value is already a 0–1
   * score.
   */
  readonly scale?: {
    readonly min: ExactInput
    readonly max: ExactInput
    readonly direction?: 'increase' | 'decrease'
  }
}

/** A main index: its components and the maximum points it carries (0 for an index shown but not scored, as the DTI's smart-city index). */
export interface CompositeIndex {
  readonly id: string
  readonly name?: LocalizedText
  readonly points: ExactInput
  readonly components: readonly CompositeComponent[]
}

/** A pillar: a group of main indices scored together (a DTI pillar is the foundation indices plus its own activity index). */
export interface CompositePillar {
  readonly id: string
  readonly name?: LocalizedText
  readonly indices: readonly string[]
}

/**
 * What to do with a component that has no value: `zero` scores it 0 (the DTI practice for
 * what a province did not report); `reweight` leaves it out and shares its weight among
 * the others in its index (an index with no value at all leaves the total, which is then
 * out of the points that remain); `refuse` computes no total.
 */
export type CompositeMissing = 'zero' | 'reweight' | 'refuse'

/** A composite index definition. */
export interface CompositeDefinition {
  readonly id: string
  readonly name?: LocalizedText
  readonly indices: readonly CompositeIndex[]
  readonly pillars?: readonly CompositePillar[]
  /** Defaults to `refuse`: nothing is filled in unless the definition says how. */
  readonly missing?: CompositeMissing
}

/** Thrown on a definition that cannot be computed; `code` is stable, the message says what and where. */
export class CompositeDefinitionError extends Error {
  readonly code: string
  /** The message in Vietnamese and English. */
  readonly messages: LocalizedText

  constructor(code: string, messages: LocalizedText) {
    super(messages.en)
    this.name = 'CompositeDefinitionError'
    this.code = code
    this.messages = messages
  }
}

/** A component as computed with: exact weight and scale. @internal */
export interface CheckedComponent {
  readonly id: string
  readonly indicator: string
  readonly weight: Decimal
  readonly scale?: { min: Decimal; max: Decimal; decrease: boolean }
}

/** An index as computed with. @internal */
export interface CheckedIndex {
  readonly id: string
  readonly points: Decimal
  readonly components: readonly CheckedComponent[]
}

/** Checks a definition and converts its numbers, or throws a {@link CompositeDefinitionError}. @internal */
export function checkDefinition(definition: CompositeDefinition): CheckedIndex[] {
  const fail = (code: string, vi: string, en: string): never => {
    throw new CompositeDefinitionError(code, { vi, en })
  }
  const number = (value: ExactInput, where: string): Decimal => {
    try {
      return toExact(value)
    } catch {
      return fail(
        'composite_number',
        `${where}: \`${String(value)}\` không phải là một số.`,
        `${where}: \`${String(value)}\` is not a number.`,
      )
    }
  }
  const ids = new Set<string>()
  const unique = (id: string, where: string) => {
    if (ids.has(id)) {
      fail(
        'composite_duplicate_id',
        `${where}: mã \`${id}\` bị trùng.`,
        `${where}: the id \`${id}\` is used twice.`,
      )
    }
    ids.add(id)
  }
  const indices = definition.indices.map((index) => {
    unique(index.id, `indices.${index.id}`)
    const points = number(index.points, `indices.${index.id}.points`)
    if (points.isNegative()) {
      fail(
        'composite_points',
        `Điểm tối đa của \`${index.id}\` không được âm.`,
        `The points of \`${index.id}\` must not be negative.`,
      )
    }
    if (index.components.length === 0) {
      fail(
        'composite_empty_index',
        `Chỉ số \`${index.id}\` không có thành phần nào.`,
        `The index \`${index.id}\` has no components.`,
      )
    }
    const components = index.components.map((component): CheckedComponent => {
      const where = `indices.${index.id}.components.${component.id}`
      unique(component.id, where)
      const weight = number(component.weight ?? 1, `${where}.weight`)
      if (!weight.isPositive() || weight.isZero()) {
        fail(
          'composite_weight',
          `${where}: trọng số phải lớn hơn 0.`,
          `${where}: the weight must be greater than 0.`,
        )
      }
      const checked: CheckedComponent = {
        id: component.id,
        indicator: component.indicator ?? component.id,
        weight,
      }
      if (component.scale === undefined) return checked
      const min = number(component.scale.min, `${where}.scale.min`)
      const max = number(component.scale.max, `${where}.scale.max`)
      if (max.lte(min)) {
        fail(
          'composite_scale',
          `${where}: \`max\` phải lớn hơn \`min\`.`,
          `${where}: \`max\` must be greater than \`min\`.`,
        )
      }
      return { ...checked, scale: { min, max, decrease: component.scale.direction === 'decrease' } }
    })
    return { id: index.id, points, components }
  })
  if (!indices.some((index) => index.points.isPositive() && !index.points.isZero())) {
    fail(
      'composite_no_points',
      'Không có chỉ số nào được tính điểm.',
      'No index carries any points.',
    )
  }
  for (const pillar of definition.pillars ?? []) {
    for (const id of pillar.indices) {
      if (!indices.some((index) => index.id === id)) {
        fail(
          'composite_unknown_index',
          `Trụ cột \`${pillar.id}\` nhắc đến chỉ số \`${id}\` không có trong định nghĩa.`,
          `The pillar \`${pillar.id}\` names the index \`${id}\`, which is not defined.`,
        )
      }
    }
  }
  return indices
}
