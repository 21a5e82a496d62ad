/**
 * The pipeline's sources for the files the page posted: a picked file is read as the CLI
 * reads a file of that name (a record file as `--records`); a bundled sample carries the
 * labels its manifest gives (illustrative or published, and where it comes from).
 */

import type { BrowserSource } from '@tiendo/pipeline/browser'
import type { RunSource } from '../protocol'

/** The pipeline's sources, in the order given. */
export function sourcesOf(sources: readonly RunSource[]): BrowserSource[] {
  return sources.map((source) => {
    const kind = source.kind === undefined ? {} : { kind: source.kind }
    if ('blob' in source) return { name: source.name, blob: source.blob, ...kind }
    return {
      name: source.name,
      text: source.text,
      ...kind,
      illustrative: source.illustrative,
      published: source.published,
      ...(source.origin === undefined ? {} : { origin: source.origin }),
    }
  })
}
