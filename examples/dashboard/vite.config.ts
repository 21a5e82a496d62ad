import { defineConfig } from 'vite'

// The page consumes the BUILT @tiendo packages (their `import` export conditions), exactly as
// an outside developer's app would: no `@tiendo/source` condition here, so `npm run build`
// at the root builds the packages first (turbo's `^build`).
export default defineConfig({
  // Relative asset paths: `dist/` works served from any path.
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // A bundle that is a few hundred kilobytes of exact arithmetic and rules is expected.
    chunkSizeWarningLimit: 1500,
  },
})
