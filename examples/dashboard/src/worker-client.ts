/**
 * The page's side of the worker: starts runs, cancels them, and asks for views, downloads
 * and rows, each answer matched to its request. The page's thread only draws.
 */

import type { Language } from '@tiendo/schema'
import type { PageView, RunFailure } from './page-view'
import type {
  FromWorker,
  ProgressMessage,
  ReportFormat,
  RowsMessage,
  RunInput,
  ToWorker,
} from './protocol'
import RunWorker from './worker/worker?worker&inline'

/** How a run ends. */
export type RunOutcome =
  | { readonly type: 'done'; readonly view: PageView }
  | { readonly type: 'failed'; readonly failure: RunFailure }
  | { readonly type: 'cancelled' }

/** What the page hears while a run goes on. */
export interface RunHandlers {
  readonly onProgress: (progress: ProgressMessage) => void
  readonly onEnd: (outcome: RunOutcome) => void
}

/** The worker, and what the page asked of it. */
export class WorkerClient {
  readonly #worker: Worker
  #runs = 0
  #requests = 0
  readonly #handlers = new Map<number, RunHandlers>()
  readonly #waiting = new Map<number, (message: FromWorker) => void>()

  constructor() {
    // Inlined into the page's script and started from a `blob:` URL: the page works opened
    // from a folder too, and the worker runs under the page's Content Security Policy.
    this.#worker = new RunWorker({ name: 'tiendo-pipeline' })
    this.#worker.addEventListener('message', (event: MessageEvent<FromWorker>) =>
      this.#receive(event.data),
    )
  }

  #post(message: ToWorker): void {
    this.#worker.postMessage(message)
  }

  #receive(message: FromWorker): void {
    if ('run' in message) {
      const handlers = this.#handlers.get(message.run)
      if (handlers === undefined) return
      if (message.type === 'progress') {
        handlers.onProgress(message)
        return
      }
      this.#handlers.delete(message.run)
      handlers.onEnd(message)
      return
    }
    this.#waiting.get(message.request)?.(message)
  }

  /** Starts a run (a run under way is cancelled); returns its number. */
  run(input: RunInput, handlers: RunHandlers): number {
    // The worker stops a run when the next one starts: the page no longer listens to it.
    this.#handlers.clear()
    const run = ++this.#runs
    this.#handlers.set(run, handlers)
    this.#post({ type: 'run', run, input })
    return run
  }

  /** Asks the worker to stop a run; its handlers then hear `cancelled`. */
  cancel(run: number): void {
    this.#post({ type: 'cancel', run })
  }

  #ask<T extends FromWorker>(make: (request: number) => ToWorker): Promise<T> {
    const request = ++this.#requests
    return new Promise<T>((resolve) => {
      this.#waiting.set(request, (message) => {
        this.#waiting.delete(request)
        resolve(message as T)
      })
      this.#post(make(request))
    })
  }

  /** The last report's view in a language. */
  async view(lang: Language): Promise<PageView | null> {
    const answer = await this.#ask<Extract<FromWorker, { type: 'view' }>>((request) => ({
      type: 'view',
      request,
      lang,
    }))
    return answer.view
  }

  /** The last report in a format and language, as `tiendo report` writes it. */
  async download(format: ReportFormat, lang: Language): Promise<string | null> {
    const answer = await this.#ask<Extract<FromWorker, { type: 'download' }>>((request) => ({
      type: 'download',
      request,
      format,
      lang,
    }))
    return answer.text
  }

  /** The charts of some series of the last report, by key. */
  async charts(keys: readonly string[], lang: Language): Promise<Readonly<Record<string, string>>> {
    const answer = await this.#ask<Extract<FromWorker, { type: 'charts' }>>((request) => ({
      type: 'charts',
      request,
      keys,
      lang,
    }))
    return answer.svgs
  }

  /** A file's rows, in batches as the worker reads them. */
  rows(file: string, onBatch: (batch: RowsMessage) => void): void {
    const request = ++this.#requests
    this.#waiting.set(request, (message) => {
      const batch = message as RowsMessage
      if (batch.done) this.#waiting.delete(request)
      onBatch(batch)
    })
    this.#post({ type: 'rows', request, file })
  }
}
