/**
 * The readers of a run, made from one build of `@tiendo/io` (its Node entry or its
 * browser-safe `parse` entry). @internal
 */

import type * as Io from '@tiendo/io/parse'
import type { ItemBatches, Readers } from './readers'

/** The functions of `@tiendo/io` a run reads with. @internal */
export type IoReading = Pick<
  typeof Io,
  | 'readSourceRows'
  | 'readSourceObservationBatches'
  | 'readSourceRecordBatches'
  | 'observationsFromRows'
  | 'recordsFromRows'
>

/** One item of a batch. */
type ItemOf<B> = B extends AsyncGenerator<readonly (infer T)[], unknown, unknown> ? T : never

/** Items handed on in batches of at most this many. */
const BATCH = 1024

/** @internal */
export function makeReaders(io: IoReading, file?: Readers['file']): Readers {
  return {
    rows: (source, context) =>
      io.readSourceRows(source, {
        limits: context.limits,
        sheet: context.sheet,
        signal: context.signal,
      }),
    observations: (source, context) =>
      io.readSourceObservationBatches(source, {
        limits: context.limits,
        sheet: context.sheet,
        signal: context.signal,
        numberLocale: context.numberLocale,
      }),
    records: (source, context) =>
      io.readSourceRecordBatches(source, {
        limits: context.limits,
        sheet: context.sheet,
        signal: context.signal,
      }),
    fromRows: (rows, kind, context) =>
      kind === 'records'
        ? batched(io.recordsFromRows(rows))
        : batched(io.observationsFromRows(rows, { numberLocale: context.numberLocale })),
    file,
  }
}

/** Items of a generator in batches, its return value kept. */
async function* batched(
  items: AsyncGenerator<ItemOf<ItemBatches>, Io.ReadStats, undefined>,
): ItemBatches {
  let batch: ItemOf<ItemBatches>[] = []
  for (;;) {
    const next = await items.next()
    if (next.done) {
      if (batch.length > 0) yield batch
      return next.value
    }
    batch.push(next.value)
    if (batch.length >= BATCH) {
      yield batch
      batch = []
    }
  }
}
