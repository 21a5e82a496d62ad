import { readFile, writeFile } from 'node:fs/promises'
import { BUILT_IN_PACK_IDS, getBuiltInPack } from '@tiendo/packs'
import { describe, expect, it } from 'vitest'
import { loadPackInput } from '../pack/load-pack'
import { packPage } from './pack-page'

// docs/packs/<id>.md is made from each built-in pack. After changing a pack, write the pages
// again with `UPDATE_DOCS=1 npx vitest run src/catalogue/pack-pages.test.ts` (in
// packages/pipeline) and review the diff.

const REGENERATE = 'UPDATE_DOCS=1 npx vitest run src/catalogue/pack-pages.test.ts'

describe('docs/packs', () => {
  for (const id of BUILT_IN_PACK_IDS) {
    it(`shows ${id} as the pack is`, async () => {
      const { pack: resolved } = await loadPackInput(id)
      const page = packPage({
        written: getBuiltInPack(id),
        resolved,
        file: `packages/packs/packs/${id}.json`,
        regenerate: REGENERATE,
      })
      const path = new URL(`../../../../docs/packs/${id}.md`, import.meta.url)
      if (process.env.UPDATE_DOCS === '1') await writeFile(path, page)
      expect(await readFile(path, 'utf8'), `docs/packs/${id}.md is stale: ${REGENERATE}`).toBe(page)
      for (const indicator of resolved.indicators ?? [])
        expect(page).toContain(`\`${indicator.id}\``)
    })
  }
})
