import { existsSync } from 'node:fs'
import { mkdir, readdir, readFile, stat } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize } from 'node:path'
import { fileURLToPath } from 'node:url'
import { assessProgress } from '@tiendo/forecast'
import { datasetPath } from '@tiendo/packs/node'
import { type Browser, chromium, type Page } from 'playwright-core'
import { build } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { splitCsv } from '../src/csv'
import { STATUS_TEXT } from '../src/i18n'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const RESULTS = join(ROOT, 'test-results')
const OUT = join(RESULTS, 'dist')
const SCREENSHOT = join(RESULTS, 'dashboard.png')

// Debian's chromium, never a downloaded one (`playwright install` is not used).
const CHROMIUM = process.env.TIENDO_CHROMIUM ?? '/usr/bin/chromium'
const HAS_CHROMIUM = existsSync(CHROMIUM)
// In CI the browser test is required: a missing Chromium fails it instead of skipping it.
const IN_CI = Boolean(process.env.CI)
if (!HAS_CHROMIUM && !IN_CI) {
  console.warn(
    `Skipping the dashboard's browser test: no Chromium at ${CHROMIUM} (install Debian's \`chromium\` or set TIENDO_CHROMIUM). In CI it is required.`,
  )
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
}

/** Serves the built page on 127.0.0.1 at a free port: the smallest static server that works. */
async function serve(dir: string): Promise<{ server: Server; origin: string }> {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname))
    const file = join(dir, path === '/' ? 'index.html' : path)
    if (!file.startsWith(dir) || !existsSync(file) || !(await stat(file)).isFile()) {
      response.writeHead(404).end()
      return
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
    response.end(await readFile(file))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { server, origin: `http://127.0.0.1:${port}` }
}

/** The published national digital economy share, read from the bundled dataset. */
async function nationalDigitalEconomy() {
  const text = await readFile(datasetPath('vietnam'), 'utf8')
  const [header, ...rows] = splitCsv(text)
  const column = (name: string) => header!.cells.indexOf(name)
  return rows
    .map((row) => row.cells)
    .filter(
      (cells) =>
        cells[column('indicator')] === 'digital_economy_share_grdp' &&
        cells[column('unit')] === 'VN',
    )
    .map((cells) => ({ period: cells[column('period')]!, value: cells[column('value')]! }))
}

beforeAll(async () => {
  await mkdir(RESULTS, { recursive: true })
  // Build the page from source with the example's own vite.config.ts, as `npm run build` does.
  await build({ root: ROOT, logLevel: 'warn', build: { outDir: OUT, emptyOutDir: true } })
})

describe('the built page', () => {
  it('bundles no Node module and no CommonJS require', async () => {
    const assets = await readdir(join(OUT, 'assets'))
    const scripts = assets.filter((name) => name.endsWith('.js'))
    expect(scripts.length).toBeGreaterThan(0)
    for (const name of scripts) {
      const code = await readFile(join(OUT, 'assets', name), 'utf8')
      expect(code, name).not.toMatch(/["'`]node:[a-z]/)
      expect(code, name).not.toMatch(/\brequire\(/)
      expect(code, name).not.toMatch(/process\.env\b/)
    }
  })

  it('loads only its own files: no CDN, no absolute URL in the HTML', async () => {
    const html = await readFile(join(OUT, 'index.html'), 'utf8')
    const references = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1])
    expect(references.length).toBeGreaterThan(0)
    // Its own assets, and the empty inline icon that spares a request for /favicon.ico.
    for (const reference of references) expect(reference).toMatch(/^(?:\.\/assets\/|data:,$)/)
  })
})

describe.runIf(IN_CI && !HAS_CHROMIUM)('in CI', () => {
  it(`has Chromium at ${CHROMIUM}, which the browser test requires`, () => {
    expect(HAS_CHROMIUM, `install Debian's chromium (apt-get install chromium)`).toBe(true)
  })
})

describe.skipIf(!HAS_CHROMIUM)('the dashboard in headless Chromium', () => {
  let browser: Browser
  let server: Server
  let page: Page
  const external: string[] = []
  const errors: string[] = []

  const card = (series: string) => page.locator(`.card[data-series="${series}"]`)
  const NATIONAL = 'digital_economy_share_grdp|VN'

  beforeAll(async () => {
    const served = await serve(OUT)
    server = served.server
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-quic',
        '--no-first-run',
        '--disable-component-update',
        '--disable-sync',
      ],
    })
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    // Every request leaving the page's own server is recorded and refused.
    await page.route('**/*', (route) => {
      const url = route.request().url()
      if (url.startsWith(`${served.origin}/`)) return route.continue()
      external.push(url)
      return route.abort()
    })
    page.on('pageerror', (error) => errors.push(error.message))
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text())
    })
    await page.goto(`${served.origin}/`)
    await page.locator('#app[data-state="ready"]').waitFor()
  })

  afterAll(async () => {
    await browser?.close()
    await new Promise((resolve) => server?.close(resolve))
  })

  it('shows indicator cards with values and statuses in Vietnamese', async () => {
    expect(await page.locator('html').getAttribute('lang')).toBe('vi')
    await expect(page.locator('h1').textContent()).resolves.toBe('Tiến độ chuyển đổi số')
    const cards = page.locator('.card')
    expect(await cards.count()).toBeGreaterThan(20)
    const vietnamese = Object.values(STATUS_TEXT).map((text) => text.vi)
    for (const status of await cards.locator('.status').allTextContents()) {
      expect(vietnamese).toContain(status)
    }
    for (const value of await cards.locator('.latest .value').allTextContents()) {
      expect(value).toMatch(/\d/)
    }

    // The national digital economy share: 12.66% in 2020, 14.02% in 2025, against 20% by
    // 2025 and 30% by 2030. Its status is what assessProgress says of the published series.
    const observations = await nationalDigitalEconomy()
    expect(observations.at(-1)).toEqual({ period: '2025', value: '14.02' })
    const { status } = assessProgress({
      observations,
      direction: 'increase',
      targets: [
        { id: 'digital_economy_share_grdp_2025', value: '20', by: '2025' },
        { id: 'digital_economy_share_grdp_2030', value: '30', by: '2030' },
      ],
    })
    const national = card(NATIONAL)
    expect(await national.getAttribute('data-status')).toBe(status)
    await expect(national.locator('.status').textContent()).resolves.toBe(STATUS_TEXT[status].vi)
    // The Vietnamese decimal comma.
    await expect(national.locator('.latest').textContent()).resolves.toBe('14,02% năm 2025')
    const targets = await national.locator('.target-text').allTextContents()
    expect(targets).toEqual(['≥ 20% đến 2025 — không đạt', '≥ 30% đến 2030 — chưa đến hạn'])
    // (14.02 − 12.66) / (20 − 12.66) = 0.1853: the way covered since 2020 to the 2025 target.
    await expect(national.locator('.covered').first().textContent()).resolves.toBe(
      'đã đi được 18,5% chặng đường từ năm 2020',
    )
    await expect(national.locator('.interval').textContent()).resolves.toMatch(
      /^Khoảng dự báo 95% \(xu hướng tuyến tính\): \d+,\d+% – \d+,\d+%$/,
    )
  })

  it('draws the series with its targets and a projection band in an SVG chart', async () => {
    const chart = page.locator(`svg.chart[data-series="${NATIONAL}"]`)
    await expect(chart.count()).resolves.toBe(1)
    await expect(chart.locator('circle.observed').count()).resolves.toBe(6)
    await expect(chart.locator('polygon.target').count()).resolves.toBe(2)
    const band = chart.locator('polygon.projection-band')
    await expect(band.count()).resolves.toBe(1)
    // Five projected years (2026–2030), an upper and a lower edge, joined at the 2025 value.
    const points = (await band.getAttribute('points'))?.trim().split(/\s+/) ?? []
    expect(points.length).toBe(12)
    const box = await band.boundingBox()
    expect(box?.width).toBeGreaterThan(50)
    expect(box?.height).toBeGreaterThan(5)
    await expect(chart.locator('polyline.projection').count()).resolves.toBe(1)
  })

  it('switches to English', async () => {
    await page.getByRole('button', { name: 'English' }).click()
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    await expect(page.locator('h1').textContent()).resolves.toBe('Digital transformation progress')
    const english = Object.values(STATUS_TEXT).map((text) => text.en)
    for (const status of await page.locator('.card .status').allTextContents()) {
      expect(english).toContain(status)
    }
    const national = card(NATIONAL)
    await expect(national.locator('.latest').textContent()).resolves.toBe('14.02% 2025')
    await expect(national.locator('.covered').first().textContent()).resolves.toBe(
      '18.5% of the way since 2020',
    )
    await expect(page.locator('svg.chart .target-label').first().textContent()).resolves.toBe(
      '≥ 20% (2025)',
    )
    await expect(page.locator('.products .illustrative').textContent()).resolves.toContain(
      'ILLUSTRATIVE DATA',
    )
  })

  it('filters the cards by unit', async () => {
    const units = async () => new Set(await page.locator('.card').evaluateAll(unitsOf))
    const unitsOf = (cards: Element[]) => cards.map((c) => c.getAttribute('data-unit') ?? '')
    const all = await page.locator('.card').count()
    expect(await units()).toEqual(new Set(['VN', '58', '56', '56@2025-07-01']))
    const national = await page.locator('.card[data-unit="VN"]').count()
    expect(national).toBeGreaterThan(0)

    await page.getByRole('checkbox', { name: 'Viet Nam' }).uncheck()
    await expect(page.locator('.card').count()).resolves.toBe(all - national)
    expect((await units()).has('VN')).toBe(false)

    for (const name of ['Khánh Hòa province (before the 2025 merger)', /merged with/]) {
      await page.getByRole('checkbox', { name }).uncheck()
    }
    expect(await units()).toEqual(new Set(['58']))
    await expect(page.locator('.products').count()).resolves.toBe(1)

    await page.getByRole('checkbox', { name: 'Ninh Thuận province' }).uncheck()
    await expect(page.locator('.card').count()).resolves.toBe(0)
    await expect(page.locator('.products').count()).resolves.toBe(0)
    await expect(page.locator('.empty').textContent()).resolves.toBe(
      'No indicator for the units chosen.',
    )
  })

  it('evaluates the one-product-a-year rule over the illustrative records, labelled so', async () => {
    await page.getByRole('button', { name: 'Tiếng Việt' }).click()
    await page.getByRole('checkbox', { name: 'Tỉnh Ninh Thuận' }).check()
    const panel = page.locator('.products')
    await expect(panel.locator('.illustrative').textContent()).resolves.toBe(
      'DỮ LIỆU MINH HỌA — không phải số liệu công bố',
    )
    const years = await panel
      .locator('.product-years > li')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-period')))
    expect(years).toEqual(['2022', '2023', '2024'])
    // The records leave some units without a product in some year, so the rule has failures.
    expect(await panel.locator('.product-failures li').count()).toBeGreaterThan(0)
  })

  it('made no request outside its own server and raised no error', async () => {
    expect(external).toEqual([])
    expect(errors).toEqual([])
  })

  it('looks like a dashboard (screenshot saved for review)', async () => {
    for (const box of await page.getByRole('checkbox').all()) await box.check()
    await page.locator('.card').first().waitFor()
    await page.screenshot({ path: SCREENSHOT, fullPage: true })
    expect((await stat(SCREENSHOT)).size).toBeGreaterThan(20_000)
  })
})
