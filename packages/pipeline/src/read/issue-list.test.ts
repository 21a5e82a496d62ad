import type { Severity, TiendoIssue } from '@tiendo/schema'
import { describe, expect, it } from 'vitest'
import { IssueList } from './issue-list'

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'warning', 'error']

function issue(i: number): TiendoIssue {
  return {
    code: 'rule_failed',
    severity: SEVERITIES[i % SEVERITIES.length]!,
    message: { vi: `Lỗi ${i}`, en: `Issue ${i}` },
    location: { file: `file-${i}.csv`, row: i + 2 },
  }
}

describe('IssueList', () => {
  it('keeps and counts the same issues whether given built or lazily', () => {
    const built = new IssueList(4)
    const lazy = new IssueList(4)
    for (let i = 0; i < 12; i++) {
      built.add(issue(i))
      lazy.addLazily(issue(i).severity, () => issue(i))
    }
    expect(lazy.kept).toEqual(built.kept)
    expect([lazy.errors, lazy.warnings, lazy.infos]).toEqual([
      built.errors,
      built.warnings,
      built.infos,
    ])
    // Five errors, five warnings and two infos, and the cap's own warning.
    expect([lazy.errors, lazy.warnings, lazy.infos]).toEqual([5, 6, 2])
  })

  it('builds an issue only while it is kept or names the file of the cap’s warning', () => {
    const list = new IssueList(3)
    const made: number[] = []
    for (let i = 0; i < 10; i++) {
      list.addLazily(issue(i).severity, () => {
        made.push(i)
        return issue(i)
      })
    }
    expect(made).toEqual([0, 1, 2, 3])
    expect(list.kept.at(-1)).toMatchObject({
      code: 'too_many_issues',
      location: { file: 'file-3.csv' },
    })
  })
})
