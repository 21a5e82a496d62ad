/**
 * A file of 100,000 rows: read and checked in the worker while the page goes on showing
 * where the run stands (the read's growing row count, then each stage), and answers a click
 * mid-run (the cancel button). The page's longest task is measured with a
 * `PerformanceObserver` of `longtask` entries and printed, not asserted: a duration depends
 * on the machine's load, and the project measures speed with benchmarks, not timed tests.
 * Then the grid: only the rows in view are in the page, and the last line can be scrolled to.
 */

import type { Server } from 'node:http'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launch, runNumber, settled, type Watch, waitForRun, watch } from './support/browser'
import { writeBigFile } from './support/fixtures'
import { HAS_CHROMIUM, SITE } from './support/paths'
import { serve } from './support/server'

describe.skipIf(!HAS_CHROMIUM)('a 100,000-row file in headless Chromium', () => {
  let browser: Browser
  let server: Server
  let page: Page
  let watched: Watch
  let big: string

  beforeAll(async () => {
    big = await writeBigFile('lon.csv')
    const served = await serve(SITE)
    server = served.server
    browser = await launch()
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    watched = await watch(page)
    // Every long task of the page's thread, from the start (buffered), with when it began;
    // and every text the progress line showed, as the page painted it.
    await page.addInitScript(() => {
      const tasks: { start: number; duration: number }[] = []
      const shown: string[] = []
      Object.assign(window, { longTasks: tasks, progressShown: shown })
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          tasks.push({ start: entry.startTime, duration: entry.duration })
      }).observe({ type: 'longtask', buffered: true })
      new MutationObserver(() => {
        const text = document.getElementById('progress-text')?.textContent
        if (text && shown.at(-1) !== text) shown.push(text)
      }).observe(document, { subtree: true, childList: true, characterData: true })
    })
    await page.goto(`${served.origin}/`)
    await page.locator('body[data-state="idle"]').waitFor()
    watched.loaded()
  })

  afterAll(async () => {
    await browser?.close()
    if (server !== undefined) await new Promise((resolve) => server.close(resolve))
  })

  it('is read and checked in the worker while the page shows each step', async () => {
    const started = await page.evaluate(() => performance.now())
    const before = await runNumber(page)
    await page.getByLabel('Tệp số liệu').setInputFiles(big)
    await waitForRun(page, before)
    await page.locator('body[data-grid="loaded"]').waitFor({ timeout: 60_000 })
    const finished = await page.evaluate(() => performance.now())
    const tasks = await page.evaluate(
      (from) =>
        (
          window as unknown as { longTasks: { start: number; duration: number }[] }
        ).longTasks.filter((task) => task.start >= from),
      started,
    )
    const longest = Math.max(0, ...tasks.map((task) => task.duration))
    // For the record (the README quotes them): the page's longest task and the whole run.
    console.info(
      `100,000 rows: ${Math.round(finished - started)} ms in all; longest task on the page's thread ${Math.round(longest)} ms (${tasks.length} tasks over 50 ms)`,
    )
    // The page painted the read as it went (at least two row counts), then the stages.
    const shown = await page.evaluate(
      () => (window as unknown as { progressShown: string[] }).progressShown,
    )
    const reading = shown.filter((text) => /lon\.csv/.test(text))
    expect(new Set(reading).size).toBeGreaterThanOrEqual(2)
    expect(shown.some((text) => /Đang đánh giá tiến độ/.test(text))).toBe(true)

    await expect(page.locator('#validity').getAttribute('data-valid')).resolves.toBe('false')
    const codes = await page
      .locator('#issues-table tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => `${tr.getAttribute('data-code')}@${tr.getAttribute('data-row')}`),
      )
    // Data rows 10,000, 20,000 … 100,000 hold `n/a`: lines 10,001 … 100,001.
    expect(codes).toEqual(
      Array.from({ length: 10 }, (_, i) => `invalid_number@${(i + 1) * 10_000 + 1}`),
    )
    await expect(page.locator('#grid-status').textContent()).resolves.toBe('100.000 dòng')
  })

  it('keeps only the rows in view in the page, and scrolls to the last line', async () => {
    const rendered = await page.locator('.grid-body .grid-row').count()
    expect(rendered).toBeGreaterThan(5)
    expect(rendered).toBeLessThan(100)
    await page.locator('.grid-scroll').evaluate((element) => {
      element.scrollTop = element.scrollHeight
    })
    await page.locator('.grid-row[data-key="100001"]').waitFor()
    await expect(
      page.locator('.grid-row[data-key="100001"]').getAttribute('class'),
    ).resolves.toContain('has-issue')
    expect(await page.locator('.grid-body .grid-row').count()).toBeLessThan(100)
    await page.locator('#grid-only-issues').check()
    await settled(page)
    await expect(page.locator('#grid-status').textContent()).resolves.toBe('10 dòng')
  })

  it('stops a run when asked: the cancel button', async () => {
    const before = await runNumber(page)
    await page.getByLabel('Tệp số liệu').setInputFiles({
      name: 'lon-2.csv',
      mimeType: 'text/csv',
      buffer: await import('node:fs/promises').then((fs) => fs.readFile(big)),
    })
    await page.locator('body[data-state="running"]').waitFor()
    await page.getByRole('button', { name: 'Hủy' }).click()
    await waitForRun(page, before, 'cancelled')
    await expect(page.getByRole('button', { name: 'Chạy lại' }).count()).resolves.toBe(1)
  })

  it('made no request after load and logged no error', () => {
    expect(watched.requests).toEqual([])
    expect(watched.errors).toEqual([])
  })
})
