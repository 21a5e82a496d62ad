/**
 * What the data commands hand the pipeline: the files of the command line (each labelled
 * as the bundled dataset it is, if it is one), the pack, and the reading options.
 */

import { realpathSync } from 'node:fs'
import { resolve } from 'node:path'
import { BUILT_IN_PACK_IDS, datasets } from '@tiendo/packs'
import { datasetPath } from '@tiendo/packs/node'
import type { FileSource, NodePipelineOptions } from '@tiendo/pipeline'
import { CliError } from '../cli-error'
import type { CommandContext } from '../command'
import { stringOption } from '../options'
import { createProgress } from '../progress'
import { type NumberLocales, numberLocales } from './number-locales'
import { readerOptions, todayOption, unitsOption } from './read-options'
import { requireFiles } from './require-files'

/** The real path of a file, or the path when it cannot be resolved (it is then not a bundled one). */
function real(path: string): string {
  try {
    return realpathSync(path)
  } catch {
    return path
  }
}

/** The bundled datasets by their files' real paths: what they say of themselves. */
function bundled(): Map<string, (typeof datasets)[number]> {
  return new Map(datasets.map((dataset) => [real(datasetPath(dataset.id)), dataset]))
}

/**
 * A file as a source. A bundled dataset is labelled as its manifest says (illustrative or
 * published); any other file carries no label: nothing is guessed from a file's name.
 */
function fileSource(
  context: CommandContext,
  file: string,
  known: ReadonlyMap<string, (typeof datasets)[number]>,
  locales: NumberLocales,
  kind?: 'records',
): FileSource {
  const dataset = known.get(real(resolve(context.cwd, file)))
  const sheet = stringOption(context.options.sheet)
  const numberLocale = locales.byFile.get(resolve(context.cwd, file))
  return {
    path: file,
    ...(kind === undefined ? {} : { kind }),
    ...(numberLocale === undefined ? {} : { numberLocale }),
    ...(sheet === undefined ? {} : { sheet }),
    ...(dataset === undefined
      ? {}
      : {
          illustrative: dataset.illustrative,
          published: !dataset.illustrative,
          origin: dataset.sources.join(' '),
        }),
  }
}

/** The pipeline's options for a data command: its files, `--pack` and the reading options. */
export function pipelineInput(
  context: CommandContext,
  command: string,
  options: { readonly filesOptional?: boolean } = {},
): NodePipelineOptions {
  const input = requireFiles(context, command, options.filesOptional === true)
  const pack = stringOption(context.options.pack)
  if (pack === undefined) {
    throw new CliError(
      { vi: 'Thiếu `--pack`.', en: '`--pack` is missing.' },
      {
        vi: `Chỉ ra bộ quy tắc: \`--pack ninh-thuan\` (dựng sẵn: ${BUILT_IN_PACK_IDS.join(', ')}) hoặc \`--pack tinh.pack.json\`.`,
        en: `Name the pack: \`--pack ninh-thuan\` (built-in: ${BUILT_IN_PACK_IDS.join(', ')}) or \`--pack province.pack.json\`.`,
      },
    )
  }
  const read = readerOptions(context)
  const known = bundled()
  const locales = numberLocales(context, [...input.files, ...input.records])
  const progress = createProgress(context.stderr, context.lang, context.env)
  return {
    pack,
    sources: [
      ...input.files.map((file) => fileSource(context, file, known, locales)),
      ...input.records.map((file) => fileSource(context, file, known, locales, 'records')),
    ],
    today: todayOption(context),
    units: unitsOption(context),
    lang: context.lang,
    limits: read.limits,
    numberLocale: locales.all,
    cwd: context.cwd,
    threads: threadsAsked(context.env),
    onProgress(event) {
      if (event.stage === 'read' && event.source !== undefined) {
        progress.update(event.source, event.rows ?? 0)
      } else if (event.stage !== 'read') progress.done()
    },
  }
}

/**
 * The threads `TIENDO_THREADS` asks for (a whole number ≥ 1), else none: the run then
 * chooses from the cores, and from its size when it writes its series as it goes.
 */
function threadsAsked(env: Readonly<Record<string, string | undefined>>): number | undefined {
  const asked = Number(env.TIENDO_THREADS)
  return Number.isInteger(asked) && asked >= 1 ? asked : undefined
}
