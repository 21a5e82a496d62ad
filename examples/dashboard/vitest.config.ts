import { defineProject } from 'vitest/config'

// No `@tiendo/source` condition: the example tests the built packages, as users get them.
// The end-to-end test builds the page itself and drives it in headless Chromium.
export default defineProject({
  test: {
    name: 'example-dashboard',
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 240_000,
  },
})
