/**
 * The SVG charts as PNG images, for a Word document: rendered by resvg compiled to
 * WebAssembly, which runs the same in Node and in browsers. resvg reads no system font, so
 * the caller hands it the font files (TTF, OTF or WOFF2) and the WebAssembly module.
 */

/** Turns a chart's SVG into PNG bytes, `width` pixels wide (the height keeps the ratio). */
export type ChartRasterizer = (svg: string, width: number) => Uint8Array

/**
 * What resvg's WebAssembly module may be given as: its bytes, its URL (a string or a `URL`), a
 * `fetch` response, a compiled `WebAssembly.Module`, or a promise of one of these. Typed
 * without the DOM's types, so that a Node project type-checks without them.
 */
export type ResvgWasmInput = ArrayBuffer | ArrayBufferView | string | object | PromiseLike<unknown>

/** Options of {@link createChartRasterizer}. */
export interface ChartRasterizerOptions {
  /**
   * `@resvg/resvg-wasm`'s `index_bg.wasm`: its bytes, its URL (a bundler's `?url` import) or
   * a `fetch` response. Required; in Node, `nodeChartRasterizer` finds it.
   */
  readonly wasm: ResvgWasmInput
  /**
   * Font files for the charts' text (TTF, OTF or WOFF2), covering Vietnamese. Required: a
   * chart rendered without fonts loses its labels. In Node, `nodeChartRasterizer` loads
   * Noto Sans from `@fontsource/noto-sans`.
   */
  readonly fonts: readonly Uint8Array[]
  /** The family the charts' text is set in. Defaults to `Noto Sans`. */
  readonly fontFamily?: string | undefined
}

/**
 * The charts' styles, which the HTML report gives from its stylesheet: a chart rendered on its
 * own carries them inside.
 */
function chartStyle(family: string): string {
  const quoted = family.replace(/[^\p{L}\p{N} _-]/gu, '')
  return `<style>text{font-family:'${quoted}',sans-serif;fill:#1d2430}.tick{font-size:11px;fill:#5b6573}.target-label{font-size:11px;font-weight:700}.watermark{font-size:34px;font-weight:700;fill:#b26a00;fill-opacity:.13}</style>`
}

/** A chart's SVG with its styles inside, ready to render on its own. */
export function standaloneChartSvg(svg: string, family = 'Noto Sans'): string {
  return svg.replace(/^<svg\b[^>]*>/, (open) => `${open}${chartStyle(family)}`)
}

// resvg's WebAssembly is initialised once per page or process, whatever it was given.
let initialised: Promise<void> | undefined

/**
 * A function that renders the report's charts as PNG, for `reportToDocx`'s `charts` option.
 * Initialises resvg's WebAssembly once (later calls reuse it).
 */
export async function createChartRasterizer(
  options: ChartRasterizerOptions,
): Promise<ChartRasterizer> {
  const { initWasm: load, Resvg } = await import('@resvg/resvg-wasm')
  initialised ??= load(options.wasm as Parameters<typeof load>[0]).catch((error) => {
    initialised = undefined
    throw error
  })
  await initialised
  const family = options.fontFamily ?? 'Noto Sans'
  const fontBuffers = [...options.fonts]
  return (svg, width) => {
    const resvg = new Resvg(standaloneChartSvg(svg, family), {
      background: '#ffffff',
      fitTo: { mode: 'width', value: Math.max(1, Math.round(width)) },
      font: {
        fontBuffers,
        loadSystemFonts: false,
        defaultFontFamily: family,
        sansSerifFamily: family,
      },
    })
    const image = resvg.render()
    const png = image.asPng()
    image.free()
    resvg.free()
    return png
  }
}
