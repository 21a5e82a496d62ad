import { defineConfig } from 'vitest/config'

// One project per package and example; `npx vitest` at the root runs them all.
export default defineConfig({
  test: {
    projects: ['packages/*', 'examples/*'],
  },
})
