import { defineProject } from 'vitest/config'
import { hangTimeouts, sourceConditions } from '../../vitest.shared.ts'

export default defineProject({
  resolve: { conditions: sourceConditions },
  ssr: { resolve: { conditions: sourceConditions } },
  test: { name: 'forecast', ...hangTimeouts },
})
