import { existsSync, readFileSync } from 'node:fs'
import { isAbsolute } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DATASET_IDS, getDataset } from './datasets'
import { datasetPath } from './node'

describe('datasetPath', () => {
  it.each(DATASET_IDS)('gives the absolute path of %s, a file that exists', (id) => {
    const path = datasetPath(id)
    expect(isAbsolute(path)).toBe(true)
    expect(path.endsWith(`/datasets/${getDataset(id).file}`)).toBe(true)
    expect(existsSync(path)).toBe(true)
  })

  it('points at the same file as the package path', () => {
    const text = readFileSync(datasetPath('ninh-thuan'), 'utf8')
    expect(text).toBe(readFileSync(new URL('../datasets/ninh-thuan.csv', import.meta.url), 'utf8'))
  })

  it('refuses an unknown id with the ids it knows', () => {
    expect(() => datasetPath('../package.json')).toThrow(/`vietnam`/)
  })
})
