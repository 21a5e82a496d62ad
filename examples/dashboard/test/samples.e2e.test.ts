/**
 * The bundled sample data, one click away: the page checks the datasets that ship with
 * `@tiendo/packs`, labelled as their manifest says (published figures with their sources, the
 * DX products illustrative) — the same report, byte for byte, as `tiendo report` run on those
 * very files, which the CLI labels from the same manifest.
 */

import { dirname, join } from 'node:path'
import { datasets } from '@tiendo/packs'
import { datasetPath } from '@tiendo/packs/node'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launch, runNumber, waitForRun, watch } from './support/browser'
import { cliOutput } from './support/cli'
import { HAS_CHROMIUM, RESULTS, SITE } from './support/paths'
import { serve } from './support/server'

const TODAY = '2026-01-15'

describe.skipIf(!HAS_CHROMIUM)('the bundled sample data', () => {
  let browser: Browser
  let close: () => Promise<void>
  let page: Page

  beforeAll(async () => {
    const served = await serve(SITE)
    close = () => new Promise((resolve) => served.server.close(() => resolve()))
    browser = await launch()
    page = await browser.newPage()
    await page.goto(`${served.origin}/?lang=en`)
    await page.locator('body[data-state="idle"]').waitFor()
  })

  afterAll(async () => {
    await browser?.close()
    await close?.()
  })

  it('is checked in the page and reported exactly as the CLI reports those files', async () => {
    const watched = await watch(page)
    await page.getByLabel('Reference date').fill(TODAY)
    const before = await runNumber(page)
    await page.getByRole('button', { name: 'Use the bundled sample data' }).click()
    await waitForRun(page, before)
    await expect(page.locator('#validity').getAttribute('data-valid')).resolves.toBe('true')
    await expect(
      page.locator('.rule[data-rule="dx_product_every_year"] .tag').textContent(),
    ).resolves.toBe('ILLUSTRATIVE')

    const waiting = page.waitForEvent('download')
    await page.locator('#download-json').click()
    const download = await waiting
    const { readFile } = await import('node:fs/promises')
    const app = await readFile(await download.path(), 'utf8')

    const files = datasets.filter((d) => d.kind === 'observations').map((d) => d.file)
    const records = datasets.filter((d) => d.kind === 'records').map((d) => d.file)
    const cli = await cliOutput(
      dirname(datasetPath('vietnam')),
      [
        'report',
        ...files,
        ...records.flatMap((file) => ['--records', file]),
        '--pack',
        'ninh-thuan',
        '--format',
        'json',
        '--today',
        TODAY,
        '--lang',
        'en',
      ],
      join(RESULTS, 'cli-samples-en.json'),
    )
    expect(app).toBe(cli)
    const labels = (
      JSON.parse(app) as { datasets: { id: string; illustrative: boolean; published: boolean }[] }
    ).datasets
    expect(labels.find((d) => d.id === 'vietnam.csv')).toMatchObject({
      published: true,
      illustrative: false,
    })
    expect(labels.find((d) => d.id === 'ninh-thuan-dx-products.illustrative.csv')).toMatchObject({
      illustrative: true,
    })
    expect(watched.errors).toEqual([])
  })
})
