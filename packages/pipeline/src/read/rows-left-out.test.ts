import type { TiendoIssue } from '@tiendo/schema'
import { describe, expect, it } from 'vitest'
import { RowsLeftOut } from './rows-left-out'

const issue = (row: number, severity: 'error' | 'warning' = 'error') =>
  ({ code: 'invalid_value', severity, location: { file: 'a.csv', row } }) as unknown as TiendoIssue

describe('RowsLeftOut', () => {
  it('counts each row once, read or not, whatever comes first', () => {
    const left = new RowsLeftOut()
    left.item({ file: 'a.csv', row: 2 })
    // Row 3 could not be read: two errors name it.
    left.issue(issue(3))
    left.issue(issue(3))
    // Row 4 was read with a warning; row 5's error came before its figure.
    left.issue(issue(4, 'warning'))
    left.item({ file: 'a.csv', row: 4 })
    left.issue(issue(5))
    left.item({ file: 'a.csv', row: 5 })
    expect(left.rows).toBe(4)
    expect(left.unreadRows).toBe(1)
  })

  it('places a JSON file’s issue by its element', () => {
    const left = new RowsLeftOut()
    const at = (path: string) =>
      ({ code: 'invalid_value', severity: 'error', location: { path } }) as unknown as TiendoIssue
    left.issue(at('/3/value'))
    left.issue(at('/3/period'))
    left.issue(at('/4/value'))
    expect(left.unreadRows).toBe(2)
  })
})
