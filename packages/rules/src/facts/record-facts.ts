import { RulesDecimal } from '../decimal'
import { readIdList } from '../params'
import type { FactDefinition } from './definition'
import { locate, WHERE_PARAMS } from './locate'

/** The record statuses that count when a rule names none. */
export const DEFAULT_RECORD_STATUSES: readonly string[] = ['completed']

/**
 * `record_count`: how many records of a kind the scope unit (or `unit`) submitted dated
 * within the period (or `period`/`offset`), with a status in `status` (one status, or
 * several separated by commas; `completed` by default). Never missing: no record is 0.
 */
export const recordCountFact: FactDefinition = {
  name: 'record_count',
  params: {
    kind: { kind: 'id', required: true },
    status: { kind: 'id_list' },
    ...WHERE_PARAMS,
  },
  returns: 'decimal',
  compute(context, params) {
    const where = locate(context, params)
    // A unit that does not exist in the period submitted nothing in it.
    if (where === undefined) return new RulesDecimal(0)
    const count = context.source.recordCount({
      kind: String(params.kind),
      unit: where.unit,
      period: where.period,
      statuses: readIdList(params.status) ?? DEFAULT_RECORD_STATUSES,
    })
    return new RulesDecimal(count)
  },
}
