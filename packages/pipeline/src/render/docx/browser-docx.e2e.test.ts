import { existsSync } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize } from 'node:path'
import { fileURLToPath } from 'node:url'
import { strFromU8, unzipSync } from 'fflate'
import { type Browser, chromium } from 'playwright-core'
import { build } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const PAGE = fileURLToPath(new URL('../../../test/browser-page/', import.meta.url))
const OUT = fileURLToPath(new URL('../../../test-results/browser-page/', import.meta.url))

// Debian's chromium, never a downloaded one. In CI the test is required (.ci/run installs it).
const CHROMIUM = process.env.TIENDO_CHROMIUM ?? '/usr/bin/chromium'
const HAS_CHROMIUM = existsSync(CHROMIUM)
const IN_CI = Boolean(process.env.CI)
if (!HAS_CHROMIUM && !IN_CI) {
  console.warn(
    `Skipping the Word report's browser test: no Chromium at ${CHROMIUM} (install Debian's \`chromium\` or set TIENDO_CHROMIUM). In CI it is required.`,
  )
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
}

describe.skipIf(!HAS_CHROMIUM && !IN_CI)('reportToDocx and reportToXlsx in a browser', () => {
  let browser: Browser
  let server: Server
  let result: { docx: string; xlsx: string } | string

  beforeAll(async () => {
    // The page built with Vite from the built packages, as an app would bundle them.
    await build({
      root: PAGE,
      configFile: false,
      logLevel: 'warn',
      base: './',
      build: { outDir: OUT, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 5000 },
    })
    server = createServer(async (request, response) => {
      const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname))
      const file = join(OUT, path === '/' ? 'index.html' : path)
      if (!file.startsWith(OUT) || !existsSync(file) || !(await stat(file)).isFile()) {
        response.writeHead(404).end()
        return
      }
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      })
      response.end(await readFile(file))
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
    })
    const page = await browser.newPage()
    await page.goto(`http://127.0.0.1:${port}/`)
    // Expressions, not functions: they run in the page (this file is type-checked without the DOM).
    await page.waitForFunction("document.getElementById('out').textContent !== 'running'", null, {
      timeout: 540_000,
    })
    const text = await page.textContent('#out')
    result =
      text === 'done'
        ? ((await page.evaluate('window.result')) as { docx: string; xlsx: string })
        : (text ?? 'no result')
  })

  afterAll(async () => {
    await browser?.close()
    server?.close()
  })

  it('writes the Word report, its chart drawn as a PNG by resvg’s WebAssembly', () => {
    expect(typeof result, String(result)).toBe('object')
    const files = unzipSync(Buffer.from((result as { docx: string }).docx, 'base64'))
    const xml = strFromU8(files['word/document.xml']!)
    expect(xml).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
    expect(xml).toContain('Khánh Hòa, ngày')
    expect(xml).toContain('14,02%')
    const media = Object.keys(files).filter(
      (name) => name.startsWith('word/media/') && !name.endsWith('/'),
    )
    expect(media).toHaveLength(1)
    expect([...files[media[0]!]!.slice(1, 4)]).toEqual([0x50, 0x4e, 0x47])
  })

  it('writes the Excel workbook', () => {
    const files = unzipSync(Buffer.from((result as { xlsx: string }).xlsx, 'base64'))
    expect(Object.keys(files)).toContain('xl/workbook.xml')
    expect(strFromU8(files['xl/workbook.xml']!)).toContain('Tiến độ đến chỉ tiêu')
  })
})
