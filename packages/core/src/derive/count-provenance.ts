/**
 * The provenance of a count of records. Its records are listed when `inputs` is read (a
 * report shows them), not held: a country's counts name every record submitted, and nothing
 * else needs them. @internal
 */

import type { SourceLocation } from '@tiendo/schema'
import type { RecordEntry, RecordQuery } from '../records'
import type { Provenance, ProvenanceInput } from './provenance'

/** Lists the inputs of a unit's count in a period, as objects or as a report's JSON text. */
export interface CountLister {
  inputs(unit: string, period: string): readonly ProvenanceInput[]
  /** The inputs' list as a JSON report writes it: see {@link recordInputJsonText}. */
  inputsJsonText(unit: string, period: string): string
}

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
  readonly #list: CountLister

  static readonly #inputs: PropertyDescriptor = {
    get(this: CountProvenance) {
      return this.#list.inputs(this.#unit, this.#period)
    },
    enumerable: true,
    configurable: true,
  }

  constructor(rule: string, unit: string, period: string, list: CountLister) {
    this.rule = rule
    this.#unit = unit
    this.#period = period
    this.#list = list
    Object.defineProperty(this, 'inputs', CountProvenance.#inputs)
  }

  /**
   * The JSON text of `inputs` as a report writes each input (see
   * {@link recordInputJsonText}), written from the dataset's columns: a country's counts
   * list every record it holds. On the prototype, so nothing enumerates it.
   */
  inputsJsonText(): string {
    return this.#list.inputsJsonText(this.#unit, this.#period)
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

/**
 * The JSON text of a record as an input of its count, as a report writes an input: its
 * `indicator`, `unit`, `period`, `role` and `derived`, then where it was read (`file`, `row`,
 * `path`), each when present. @internal
 */
export function recordInputJsonText(input: ProvenanceInput): string {
  const quote = JSON.stringify
  return recordInputText(
    quote(input.indicator),
    quote(input.unit),
    quote(input.period),
    input.location,
  )
}

/**
 * {@link recordInputJsonText} from the record's kind, unit and date already written as JSON
 * strings, which a dataset's columns quote once for all their records. @internal
 */
export function recordInputText(
  kind: string,
  unit: string,
  date: string,
  location: SourceLocation | undefined,
): string {
  let text = `{"indicator":${kind},"unit":${unit},"period":${date},"role":"record","derived":false`
  if (location?.file !== undefined) text += `,"file":${JSON.stringify(location.file)}`
  if (location?.row !== undefined) text += `,"row":${JSON.stringify(location.row)}`
  if (location?.path !== undefined) text += `,"path":${JSON.stringify(location.path)}`
  return `${text}}`
}

/**
 * The records matching a query as inputs of a count, by date then in the order given: each
 * made when asked for, as an object or as its JSON text. @internal
 */
export interface CountList {
  /** Each record's date, in the list's order. */
  readonly dates: readonly string[]
  input(index: number): ProvenanceInput
  inputJsonText(index: number): string
}

/** A dataset that lists records as inputs of a count without making them: Tiendo's own. */
interface CountListSource {
  recordCountList(query: RecordQuery): CountList
}

/**
 * The records matching a query as inputs of a count: straight from the columns of a dataset
 * Tiendo built, else from the records it lists. @internal
 */
export function countListOf(
  dataset: { records(query?: RecordQuery): readonly RecordEntry[] },
  query: RecordQuery,
): CountList {
  const source = dataset as typeof dataset & Partial<CountListSource>
  if (typeof source.recordCountList === 'function') return source.recordCountList(query)
  const inputs = dataset.records(query).map(recordInput)
  return {
    dates: inputs.map((input) => input.period),
    input: (index) => inputs[index]!,
    inputJsonText: (index) => recordInputJsonText(inputs[index]!),
  }
}
