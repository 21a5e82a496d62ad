/**
 * Tests inside the monorepo import sibling packages from source (the `@tiendo/source`
 * export condition), so a change is tested without rebuilding its dependencies.
 * Examples do not use this: they consume the built packages as users do.
 */
export const sourceConditions = ['@tiendo/source', 'module', 'node', 'import', 'default']

/**
 * A timeout finds a hang, not a slow machine: CI's two cores run several packages' tests at
 * once, and under that load a property test or the corpus's 120 runs of the command took
 * over three minutes. Speed is for the benchmarks (`npm run bench`).
 */
export const hangTimeouts = { testTimeout: 600_000, hookTimeout: 900_000 }
