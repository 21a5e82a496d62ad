/**
 * `--store FILE.duckdb`: the files of the command line are ingested into the store, each in
 * one transaction and recorded with this Tiendo's version and the pack's id and version (a
 * file whose content it holds is recognised and not loaded again), then the command runs
 * over every submission the store holds. Without `--store`, the command runs over its files.
 */

import { existsSync, readdirSync } from 'node:fs'
import { basename, dirname, resolve } from 'node:path'
import { englishCount } from '@tiendo/io/internal'
import { loadPack, type NodePipelineOptions } from '@tiendo/pipeline'
import { closestId } from '@tiendo/schema/internal'
import { CliError } from '../cli-error'
import type { CommandContext } from '../command'
import { stringOption } from '../options'
import { version } from '../version'
import { pipelineInput } from './pipeline-input'
import { readerOptions } from './read-options'
import { openStoreOf, storeFailure } from './store-option'

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
  const files = input.sources.flatMap((source) => ('path' in source ? [source] : []))
  // The pack is recorded with each submission: a pack that cannot be used stops before ingest.
  const pack = files.length === 0 ? undefined : (await loadPack(input.pack, context.cwd)).pack
  // With nothing to ingest, a store that is not there is a mistyped path: opening it would
  // leave an empty store file behind.
  if (files.length === 0 && !existsSync(resolve(context.cwd, path))) {
    throw noStore(context, command, path)
  }
  const store = await openStoreOf(context, path)
  try {
    const read = readerOptions(context)
    const sheet = stringOption(context.options.sheet)
    for (const source of files) {
      context.stderr.write(
        `${say(context, `đang nạp vào kho: ${source.path}…`, `ingesting into the store: ${source.path}…`)}\n`,
      )
      const done = await store
        .ingest(resolve(context.cwd, source.path), {
          name: source.path,
          kind: source.kind,
          sheet,
          limits: read.limits,
          tiendoVersion: version,
          pack: pack && { id: pack.id, version: pack.version },
        })
        .catch(storeFailure)
      context.stderr.write(
        done.skipped
          ? `${say(context, `đã có trong kho, không nạp lại: ${done.name}`, `already in the store, not loaded again: ${done.name}`)}\n`
          : `${say(context, `đã nạp vào kho: ${done.name} (${done.items} mục)`, `ingested into the store: ${done.name} (${englishCount(done.items, 'item')})`)}\n`,
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

/** A store to read that does not exist, with the store file meant when one is near. */
function noStore(context: CommandContext, command: string, path: string): CliError {
  const full = resolve(context.cwd, path)
  const near = closestId(basename(full), storesBeside(full))
  const meant = near === undefined ? undefined : `${dirname(path)}/${near}`.replace(/^\.\//, '')
  return new CliError(
    {
      vi: `Không có kho \`${path}\`.`,
      en: `There is no store \`${path}\`.`,
    },
    meant === undefined
      ? {
          vi: `Kiểm tra đường dẫn, hoặc tạo kho bằng cách nạp một tệp: \`tiendo ${command} so-lieu.csv --store ${path} --pack …\`.`,
          en: `Check the path, or make the store by ingesting a file: \`tiendo ${command} data.csv --store ${path} --pack …\`.`,
        }
      : {
          vi: `Có phải là \`--store ${meant}\`?`,
          en: `Did you mean \`--store ${meant}\`?`,
        },
  )
}

/** The DuckDB files in the folder of `path`, by name (none when it cannot be read). */
function storesBeside(path: string): string[] {
  try {
    return readdirSync(dirname(path)).filter((name) => name.endsWith('.duckdb'))
  } catch {
    return []
  }
}

function say(context: CommandContext, vi: string, en: string): string {
  return context.lang === 'vi' ? vi : en
}
