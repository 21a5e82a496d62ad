/**
 * `--store FILE.duckdb`: the files of the command line are ingested into the store (a file
 * whose content it holds is recognised and not loaded again), then the command runs over
 * every submission the store holds. Without `--store`, the command runs over its files.
 */

import { resolve } from 'node:path'
import type { NodePipelineOptions } from '@tiendo/pipeline'
import { CliError } from '../cli-error'
import type { CommandContext } from '../command'
import { stringOption } from '../options'
import { pipelineInput } from './pipeline-input'
import { readerOptions } from './read-options'

/**
 * Runs `run` with the pipeline's input — the files, or with `--store` the store's
 * submissions — and the names of its sources, closing the store after.
 */
export async function withPipelineInput<T>(
  context: CommandContext,
  command: string,
  run: (input: NodePipelineOptions, names: readonly string[]) => Promise<T>,
): Promise<T> {
  const path = stringOption(context.options.store)
  if (path === undefined) {
    const input = pipelineInput(context, command)
    return run(
      input,
      input.sources.map((source) => ('path' in source ? source.path : '')),
    )
  }
  const input = pipelineInput(context, command, { filesOptional: true })
  const { openStore, StoreError } = await import('@tiendo/duckdb')
  const fail = (error: unknown): never => {
    if (error instanceof StoreError) throw new CliError(error.text, error.hint)
    throw error
  }
  const store = await openStore(resolve(context.cwd, path)).catch(fail)
  try {
    const read = readerOptions(context)
    const sheet = stringOption(context.options.sheet)
    for (const source of input.sources) {
      if (!('path' in source)) continue
      const done = await store
        .ingest(resolve(context.cwd, source.path), {
          name: source.path,
          kind: source.kind,
          sheet,
          limits: read.limits,
        })
        .catch(fail)
      context.stderr.write(
        done.skipped
          ? `${say(context, `đã có trong kho, không nạp lại: ${done.name}`, `already in the store, not loaded again: ${done.name}`)}\n`
          : `${say(context, `đã nạp vào kho: ${done.name} (${done.items} mục)`, `ingested into the store: ${done.name} (${done.items} items)`)}\n`,
      )
    }
    const sources = await store.sources()
    if (sources.length === 0) {
      throw new CliError(
        {
          vi: `Kho \`${path}\` chưa có lần nộp nào.`,
          en: `The store \`${path}\` holds no submission.`,
        },
        {
          vi: `Nạp tệp vào kho: \`tiendo ${command} so-lieu.csv --store ${path} --pack …\`.`,
          en: `Ingest a file: \`tiendo ${command} data.csv --store ${path} --pack …\`.`,
        },
      )
    }
    return await run(
      { ...input, sources },
      sources.map((source) => source.name),
    )
  } finally {
    store.close()
  }
}

function say(context: CommandContext, vi: string, en: string): string {
  return context.lang === 'vi' ? vi : en
}
