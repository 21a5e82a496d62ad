/**
 * The web app in headless Chromium, as an officer uses it: pick a built-in pack, bring a
 * broken CSV, a workbook and a record file, read the issues (the CLI's, line for line), find
 * a bad row in the grid, see rule results, targets and derived figures, switch language (kept
 * across a reload), bring a pack file, and download reports that are byte for byte the CLI's.
 * Throughout: no request after load, no error, no refused policy; axe finds nothing serious.
 */

import { readFile } from 'node:fs/promises'
import type { Server } from 'node:http'
import axe from 'axe-core'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launch, runNumber, settled, type Watch, waitForRun, watch } from './support/browser'
import { cliOutput } from './support/cli'
import { FIXTURES, writeFixtures } from './support/fixtures'
import { CHROMIUM, HAS_CHROMIUM, IN_CI, SITE } from './support/paths'
import { serve } from './support/server'

if (!HAS_CHROMIUM && !IN_CI) {
  console.warn(
    `Skipping the web app's browser tests: no Chromium at ${CHROMIUM} (install Debian's \`chromium\` or set TIENDO_CHROMIUM). In CI they are required.`,
  )
}

describe.runIf(IN_CI && !HAS_CHROMIUM)('in CI', () => {
  it(`has Chromium at ${CHROMIUM}, which the browser tests require`, () => {
    expect(HAS_CHROMIUM, `install Debian's chromium (apt-get install chromium)`).toBe(true)
  })
})

const TODAY = '2026-01-15'
const DATA = ['broken.csv', 'so-lieu.xlsx']
const RECORDS = ['san-pham.csv']

/** The CLI's report for the app's inputs: same files, same names, same day. */
function cli(
  format: 'html' | 'markdown' | 'json',
  lang: 'vi' | 'en',
  pack = 'ninh-thuan',
  extra: readonly string[] = [],
) {
  const output = `cli-${pack.replace(/\W/g, '')}-${extra.join('').replace(/\W/g, '')}-${lang}.${format}`
  return cliOutput(
    FIXTURES,
    [
      'report',
      ...DATA,
      ...RECORDS.flatMap((file) => ['--records', file]),
      '--pack',
      pack,
      '--format',
      format,
      '--today',
      TODAY,
      '--lang',
      lang,
      ...extra,
    ],
    output,
  )
}

async function downloaded(page: Page, button: string): Promise<{ name: string; text: string }> {
  const waiting = page.waitForEvent('download')
  await page.locator(button).click()
  const download = await waiting
  const path = await download.path()
  return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') }
}

/** axe-core's serious and critical violations on the page as it is now. */
async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated through the browser's protocol: the page's policy governs its own scripts only.
  await page.evaluate(axe.source)
  const results = await page.evaluate(() =>
    (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] }),
  )
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

describe.skipIf(!HAS_CHROMIUM)('the web app in headless Chromium', () => {
  let browser: Browser
  let server: Server
  let origin: string
  let page: Page
  let watched: Watch
  let files: Record<string, string>

  beforeAll(async () => {
    files = await writeFixtures()
    const served = await serve(SITE)
    server = served.server
    origin = served.origin
    browser = await launch()
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
    })
    page = await context.newPage()
    watched = await watch(page)
    await page.goto(`${origin}/`)
    await page.locator('body[data-state="idle"]').waitFor()
    watched.loaded()
  })

  afterAll(async () => {
    await browser?.close()
    if (server !== undefined) await new Promise((resolve) => server.close(resolve))
  })

  it('opens in Vietnamese, says files stay on the machine, and labels its inputs', async () => {
    expect(await page.locator('html').getAttribute('lang')).toBe('vi')
    await expect(page.locator('h1').textContent()).resolves.toBe('Kiểm tra số liệu chuyển đổi số')
    await expect(page.locator('#privacy').textContent()).resolves.toContain(
      'không tệp nào rời khỏi máy',
    )
    await expect(page.getByLabel('Tệp số liệu').getAttribute('type')).resolves.toBe('file')
    await expect(page.getByLabel('Tệp gói quy tắc').getAttribute('type')).resolves.toBe('file')
    await expect(page.getByRole('combobox', { name: 'Gói có sẵn' }).count()).resolves.toBe(1)
    expect(await seriousViolations(page)).toEqual([])
  })

  it('checks a broken CSV and a workbook: the CLI’s issues, line for line', async () => {
    await page.getByRole('combobox', { name: 'Gói có sẵn' }).selectOption('ninh-thuan')
    await page.getByLabel('Ngày đối chiếu').fill(TODAY)
    const before = await runNumber(page)
    await page.getByLabel('Tệp số liệu').setInputFiles(DATA.map((name) => files[name]!))
    await waitForRun(page, before)
    const before2 = await runNumber(page)
    await page.getByLabel('Tệp bản ghi').setInputFiles(RECORDS.map((name) => files[name]!))
    await waitForRun(page, before2)
    await expect(page.locator('#validity').getAttribute('data-valid')).resolves.toBe('false')

    const rows = await page
      .locator('#issues-table tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [
          tr.getAttribute('data-code'),
          tr.getAttribute('data-file'),
          tr.getAttribute('data-row'),
          tr.getAttribute('data-column'),
        ]),
      )
    const report = JSON.parse(await cli('json', 'vi')) as {
      validation: {
        issues: { code: string; file: string | null; row: number | null; column: string | null }[]
      }
    }
    const expected = report.validation.issues.map((i) => [
      i.code,
      i.file,
      i.row === null ? null : String(i.row),
      i.column,
    ])
    expect(rows).toEqual(expected)
    // What the fixtures were made to hold, so that the comparison above compares something.
    expect(rows).toEqual(
      expect.arrayContaining([
        ['unknown_indicator', 'broken.csv', '3', 'indicator'],
        ['value_out_of_bounds', 'broken.csv', '4', 'value'],
        ['invalid_number', 'broken.csv', '5', 'value'],
        [expect.any(String), 'so-lieu.xlsx', '10', expect.anything()],
      ]),
    )
    const message = await page
      .locator('#issues-table tr[data-code="unknown_indicator"] td')
      .nth(5)
      .textContent()
    expect(message).toContain('digital_economy_shar')
  })

  it('filters the issues by severity and code, and sorts them', async () => {
    const all = await page.locator('#issues-table tbody tr').count()
    await page.getByLabel('Mã lỗi').selectOption('invalid_number')
    await expect(
      page
        .locator('#issues-table tbody tr')
        .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-code'))),
    ).resolves.toEqual(['invalid_number'])
    await page.getByLabel('Mã lỗi').selectOption('all')
    await page.getByLabel('Mức độ').selectOption('error')
    const severities = await page
      .locator('#issues-table tbody tr')
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-severity')))
    expect(severities.length).toBeGreaterThan(0)
    expect(new Set(severities)).toEqual(new Set(['error']))
    await page.getByLabel('Mức độ').selectOption('all')
    await expect(page.locator('#issues-table tbody tr').count()).resolves.toBe(all)
    await page.locator('#sort-row').click()
    await page.locator('#sort-row').click()
    const lines = await page
      .locator('#issues-table tbody tr')
      .evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-row') ?? 0)))
    expect(lines).toEqual([...lines].sort((a, b) => b - a))
    expect(await page.locator('th:has(#sort-row)').getAttribute('aria-sort')).toBe('descending')
  })

  it('shows the offending row in the data grid, its bad cell marked, from the keyboard', async () => {
    const issue = page.locator('#issues-table tr[data-code="invalid_number"]')
    await issue.getByRole('button').focus()
    await page.keyboard.press('Enter')
    const row = page.locator('.grid-row.focused')
    await row.waitFor()
    await expect(row.getAttribute('data-key')).resolves.toBe('5')
    await expect(row.locator('.bad-cell').getAttribute('data-column')).resolves.toBe('value')
    await expect(row.locator('.bad-cell').textContent()).resolves.toContain('abc')
    await expect(page.locator('#grid-file').inputValue()).resolves.toBe('broken.csv')
    // The grid has the focus, and a visible outline.
    const outline = await page.evaluate(() => {
      const active = document.activeElement as HTMLElement
      return {
        grid: active.classList.contains('grid-scroll'),
        style: getComputedStyle(active).outlineStyle,
      }
    })
    expect(outline).toEqual({ grid: true, style: 'solid' })
    // The workbook's rows, by sheet row.
    await page.locator('#grid-file').selectOption('so-lieu.xlsx')
    await settled(page)
    await page.locator('.grid-row[data-key="10"]').waitFor()
    await expect(page.locator('.grid-row[data-key="10"]').getAttribute('class')).resolves.toContain(
      'has-issue',
    )
  })

  it('shows the one-product-a-year rule by unit and year, the failing units first', async () => {
    const rule = page.locator('.rule[data-rule="dx_product_every_year"]')
    const failed = await rule
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-failed'))))
    expect(failed.length).toBeGreaterThan(5)
    expect(failed[0]).toBeGreaterThan(0)
    expect(failed).toEqual([...failed].sort((a, b) => b - a))
    await expect(rule.locator('thead th').allTextContents()).resolves.toEqual([
      'Đơn vị',
      'năm 2022',
      'năm 2023',
      'năm 2024',
    ])
    await expect(rule.locator('td[data-outcome="failed"]').first().textContent()).resolves.toBe(
      '✗ Không đạt',
    )
  })

  it('charts targets with the projection band, marks derived figures, filters units across the merger', async () => {
    const national = page.locator('.card[data-series="digital_economy_share_grdp|VN"]')
    const drawn = () => national.locator('.chart[data-chart-state="drawn"] svg').waitFor()
    await drawn()
    // The pack's compound growth projects without an interval: a projection, no band.
    await expect(national.locator('svg g.projection').count()).resolves.toBe(1)
    await expect(national.locator('svg g.band').count()).resolves.toBe(0)
    const method = page.getByLabel('Phương pháp đánh giá tiến độ')
    // A profile of the CLI's `--methodology`: the same report as the CLI's.
    let before = await runNumber(page)
    await method.selectOption('escap')
    await waitForRun(page, before)
    await expect(national.getAttribute('data-method')).resolves.toBe('weighted-linear')
    expect((await downloaded(page, '#download-json')).text).toBe(
      await cli('json', 'vi', 'ninh-thuan', ['--methodology', 'escap']),
    )
    // The linear trend has a prediction interval: the chart's band.
    before = await runNumber(page)
    await method.selectOption('linear')
    await waitForRun(page, before)
    await drawn()
    await expect(national.locator('svg g.band').count()).resolves.toBe(1)
    before = await runNumber(page)
    await method.selectOption({ index: 0 })
    await waitForRun(page, before)
    await expect(national.getAttribute('data-method')).resolves.toBe('cagr')
    await expect(national.locator('li[data-outcome="missed"]').textContent()).resolves.toContain(
      '≥ 20%',
    )
    await expect(page.locator('#derived-table .tag.derived').first().textContent()).resolves.toBe(
      'TÍNH RA',
    )
    await expect(page.locator('#derived-table tbody tr').count()).resolves.toBeGreaterThan(0)
    const units = await page
      .locator('.unit-list input')
      .evaluateAll((boxes) => boxes.map((b) => b.getAttribute('data-unit')))
    expect(units).toEqual(expect.arrayContaining(['56', '56@2025-07-01', 'VN']))
    const rows = () => page.locator('.rule[data-rule="dx_product_every_year"] tbody tr').count()
    const listed = await rows()
    await page.locator('.unit-list input[data-unit="58.STP"]').uncheck()
    await settled(page)
    await expect(rows()).resolves.toBe(listed - 1)
    await page.locator('.unit-list input[data-unit="VN"]').uncheck()
    await settled(page)
    await expect(national.count()).resolves.toBe(0)
    await page.locator('#units-all').click()
    await settled(page)
    await expect(national.count()).resolves.toBe(1)
  })

  it('downloads the reports exactly as the CLI writes them, and the issues as CSV', async () => {
    for (const [format, button] of [
      ['html', '#download-html'],
      ['markdown', '#download-markdown'],
      ['json', '#download-json'],
    ] as const) {
      const file = await downloaded(page, button)
      expect(file.text, format).toBe(await cli(format, 'vi'))
    }
    const csv = await downloaded(page, '#download-issues')
    expect(csv.name).toBe('loi-du-lieu.csv')
    const lines = csv.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
    expect(lines[0]).toBe(
      'severity,code,rule,file,sheet,row,column,path,indicator,unit,period,message,hint',
    )
    expect(lines.length - 1).toBe(await page.locator('#issues-table tbody tr').count())
    expect(
      lines.some((line) => line.startsWith('error,invalid_number,,broken.csv,,5,value,')),
    ).toBe(true)
  })

  it('switches to English, keeps it across a reload, and downloads the English report', async () => {
    await page.getByRole('button', { name: 'English' }).click()
    // The worker words the view in English; the page redraws when it has it.
    await page.locator('html[lang="en"]').waitFor()
    await settled(page)
    await expect(page.locator('h1').textContent()).resolves.toBe(
      'Check digital transformation data',
    )
    const report = JSON.parse(await cli('json', 'en')) as {
      validation: { issues: { code: string; message: string }[] }
    }
    const shown = await page
      .locator('#issues-table tr[data-code="unknown_indicator"] td')
      .nth(5)
      .textContent()
    // The CLI's message, its `code` marks shown as code.
    const message = report.validation.issues.find((i) => i.code === 'unknown_indicator')?.message
    expect(message).toContain('`digital_economy_shar`')
    expect(shown).toBe(message?.replaceAll('`', ''))
    expect((await downloaded(page, '#download-html')).text).toBe(await cli('html', 'en'))

    // Reloading fetches the page again: that is the page's load, not a request of the app.
    watched.reloading()
    await page.reload()
    await page.locator('body[data-state="idle"]').waitFor()
    watched.loaded()
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    await expect(page.getByLabel('Data files').getAttribute('type')).resolves.toBe('file')
    await expect(page.getByLabel('Pack file').getAttribute('type')).resolves.toBe('file')
    await expect(page.getByRole('combobox', { name: 'Built-in pack' }).count()).resolves.toBe(1)
  })

  it('takes a pack file, reports one that is not a pack, and matches the CLI with it', async () => {
    await page.getByLabel('Reference date').fill(TODAY)
    let before = await runNumber(page)
    await page.getByLabel('Data files').setInputFiles(DATA.map((name) => files[name]!))
    await waitForRun(page, before)
    before = await runNumber(page)
    await page.getByLabel('Record files').setInputFiles(RECORDS.map((name) => files[name]!))
    await waitForRun(page, before)

    before = await runNumber(page)
    await page.getByLabel('Pack file').setInputFiles(files['hong.pack.json']!)
    await waitForRun(page, before, 'failed')
    await expect(page.getByRole('alert').textContent()).resolves.toContain('hong.pack.json')

    before = await runNumber(page)
    await page.getByLabel('Pack file').setInputFiles(files['tinh.pack.json']!)
    await waitForRun(page, before)
    await expect(page.locator('#summary-title').textContent()).resolves.toContain('tinh-thu-nghiem')
    expect((await downloaded(page, '#download-json')).text).toBe(
      await cli('json', 'en', './tinh.pack.json'),
    )
    expect(await seriousViolations(page)).toEqual([])
  })

  it('is usable from the keyboard, with a visible focus', async () => {
    // Start from the top of the page, as after loading it.
    await page.evaluate(() => {
      document.body.tabIndex = -1
      document.body.focus()
      document.body.removeAttribute('tabindex')
    })
    await page.keyboard.press('Tab')
    const first = await page.evaluate(() => {
      const active = document.activeElement as HTMLElement
      return { text: active.textContent, outline: getComputedStyle(active).outlineStyle }
    })
    expect(first).toEqual({ text: 'Skip to the results', outline: 'solid' })
    await page.keyboard.press('Tab')
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('lang-vi')
    await page.keyboard.press('Enter')
    await page.locator('html[lang="vi"]').waitFor()
    await settled(page)
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('lang-vi')
  })

  it('made no request after load, logged no error and broke no policy', () => {
    expect(watched.requests).toEqual([])
    expect(watched.errors).toEqual([])
  })
})
