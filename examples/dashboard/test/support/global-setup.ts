import { mkdir } from 'node:fs/promises'
import { build } from 'vite'
import { RESULTS, ROOT, SITE } from './paths'

/** Builds the site once for every test file, with the example's own vite.config.ts. */
export default async function setup(): Promise<void> {
  await mkdir(RESULTS, { recursive: true })
  await build({ root: ROOT, logLevel: 'warn', build: { outDir: SITE, emptyOutDir: true } })
}
