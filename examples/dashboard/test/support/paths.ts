import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The example's folder. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url))
/** Where the tests write: the built site, fixtures, the CLI's reports, screenshots. */
export const RESULTS = join(ROOT, 'test-results')
/** The site the tests drive, built once by `global-setup.ts` as `npm run build` builds it. */
export const SITE = join(RESULTS, 'dist')
/** The `tiendo` command as the CLI package installs it (turbo builds it before the tests). */
const cliPackage = createRequire(import.meta.url).resolve('@tiendo/cli/package.json')
export const CLI = join(dirname(cliPackage), 'bin', 'tiendo.js')

// Debian's chromium, never a downloaded one (`playwright install` is not used).
export const CHROMIUM = process.env.TIENDO_CHROMIUM ?? '/usr/bin/chromium'
export const HAS_CHROMIUM = existsSync(CHROMIUM)
// In CI the browser tests are required: a missing Chromium fails them instead of skipping
// them, so a CI machine without it cannot pass by running nothing.
export const IN_CI = Boolean(process.env.CI)
