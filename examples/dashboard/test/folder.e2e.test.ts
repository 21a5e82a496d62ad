/**
 * The built site opened from a folder (`file://…/index.html`), as from a USB stick or a
 * shared drive, with no web server: it loads, runs the pipeline in its worker, and shows the
 * issues — under the same policy, with no error. And a build with a province's own pack
 * preselected (`TIENDO_PACK_FILE`) opens with that pack.
 */

import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Browser } from 'playwright-core'
import { build } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launch, runNumber, waitForRun, watch } from './support/browser'
import { writeFixtures } from './support/fixtures'
import { HAS_CHROMIUM, RESULTS, ROOT, SITE } from './support/paths'

describe.skipIf(!HAS_CHROMIUM)('the site opened from a folder', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launch()
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('works with no server', async () => {
    const files = await writeFixtures()
    const page = await browser.newPage()
    const watched = await watch(page)
    await page.goto(pathToFileURL(join(SITE, 'index.html')).href)
    await page.locator('body[data-state="idle"]').waitFor()
    const before = await runNumber(page)
    await page.getByLabel('Tệp số liệu').setInputFiles(files['broken.csv']!)
    await waitForRun(page, before)
    await expect(page.locator('#validity').getAttribute('data-valid')).resolves.toBe('false')
    const codes = await page
      .locator('#issues-table tbody tr')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-code')))
    expect(codes).toEqual(['unknown_indicator', 'value_out_of_bounds', 'invalid_number'])
    expect(watched.errors).toEqual([])
  })

  it('opens with the province’s pack when built with it preselected', async () => {
    const files = await writeFixtures()
    const out = join(RESULTS, 'dist-preset')
    process.env.TIENDO_PACK_FILE = files['tinh.pack.json']
    try {
      await build({ root: ROOT, logLevel: 'warn', build: { outDir: out, emptyOutDir: true } })
    } finally {
      delete process.env.TIENDO_PACK_FILE
    }
    const page = await browser.newPage()
    const watched = await watch(page)
    await page.goto(pathToFileURL(join(out, 'index.html')).href)
    await page.locator('body[data-state="idle"]').waitFor()
    const chooser = page.getByRole('combobox', { name: 'Gói có sẵn' })
    await expect(chooser.inputValue()).resolves.toBe('preset')
    await expect(chooser.locator('option:checked').textContent()).resolves.toBe(
      'Gói của tỉnh: tinh.pack.json',
    )
    const before = await runNumber(page)
    await page.getByLabel('Tệp số liệu').setInputFiles(files['broken.csv']!)
    await waitForRun(page, before)
    await expect(page.locator('#summary-title').textContent()).resolves.toContain('tinh-thu-nghiem')
    expect(watched.errors).toEqual([])
  })
})
