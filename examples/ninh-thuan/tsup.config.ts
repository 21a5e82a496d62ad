import { defineConfig } from 'tsup'

export default defineConfig({
  entry: { main: 'src/main.ts' },
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  clean: true,
  // An example consumes the built packages by name, exactly as an outside developer would.
  external: [/^@tiendo\//],
})
