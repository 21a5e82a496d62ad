import { z } from 'zod'
import { CompositeSchema } from './composite'
import { CoverageSchema, IndicatorSchema } from './indicator'
import {
  IdSchema,
  LocalizedTextSchema,
  MethodologyProfileSchema,
  PackIdSchema,
  SemverSchema,
  UnitCodeSchema,
  UnitRefSchema,
} from './primitives'
import { RuleSchema } from './rule'
import { TargetSchema } from './target'
import type { Unit } from './unit'
import { UnitSchema } from './unit'

/**
 * What a pack drops from the pack it extends, by id. Anything it redefines with the same
 * id replaces the inherited one instead.
 */
export const PackRemovalSchema = z.strictObject({
  indicators: z.array(IdSchema).optional(),
  units: z.array(UnitRefSchema).optional(),
  targets: z.array(IdSchema).optional(),
  rules: z.array(IdSchema).optional(),
  /** Composites, by the indicator they write to. */
  composites: z.array(IdSchema).optional(),
})

/** How the pipeline derives figures nobody submitted (see the `derive` stage in the docs). */
export const PackDeriveSchema = z.strictObject({
  /**
   * The least share of children (0–1) with a usable value for a parent's figure to be
   * derived, for indicators whose `aggregation.missing` lets children be absent and that set
   * no `minCoverage` of their own. Defaults to 0: any coverage, flagged when partial.
   */
  minCoverage: CoverageSchema.optional(),
})

/**
 * Which of the bundled communes, wards and special zones of 1 July 2025 (`@tiendo/packs`'
 * `vietnamUnits`) a pack includes: `all` of them, or those of the provinces listed by code
 * (`["56", "68"]`). Like `id` and `title`, it is the pack's own and not inherited: a pack that
 * extends one naming it includes the communes it names itself, so that its rules over every
 * commune mean the communes it chose.
 */
export const PackCommunesSchema = z.union([z.literal('all'), z.array(UnitCodeSchema).max(100)])

/** A versioned bundle of indicators, units, targets and rules. Data only: it never runs code. */
export const PackSchema = z
  .strictObject({
    /** Where an editor finds this schema, to complete and check the file. */
    $schema: z.string().max(2000).optional(),
    id: PackIdSchema,
    version: SemverSchema,
    title: LocalizedTextSchema,
    description: LocalizedTextSchema.partial().optional(),
    /** A built-in pack id (`vn-national`) or a path relative to this file. */
    extends: z.string().min(1).max(500).optional(),
    /** The methodology profile for assessments. Defaults to `eurostat`. */
    methodology: MethodologyProfileSchema.optional(),
    indicators: z.array(IndicatorSchema).max(10_000).optional(),
    units: z.array(UnitSchema).max(200_000).optional(),
    /** The bundled communes of 1 July 2025 this pack includes; not inherited. Defaults to none. */
    communes: PackCommunesSchema.optional(),
    targets: z.array(TargetSchema).max(100_000).optional(),
    rules: z.array(RuleSchema).max(10_000).optional(),
    /** Composite indices (DTI style) derived from their components. */
    composites: z.array(CompositeSchema).max(1000).optional(),
    derive: PackDeriveSchema.optional(),
    remove: PackRemovalSchema.optional(),
  })
  .superRefine((pack, ctx) => {
    // Items may be partly invalid here (zod refines after field errors): read ids loosely.
    for (const list of ['indicators', 'targets', 'rules'] as const) {
      const items: readonly { id?: unknown }[] | undefined = pack[list]
      reportDuplicates(items, list, 'id', (item) => item?.id, ctx)
    }
    reportDuplicates(pack.composites, 'composites', 'indicator', (item) => item?.indicator, ctx)
    reportUnitClashes(pack.units, ctx)
  })

function reportDuplicates<T>(
  items: readonly T[] | undefined,
  list: string,
  field: string,
  keyOf: (item: T) => unknown,
  ctx: z.RefinementCtx,
): void {
  if (!Array.isArray(items)) return
  const seen = new Set<unknown>()
  items.forEach((item, index) => {
    const key = keyOf(item)
    if (typeof key !== 'string') return
    if (seen.has(key)) {
      ctx.addIssue({
        code: 'custom',
        params: { tiendo: 'duplicate_id' },
        path: [list, index, field],
        message: `\`${key}\` is already used earlier in \`${list}\``,
      })
    }
    seen.add(key)
  })
}

/** Reports each unit whose code and days another unit earlier in the list already has. */
function reportUnitClashes(units: readonly Unit[] | undefined, ctx: z.RefinementCtx): void {
  if (!Array.isArray(units)) return
  for (const { index, other } of unitClashes(units)) {
    ctx.addIssue({
      code: 'custom',
      params: { tiendo: 'unit_validity_overlap', other },
      path: ['units', index, 'code'],
      message: `Unit \`${units[index]!.code}\` overlaps in time with units[${other}], which has the same code`,
    })
  }
}

/**
 * Two units may share a code (codes are reused across reorganisations) only if their
 * validity intervals do not overlap: a code must resolve to one unit on any day. Each unit
 * that clashes, with the first earlier unit it clashes with. Units may be partly invalid
 * (the schema refines after field errors): one without a text code is passed over. @internal
 */
export function unitClashes(units: readonly Unit[]): { index: number; other: number }[] {
  const clashes: { index: number; other: number }[] = []
  const byCode = new Map<string, number[]>()
  units.forEach((unit, index) => {
    if (typeof unit?.code !== 'string') return
    const earlier = byCode.get(unit.code) ?? []
    const other = earlier.find((at) => overlaps(units[at]!, unit))
    if (other !== undefined) clashes.push({ index, other })
    byCode.set(unit.code, [...earlier, index])
  })
  return clashes
}

/** Whether two validity intervals share a day; an absent end is open. ISO dates compare as text. */
function overlaps(a: Unit, b: Unit): boolean {
  const startsBeforeEnd = (x: Unit, y: Unit) =>
    x.validFrom === undefined || y.validTo === undefined || x.validFrom <= y.validTo
  return startsBeforeEnd(a, b) && startsBeforeEnd(b, a)
}

export type PackCommunes = z.infer<typeof PackCommunesSchema>
export type PackRemoval = z.infer<typeof PackRemovalSchema>
export type PackDerive = z.infer<typeof PackDeriveSchema>
export type Pack = z.infer<typeof PackSchema>
