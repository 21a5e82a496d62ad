/**
 * The worker that does the job, off the page's thread: it runs the pipeline on the files the
 * page posts (read here, never sent anywhere), keeps the report, and answers the page with
 * its view, the report in a format to download, or a file's rows for the data grid.
 */

import './report-violations'
import '../zod-jitless'
import type { PipelineReport } from '@tiendo/pipeline/browser'
import {
  loadPack,
  reportToHtml,
  reportToJson,
  reportToMarkdown,
  runPipeline,
} from '@tiendo/pipeline/browser'
import type { Language } from '@tiendo/schema'
import type { FromWorker, ReportFormat, RunInput, ToWorker } from '../protocol'
import { buildView, chartsOf, type PackRules } from './build-view'
import { failureOf } from './failure'
import { readGridRows } from './grid-rows'
import { sourcesOf } from './sources'

const scope = self as unknown as {
  postMessage(message: FromWorker): void
  addEventListener(type: 'message', listener: (event: MessageEvent<ToWorker>) => void): void
}
const post = (message: FromWorker) => scope.postMessage(message)

/** The last run that finished: its input, its report and the language it was run in. */
let last: { input: RunInput; report: PipelineReport; rules: PackRules } | undefined
/** The run under way. */
let current: { run: number; controller: AbortController } | undefined

function packInput(input: RunInput) {
  return input.pack.kind === 'builtIn'
    ? input.pack.id
    : { name: input.pack.name, text: input.pack.text }
}

async function execute(
  input: RunInput,
  signal: AbortSignal,
  onProgress?: Parameters<typeof runPipeline>[0]['onProgress'],
) {
  const pack = packInput(input)
  const report = await runPipeline({
    pack,
    sources: sourcesOf(input.sources),
    today: input.today,
    lang: input.lang,
    methodology: input.methodology,
    ...(input.method === undefined ? {} : { assess: { method: input.method } }),
    signal,
    onProgress,
  })
  const loaded = await loadPack(pack)
  const rules: PackRules = {
    descriptions: new Map((loaded.pack.rules ?? []).map((rule) => [rule.id, rule.description])),
  }
  return { input, report, rules }
}

async function run(runId: number, input: RunInput): Promise<void> {
  current?.controller.abort()
  const controller = new AbortController()
  current = { run: runId, controller }
  try {
    const done = await execute(input, controller.signal, (progress) =>
      post({ type: 'progress', run: runId, ...progress }),
    )
    if (controller.signal.aborted) throw controller.signal.reason
    last = done
    post({ type: 'done', run: runId, view: buildView(done.report, done.rules, input.lang) })
  } catch (error) {
    if (controller.signal.aborted) post({ type: 'cancelled', run: runId })
    else post({ type: 'failed', run: runId, failure: failureOf(error) })
  } finally {
    if (current?.run === runId) current = undefined
  }
}

/** The last report in a language: the CLI runs in the language it writes, so this does too. */
async function reportIn(lang: Language) {
  if (last === undefined) return undefined
  if (last.input.lang !== lang) {
    last = await execute({ ...last.input, lang }, new AbortController().signal)
  }
  return last.report
}

const RENDER: Record<ReportFormat, (report: PipelineReport, lang: Language) => string> = {
  html: (report, lang) => reportToHtml(report, { lang }),
  markdown: (report, lang) => reportToMarkdown(report, { lang }),
  json: (report, lang) => reportToJson(report, { lang }),
}

scope.addEventListener('message', (event) => {
  const message = event.data
  switch (message.type) {
    case 'run':
      void run(message.run, message.input)
      return
    case 'cancel':
      if (current?.run === message.run) current.controller.abort(new Error('cancelled'))
      return
    case 'view':
      post({
        type: 'view',
        request: message.request,
        view: last === undefined ? null : buildView(last.report, last.rules, message.lang),
      })
      return
    case 'download':
      void reportIn(message.lang).then(
        (report) =>
          post({
            type: 'download',
            request: message.request,
            text: report === undefined ? null : RENDER[message.format](report, message.lang),
          }),
        () => post({ type: 'download', request: message.request, text: null }),
      )
      return
    case 'charts':
      post({
        type: 'charts',
        request: message.request,
        svgs: last === undefined ? {} : chartsOf(last.report, message.keys, message.lang),
      })
      return
    case 'rows': {
      const source = last?.input.sources.find((s) => s.name === message.file)
      if (source === undefined) {
        post({
          type: 'rows',
          request: message.request,
          file: message.file,
          columns: [],
          keys: [],
          cells: [],
          done: true,
        })
        return
      }
      void readGridRows(source, (batch) =>
        post({ type: 'rows', request: message.request, file: message.file, ...batch }),
      )
      return
    }
  }
})
