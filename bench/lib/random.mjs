/**
 * mulberry32: a small, fast, seeded PRNG, so every run of the bench sees the same data
 * (never `Math.random`).
 */
export function prng(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export const pad = (n, width) => String(n).padStart(width, '0')
