// A page that writes the Word and Excel reports in the browser, as an app built with Vite would:
// the pipeline's browser entry, resvg's WebAssembly and the fonts as the bundler's own assets.
import latin from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url'
import vietnamese from '@fontsource/noto-sans/files/noto-sans-vietnamese-400-normal.woff2?url'
import wasm from '@resvg/resvg-wasm/index_bg.wasm?url'
import {
  createChartRasterizer,
  reportToDocx,
  reportToXlsx,
  runPipeline,
} from '@tiendo/pipeline/browser'

const CSV = `indicator,unit,period,value
digital_economy_share_grdp,VN,2020,12.66
digital_economy_share_grdp,VN,2023,12.87
digital_economy_share_grdp,VN,2025,14.02
`

const base64 = (bytes) => {
  let text = ''
  for (const byte of bytes) text += String.fromCharCode(byte)
  return btoa(text)
}

async function main() {
  const report = await runPipeline({
    pack: 'ninh-thuan',
    sources: [{ name: 'so-lieu.csv', text: CSV }],
    today: '2026-06-30',
  })
  const fonts = await Promise.all(
    [latin, vietnamese].map(async (url) => new Uint8Array(await (await fetch(url)).arrayBuffer())),
  )
  const charts = await createChartRasterizer({ wasm: fetch(wasm), fonts })
  const docx = await reportToDocx(report, { charts, config: { place: 'Khánh Hòa' } })
  const xlsx = await reportToXlsx(report)
  return { docx: base64(docx), xlsx: base64(xlsx) }
}

const out = document.getElementById('out')
main().then(
  (result) => {
    window.result = result
    out.textContent = 'done'
  },
  (error) => {
    out.textContent = `error: ${error instanceof Error ? error.stack : String(error)}`
  },
)
