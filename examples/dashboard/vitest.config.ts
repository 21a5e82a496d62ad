import { defineProject } from 'vitest/config'

// No `@tiendo/source` condition: the example tests the built packages, as users get them.
// The site is built once (test/support/global-setup.ts) and driven in headless Chromium. The
// browser test files run one after another: the long-task measurement of the 100,000-row test
// measures the page, not two Chromiums fighting over two cores.
export default defineProject({
  test: {
    name: 'example-dashboard',
    environment: 'node',
    globalSetup: ['test/support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 600_000,
    hookTimeout: 240_000,
  },
})
