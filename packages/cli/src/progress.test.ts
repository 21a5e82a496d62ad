import { describe, expect, it } from 'vitest'
import { createProgress } from './progress'

/** A standard error that records what is written to it. */
function sink(isTTY: boolean) {
  const written: string[] = []
  return { isTTY, written, write: (text: string) => written.push(text) }
}

describe('createProgress', () => {
  it('redraws its line on a terminal, but not on a dumb one, which would print the codes', () => {
    const shown = (term: string) => {
      const stderr = sink(true)
      const progress = createProgress(stderr, 'en', { TERM: term })
      progress.update('q3.csv', 1200)
      progress.done()
      return stderr.written.join('')
    }
    expect(shown('xterm-256color')).toBe('\r\u001b[2Kq3.csv — 1,200 rows\r\u001b[2K')
    expect(shown('dumb')).toBe('')
  })
})
