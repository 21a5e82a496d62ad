import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The example's folder. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url))
/** Where the tests write: the built site, fixtures, the CLI's reports, screenshots. */
export const RESULTS = join(ROOT, 'test-results')
/** The site the tests drive, built once by `global-setup.ts` as `npm run build` builds it. */
export const SITE = join(RESULTS, 'dist')
/** The CLI, built by the root build (turbo builds the packages before the tests). */
export const CLI = fileURLToPath(new URL('../../../../packages/cli/dist/bin.js', import.meta.url))

// Debian's chromium, never a downloaded one (`playwright install` is not used).
export const CHROMIUM = process.env.TIENDO_CHROMIUM ?? '/usr/bin/chromium'
export const HAS_CHROMIUM = existsSync(CHROMIUM)
// In CI the browser tests are required: a missing Chromium fails them instead of skipping
// them, so a CI machine without it cannot pass by running nothing.
export const IN_CI = Boolean(process.env.CI)
