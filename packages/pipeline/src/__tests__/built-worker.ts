/**
 * Workers that join a run's assessing at once, a few series a chunk, running the built
 * worker script: the package's tests run after its build, as turbo orders them, and without
 * the test runner's `--conditions` the worker runs the built packages.
 */
export const BUILT_WORKER = {
  script: new URL('../../dist/assess-worker.js', import.meta.url),
  minSeries: 1,
  chunkSize: 4,
  execArgv: [] as string[],
} as const
