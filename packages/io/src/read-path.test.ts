import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readObservationFile } from './read-observations'

let scratch: string

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'tiendo-io-path-'))
  await mkdir(join(scratch, 'data'))
})

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true })
})

describe('a path with no extension Tiendo reads', () => {
  it('is said to be missing, not to lack an extension', async () => {
    const { issues } = await readObservationFile(join(scratch, 'absent.txt'))
    expect(issues.map((issue) => issue.code)).toEqual(['file_not_found'])
  })

  it('is said to be a folder (`tiendo validate data/`), with the files to name instead', async () => {
    const folder = join(scratch, 'data')
    const { issues } = await readObservationFile(`${folder}/`, { displayName: 'data/' })
    expect(issues.map((issue) => issue.code)).toEqual(['not_a_file'])
    expect(issues[0]?.message.en).toBe('"data/" is a folder, not a file.')
    expect(issues[0]?.message.vi).toBe('"data/" là một thư mục, không phải tệp.')
    expect(issues[0]?.hint?.en).toContain('`data/q3.csv data/q4.xlsx`')
    expect(issues[0]?.hint?.vi).toContain('`data/quy-3.csv data/quy-4.xlsx`')
    // Named the Windows way, the example is written so too.
    const windows = await readObservationFile(folder, { displayName: 'data\\' })
    expect(windows.issues[0]?.hint?.en).toContain('`data\\q3.csv data\\q4.xlsx`')
  })
})
