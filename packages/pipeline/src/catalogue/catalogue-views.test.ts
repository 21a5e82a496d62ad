import type { Pack } from '@tiendo/schema'
import { describe, expect, it } from 'vitest'
import { indicatorEntries } from './indicator-entries'
import { indicatorsToPretty } from './indicator-views'
import { unitEntries } from './unit-entries'
import { unitsToPretty } from './unit-views'

/** ESC and a colour, NUL, a vertical tab and a right-to-left override: what a hostile pack holds. */
const HOSTILE = 'Sở\u001b[31mĐỏ\u0000nul\u000bVT\u202eevil'

const PACK = {
  id: 'hostile',
  version: '0.1.0',
  title: { vi: 'Thử', en: 'Test' },
  units: [{ code: '58', name: { vi: `${HOSTILE}\nhai dòng`, en: HOSTILE }, kind: 'province' }],
  indicators: [
    {
      id: 'fibre_rate',
      name: { vi: HOSTILE, en: HOSTILE },
      unit: 'percent',
      direction: 'increase',
      aggregation: { method: 'mean' },
    },
  ],
} as unknown as Pack

/** The control characters a terminal acts on in a text, but the line breaks a view writes. */
function controlsIn(text: string): string[] {
  return [...text].filter((char) => {
    const code = char.codePointAt(0)!
    const c0 = code < 0x20 && code !== 0x0a
    const c1 = code >= 0x7f && code <= 0x9f
    const bidi = (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)
    return c0 || c1 || bidi
  })
}

describe('catalogue views for a terminal', () => {
  it('show a pack’s control characters as escapes, keeping its line breaks', () => {
    const units = unitsToPretty(unitEntries(PACK), { pack: 'hostile', lang: 'vi', width: 80 })
    const indicators = indicatorsToPretty(indicatorEntries(PACK), 'hostile', {
      lang: 'en',
      width: 80,
    })
    for (const text of [units, indicators]) {
      expect(controlsIn(text)).toEqual([])
      expect(text).toContain('\\u001b[31m')
      expect(text).toContain('\\u202e')
    }
    // The unit's name goes on inside its cell on a line of its own.
    expect(units).toContain('hai dòng')
    expect(
      units.split('\n').some((line) => line.includes('hai dòng') && !line.includes('Sở')),
    ).toBe(true)
  })
})
