import { describe, expect, it } from 'vitest'
import { shouldUseColor } from './color'

const tty = { isTTY: true }
const pipe = { isTTY: false }

describe('shouldUseColor', () => {
  it('colours a terminal, not a pipe, unless NO_COLOR or FORCE_COLOR says otherwise', () => {
    expect(shouldUseColor(tty, {})).toBe(true)
    expect(shouldUseColor(pipe, {})).toBe(false)
    expect(shouldUseColor(tty, { NO_COLOR: '1' })).toBe(false)
    expect(shouldUseColor(pipe, { FORCE_COLOR: '1' })).toBe(true)
    expect(shouldUseColor(tty, { FORCE_COLOR: '0' })).toBe(false)
  })

  it('does not colour a terminal that says it is dumb, unless FORCE_COLOR asks for colour', () => {
    expect(shouldUseColor(tty, { TERM: 'dumb' })).toBe(false)
    expect(shouldUseColor(tty, { TERM: 'xterm-256color' })).toBe(true)
    expect(shouldUseColor(tty, { TERM: 'dumb', FORCE_COLOR: '1' })).toBe(true)
    expect(shouldUseColor(tty, { TERM: 'dumb', FORCE_COLOR: '0' })).toBe(false)
    expect(shouldUseColor(tty, { TERM: 'dumb', FORCE_COLOR: '1', NO_COLOR: '1' })).toBe(false)
  })
})
