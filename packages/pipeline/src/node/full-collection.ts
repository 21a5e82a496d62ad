/**
 * A full garbage collection on demand, between the parts of a national run. V8 grows its heap
 * to the high-water mark of the parts run so far and collects lazily, so without one a run of
 * 34 provinces holds far more than the largest province needs. `gc` is exposed for this once,
 * as jest's leak detector does. @internal
 */

import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

let collect: (() => void) | undefined

/** Collects everything unreachable now. @internal */
export function fullCollection(): void {
  if (collect === undefined) {
    const exposed = (globalThis as { gc?: () => void }).gc
    if (typeof exposed === 'function') collect = exposed
    else {
      setFlagsFromString('--expose-gc')
      collect = runInNewContext('gc') as () => void
    }
  }
  collect()
}
