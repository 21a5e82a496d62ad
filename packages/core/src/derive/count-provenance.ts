/**
 * The provenance of a count of records. Its records are listed when `inputs` is read (a
 * report shows them), not held: a country's counts name every record submitted, and nothing
 * else needs them. @internal
 */

import type { RecordEntry, RecordQuery } from '../records'
import type { Provenance, ProvenanceInput } from './provenance'

/** Lists the inputs of a unit's count in a period. */
export type CountInputs = (unit: string, period: string) => readonly ProvenanceInput[]

/**
 * `inputs` is an own, enumerable getter, so a count's provenance reads, spreads and
 * serializes as an object literal with that getter would (`method`, `rule`, `inputs`). One
 * getter serves every count: a getter written in a literal made a closure, an accessor pair
 * and a property dictionary for each (about 400 bytes; a country has 53,210 counts, 8× that
 * 425,000). What it lists is in private fields, which nothing enumerates.
 * @internal
 */
export class CountProvenance implements Provenance {
  readonly method = 'record_count'
  readonly rule: string
  declare readonly inputs: readonly ProvenanceInput[]
  readonly #unit: string
  readonly #period: string
  readonly #list: CountInputs

  static readonly #inputs: PropertyDescriptor = {
    get(this: CountProvenance) {
      return this.#list(this.#unit, this.#period)
    },
    enumerable: true,
    configurable: true,
  }

  constructor(rule: string, unit: string, period: string, list: CountInputs) {
    this.rule = rule
    this.#unit = unit
    this.#period = period
    this.#list = list
    Object.defineProperty(this, 'inputs', CountProvenance.#inputs)
  }
}

/** A counted record as an input of its count. @internal */
export function recordInput(entry: RecordEntry): ProvenanceInput {
  return {
    indicator: String(entry.record.kind),
    unit: entry.unit,
    period: entry.record.date,
    role: 'record',
    derived: false,
    location: entry.location,
  }
}

/** A dataset that lists records as inputs of a count without making them: Tiendo's own. */
interface CountInputsSource {
  recordCountInputs(query: RecordQuery): readonly ProvenanceInput[]
}

/**
 * The records matching a query as inputs of a count, by date then in the order given:
 * straight from the columns of a dataset Tiendo built, else from the records it lists.
 * @internal
 */
export function countInputsOf(
  dataset: { records(query?: RecordQuery): readonly RecordEntry[] },
  query: RecordQuery,
): readonly ProvenanceInput[] {
  const source = dataset as typeof dataset & Partial<CountInputsSource>
  return typeof source.recordCountInputs === 'function'
    ? source.recordCountInputs(query)
    : dataset.records(query).map(recordInput)
}
