import { readFile, writeFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { CLERK_MISTAKES, clerkGuidePage, issuesOfMistake } from './clerk-guide-page'

// docs/nhap-so-lieu.md is made by running its examples. After changing a message, write it
// again with `UPDATE_DOCS=1 npx vitest run src/reference/` (in packages/pipeline).

const REGENERATE = 'UPDATE_DOCS=1 npx vitest run src/reference/clerk-guide-page.test.ts'

describe('docs/nhap-so-lieu.md', () => {
  it('is the page its examples make', async () => {
    const page = await clerkGuidePage(REGENERATE)
    const path = new URL('../../../../docs/nhap-so-lieu.md', import.meta.url)
    if (process.env.UPDATE_DOCS === '1') await writeFile(path, page)
    expect(await readFile(path, 'utf8'), `docs/nhap-so-lieu.md is stale: ${REGENERATE}`).toBe(page)
  })

  it.each(CLERK_MISTAKES.map((mistake) => [mistake.title, mistake] as const))(
    '%s: gets its code first, with a hint, in Vietnamese',
    async (_, mistake) => {
      const issues = await issuesOfMistake(mistake)
      expect(issues[0]?.code).toBe(mistake.code)
      expect(issues[0]?.hint?.vi).toMatch(/\S/)
      // Every example is a line or two from being right: no error but the one it shows.
      const codes = new Set(issues.map((issue) => issue.code))
      expect([...codes]).toEqual([mistake.code])
    },
  )
})
