import { defineProject } from 'vitest/config'

// No `@tiendo/source` condition here: the example tests the built packages, as users get them.
export default defineProject({ test: { name: 'example-ci', testTimeout: 600_000 } })
