import { RulesDecimal } from '../decimal'
import { readIdList } from '../params'
import type { FactDefinition } from './definition'
import { locate, WHERE_PARAMS } from './locate'

/** The record statuses that count when a rule names none. */
export const DEFAULT_RECORD_STATUSES: readonly string[] = ['completed']

/** Counts as decimals, made once for the small ones (decimals never change). */
const SMALL_COUNTS = Array.from({ length: 1024 }, (_, count) => new RulesDecimal(count))

const countOf = (count: number) => SMALL_COUNTS[count] ?? new RulesDecimal(count)

/** Status lists as read from a `status` parameter, once per text (they repeat every scope). */
const statusLists = new Map<string, readonly string[] | undefined>()

function statusesOf(status: string | number | boolean | undefined): readonly string[] {
  if (typeof status !== 'string') return readIdList(status) ?? DEFAULT_RECORD_STATUSES
  let list = statusLists.get(status)
  if (list === undefined && !statusLists.has(status)) {
    const read = readIdList(status)
    // Shared with every query after: frozen, so no source can change it for the others.
    list = read === undefined ? undefined : Object.freeze(read)
    // Texts come from compiled packs, so there are few; the bound is a guard all the same.
    if (statusLists.size < 10_000) statusLists.set(status, list)
  }
  return list ?? DEFAULT_RECORD_STATUSES
}

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
    // Most rules count the scope's own records: no need to locate them.
    const here =
      typeof params.unit !== 'string' &&
      typeof params.period !== 'string' &&
      (typeof params.offset !== 'number' || params.offset === 0)
    const where = here ? context : locate(context, params)
    // A unit that does not exist in the period submitted nothing in it.
    if (where === undefined) return countOf(0)
    const count = context.source.recordCount({
      kind: String(params.kind),
      unit: where.unit,
      period: where.period,
      statuses: statusesOf(params.status),
    })
    return countOf(count)
  },
}
