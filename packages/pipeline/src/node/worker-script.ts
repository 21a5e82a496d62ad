/** Where the assessment workers' script is: built beside this module. @internal */
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/**
 * `script`, or the worker script built beside this module, when that file exists; else
 * `undefined` (running from source, or the CommonJS build: no workers). @internal
 */
export function workerScript(script?: URL): URL | undefined {
  const url = script ?? besideThisModule()
  return url !== undefined && existsSync(fileURLToPath(url)) ? url : undefined
}

function besideThisModule(): URL | undefined {
  try {
    return new URL('./assess-worker.js', import.meta.url)
  } catch {
    // No `import.meta.url` (the CommonJS build).
    return undefined
  }
}
