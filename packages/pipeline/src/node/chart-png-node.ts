/// <reference types="node" />
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'
import { type ChartRasterizer, createChartRasterizer } from '../render/docx/chart-png'

// The CommonJS build has `__filename` and an empty `import.meta`; the ES module build the reverse.
declare const __filename: string | undefined
const HERE = typeof __filename === 'string' ? pathToFileURL(__filename) : new URL(import.meta.url)

/** The Noto Sans files the charts use: Latin and Vietnamese, regular and bold (SIL OFL 1.1). */
const FONT_FILES = ['latin-400', 'vietnamese-400', 'latin-700', 'vietnamese-700'].map(
  (face) => `@fontsource/noto-sans/files/noto-sans-${face}-normal.woff2`,
)

let rasterizer: Promise<ChartRasterizer> | undefined

/**
 * The chart renderer for Node: resvg's WebAssembly and the Noto Sans fonts, read from the
 * packages installed beside `@tiendo/pipeline` (loaded once, then reused).
 */
export function nodeChartRasterizer(): Promise<ChartRasterizer> {
  rasterizer ??= (async () => {
    const require = createRequire(HERE)
    const [wasm, ...fonts] = await Promise.all(
      ['@resvg/resvg-wasm/index_bg.wasm', ...FONT_FILES].map((id) => readFile(require.resolve(id))),
    )
    return createChartRasterizer({ wasm: wasm!, fonts })
  })().catch((error) => {
    rasterizer = undefined
    throw error
  })
  return rasterizer
}
