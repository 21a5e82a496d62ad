import { defineProject } from 'vitest/config'

// No `@tiendo/source` condition: the test packs the built packages and installs the
// tarballs outside the workspace, as users get them. Installing takes a while.
export default defineProject({
  test: { name: 'example-consumer', testTimeout: 600_000, hookTimeout: 900_000 },
})
