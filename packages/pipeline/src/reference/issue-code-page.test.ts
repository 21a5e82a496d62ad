import { readFile, writeFile } from 'node:fs/promises'
import { IO_ISSUE_CODES } from '@tiendo/io/parse'
import { PACKS_ISSUE_CODES } from '@tiendo/packs'
import { RULES_ISSUE_CODES } from '@tiendo/rules'
import { TIENDO_CODES, typedFields } from '@tiendo/schema'
import { describe, expect, it } from 'vitest'
import { runPipeline } from '../browser'
import { dataFilesPage } from './data-files-page'
import { DATA_ISSUE_CODES } from './data-issue-codes'
import { issueCodePage, sampleIssue } from './issue-code-page'
import { SCHEMA_SAMPLES } from './schema-samples'

// docs/issue-codes.md is made from the registries. After adding a code, write it again with
// `UPDATE_DOCS=1 npx vitest run src/reference/issue-code-page.test.ts` (in packages/pipeline).

const REGENERATE = 'UPDATE_DOCS=1 npx vitest run src/reference/issue-code-page.test.ts'

const documented = new Set<string>([
  ...Object.keys(IO_ISSUE_CODES),
  ...TIENDO_CODES,
  ...Object.keys(DATA_ISSUE_CODES),
  ...Object.keys(RULES_ISSUE_CODES),
  ...Object.keys(PACKS_ISSUE_CODES),
])

describe('docs/data-files.md', () => {
  it('is the page the readers make', async () => {
    const regenerate = REGENERATE
    const page = dataFilesPage(regenerate)
    const path = new URL('../../../../docs/data-files.md', import.meta.url)
    if (process.env.UPDATE_DOCS === '1') await writeFile(path, page)
    expect(await readFile(path, 'utf8'), `docs/data-files.md is stale: ${regenerate}`).toBe(page)
    for (const status of ['completed', 'in_progress', 'planned', 'cancelled', 'estimate']) {
      expect(page).toContain(`\`${status}\``)
    }
  })
})

describe('docs/issue-codes.md', () => {
  it('is the page the registries make', async () => {
    const page = issueCodePage(REGENERATE)
    const path = new URL('../../../../docs/issue-codes.md', import.meta.url)
    if (process.env.UPDATE_DOCS === '1') await writeFile(path, page)
    expect(await readFile(path, 'utf8'), `docs/issue-codes.md is stale: ${REGENERATE}`).toBe(page)
    for (const code of documented) expect(page, code).toContain(`\`${code}\``)
  })

  it('shows the typed fields of each code that has them', () => {
    const page = issueCodePage(REGENERATE)
    expect(page).toContain('| `limit_exceeded` | `limit` |')
    expect(page).toContain('| `limit_exceeded` | `stoppedReading` |')
    expect(page).toContain('| `rule_failed` | `rule` |')
    expect(page).toContain('| `value_out_of_bounds` | error | `field`, `value`, `min`, `max`,')
    for (const [code, spec] of [
      ...Object.entries(IO_ISSUE_CODES),
      ...Object.entries(DATA_ISSUE_CODES),
    ]) {
      expect(spec.meaning?.vi, code).toMatch(/\S/)
      for (const field of Object.keys(spec.fields)) {
        expect(page, `${code}.${field}`).toContain(`| \`${code}\` | \`${field}\` |`)
      }
    }
  })

  it('shows for each sample row the code it really raises', () => {
    for (const code of Object.keys(SCHEMA_SAMPLES)) {
      expect(sampleIssue(code)?.code, code).toBe(code)
      expect(TIENDO_CODES, code).toContain(code)
    }
  })

  it('documents every code that validating faulty data reports', async () => {
    const report = await runPipeline({
      pack: 'ninh-thuan',
      today: '2025-01-01',
      sources: [
        {
          name: 'loi.csv',
          text: [
            'indicator,unit,period,value',
            'dti_scor,58,2024,0.5',
            'dti_score,99,2024,0.5',
            'dti_score,58,2024,5934',
            'dti_score,58,2026,0.5',
            'dti_score,58,2023,0.5',
            'dti_score,58,2023,0.5',
            'dti_score,58,2022,0.5',
            'dti_score,58,2022,0.6',
            'dti_score,56@2025-07-01,2024-H1,0.5',
            'dti_score,58,2025,0.5',
            'dti_score,58,2024-H3,0.5',
            'dti_score,58,2024,"87,5"',
            'dti_score,58,2024,abc,x',
          ].join('\n'),
        },
        {
          name: 'san-pham.csv',
          text: 'kind,unit,date,status,title\nx_product,58,2024-05-01,completed,A\ndx_product,58,2026-01-01,completed,B\n',
        },
      ],
    })
    const codes = new Set(report.validation.issues.map((issue) => issue.code))
    expect(codes.size).toBeGreaterThan(8)
    for (const code of codes) expect(documented, code).toContain(code)
    for (const issue of report.validation.issues) {
      const entry = Object.entries(DATA_ISSUE_CODES).find(([code]) => code === issue.code)?.[1]
      if (entry === undefined) continue
      expect(issue.severity, issue.code).toBe(entry.severity)
      // The fields an issue carries are those its registry describes.
      for (const field of Object.keys(typedFields(issue))) {
        expect(entry.fields, `${issue.code}.${field}`).toHaveProperty(field)
      }
    }
  })
})
