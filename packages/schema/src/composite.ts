import { z } from 'zod'
import { DecimalInputSchema, IdSchema, LocalizedTextSchema } from './primitives'

/** How a component's raw value maps onto 0–1; without it the value is already a 0–1 score. */
export const CompositeScaleSchema = z.strictObject({
  min: DecimalInputSchema,
  max: DecimalInputSchema,
  /** `decrease` scores `(max − value) / (max − min)`: lower is better. Defaults to `increase`. */
  direction: z.enum(['increase', 'decrease']).optional(),
})

/** One component of an index: an indicator's value, normalised to 0–1, with its weight. */
export const CompositeComponentSchema = z.strictObject({
  /** The indicator whose value the component reads. */
  indicator: IdSchema,
  /** Its weight within its index, relative to the other components. Defaults to `1`. */
  weight: DecimalInputSchema.optional(),
  scale: CompositeScaleSchema.optional(),
})

/** A main index: its components and the maximum points it carries. */
export const CompositeIndexSchema = z.strictObject({
  id: IdSchema,
  name: LocalizedTextSchema.optional(),
  /** The maximum points; `0` for an index shown but not scored (the DTI's smart city). */
  points: DecimalInputSchema,
  /** The indicator the index's 0–1 score is written to, when the pack tracks it. */
  indicator: IdSchema.optional(),
  components: z.array(CompositeComponentSchema).min(1).max(1000),
})

/** A pillar: main indices scored together (a DTI pillar is the foundation indices plus its own). */
export const CompositePillarSchema = z.strictObject({
  id: IdSchema,
  name: LocalizedTextSchema.optional(),
  indices: z.array(IdSchema).min(1).max(100),
  /** The indicator the pillar's 0–1 score is written to, when the pack tracks it. */
  indicator: IdSchema.optional(),
})

/**
 * A composite index in the style of the provincial DTI, derived for every unit and period
 * whose components were submitted or derived: components normalised to 0–1 and weighted into
 * main indices worth points, pillars, and the total on the 0–1 scale, written to
 * `indicator`. A submitted value of that indicator stands; a derived one that disagrees
 * beyond the indicator's `tolerance` is a warning naming both.
 */
export const CompositeSchema = z.strictObject({
  /** The indicator the total (points over the maximum, 0–1) is written to. */
  indicator: IdSchema,
  name: LocalizedTextSchema.optional(),
  /**
   * A component without a value: `zero` scores it 0 (the DTI practice), `reweight` shares its
   * weight among the others of its index, `refuse` derives nothing for that unit and period.
   * Defaults to `refuse`.
   */
  missing: z.enum(['zero', 'reweight', 'refuse']).optional(),
  indices: z.array(CompositeIndexSchema).min(1).max(100),
  pillars: z.array(CompositePillarSchema).max(100).optional(),
  note: z.string().max(2000).optional(),
})

export type CompositeScale = z.infer<typeof CompositeScaleSchema>
export type CompositeComponentDeclaration = z.infer<typeof CompositeComponentSchema>
export type CompositeIndexDeclaration = z.infer<typeof CompositeIndexSchema>
export type CompositePillarDeclaration = z.infer<typeof CompositePillarSchema>
export type Composite = z.infer<typeof CompositeSchema>
