import { defineConfig, type Plugin } from 'vite'
import { CONTENT_SECURITY_POLICY } from './src/build/csp.ts'
import { presetPack } from './src/build/preset-pack.ts'

/**
 * The built page works served from any path and opened from a folder (`file://`): a classic
 * deferred script rather than a module (browsers refuse module scripts from files), no
 * `crossorigin` fetches, and the policy written into the page.
 */
function staticSite(): Plugin {
  return {
    name: 'tiendo-static-site',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        return html
          .replace(/<script type="module" crossorigin src=/g, '<script defer src=')
          .replace(/ crossorigin(?=[ >])/g, '')
          .replace(
            '<meta charset="utf-8" />',
            `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
          )
      },
    },
  }
}

// The page consumes the BUILT @tiendo packages (their `import` export conditions), exactly as
// an outside developer's app would: no `@tiendo/source` condition here, so `npm run build`
// at the root builds the packages first (turbo's `^build`).
export default defineConfig(async () => ({
  // Relative asset paths: `dist/` works served from any path, or opened from a folder.
  base: './',
  define: {
    __TIENDO_PRESET__: JSON.stringify(await presetPack(process.env, process.cwd())),
  },
  plugins: [staticSite()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: false,
    // One stylesheet file, linked: the policy allows no style injected by script.
    cssCodeSplit: false,
    // One classic script (the worker is inlined into it): a module script would not load
    // from a folder. The pipeline, the rules engine and the XLSX reader make it large.
    chunkSizeWarningLimit: 4000,
    rolldownOptions: { output: { format: 'iife' as const } },
  },
  worker: {
    format: 'iife' as const,
  },
}))
