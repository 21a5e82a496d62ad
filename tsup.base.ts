import type { Options } from 'tsup'

/** The one build every library package shares: ESM + CJS + types, for Node 20.19 and browsers. */
export function libraryConfig(entry: string[] | Record<string, string>): Options {
  return {
    entry,
    format: ['esm', 'cjs'],
    dts: true,
    tsconfig: 'tsconfig.build.json',
    sourcemap: true,
    clean: true,
    splitting: false,
    treeshake: true,
    target: 'es2022',
    outDir: 'dist',
  }
}
