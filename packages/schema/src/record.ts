import { z } from 'zod'
import { IdSchema, IsoDateSchema, UnitRefSchema } from './primitives'

/** Where a record stands; only `completed` records count towards quotas by default. */
export const RecordStatusSchema = z.enum(['completed', 'in_progress', 'planned', 'cancelled'])

/** An event a unit submits, such as one completed DX product. */
export const RecordSchema = z.strictObject({
  id: z.string().min(1).max(200).optional(),
  /** What the record is: `dx_product`… Indicators count records of a kind. */
  kind: IdSchema,
  unit: UnitRefSchema,
  /** The day the event happened (for a product, the day it was completed). */
  date: IsoDateSchema,
  status: RecordStatusSchema,
  title: z.string().min(1).max(2000),
  /** A link to the evidence: a decision, a page, a document. */
  evidence: z.url({ protocol: /^https?$/ }).optional(),
  source: z.string().max(2000).optional(),
  note: z.string().max(10000).optional(),
})

export type RecordStatus = z.infer<typeof RecordStatusSchema>
export type SubmittedRecord = z.infer<typeof RecordSchema>
