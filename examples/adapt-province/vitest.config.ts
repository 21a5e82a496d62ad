import { defineProject } from 'vitest/config'

// No `@tiendo/source` condition here: the example tests the built packages, as users get them.
export default defineProject({ test: { name: 'example-adapt-province', testTimeout: 600_000 } })
