import { readFileSync } from 'node:fs'
import {
  formatIssue,
  ObservationSchema,
  RecordSchema,
  toDecimal,
  toTiendoIssues,
} from '@tiendo/schema'
import { describe, expect, it } from 'vitest'
import { findUnit, periodDays, readDataset, unitsOf, withoutEmpty } from './__tests__/datasets'
import { BUILT_IN_PACK_IDS, getBuiltInPack } from './built-in-packs'
import { DATASET_IDS, datasets, getDataset, isDatasetId } from './datasets'

const manifest = JSON.parse(
  readFileSync(new URL('../datasets/index.json', import.meta.url), 'utf8'),
) as { datasets: Record<string, unknown>[] }
const indicators = new Map(getBuiltInPack('vn-national').indicators!.map((i) => [i.id, i]))

const HEADERS = {
  observations: 'indicator,unit,period,value,qualifier,low,high,status,source,note',
  records: 'id,kind,unit,date,status,title,evidence,source,note',
}

const headerOf = (file: string) =>
  readFileSync(new URL(`../datasets/${file}`, import.meta.url), 'utf8').split(/\r?\n/)[0]
const observationKey = (row: Record<string, string | undefined>) =>
  `${row.indicator}|${row.unit}|${row.period}`
const observationSets = datasets.filter((d) => d.kind === 'observations')
const recordSets = datasets.filter((d) => d.kind === 'records')

describe('the dataset headers', () => {
  it('are the schemas’ own fields, in the order of the CSV formats', () => {
    expect(Object.keys(ObservationSchema.shape).join(',')).toBe(HEADERS.observations)
    expect(Object.keys(RecordSchema.shape).join(',')).toBe(HEADERS.records)
  })
})

describe('the manifest datasets/index.json', () => {
  it('lists the datasets of DATASET_IDS, each once, in that order', () => {
    expect(manifest.datasets.map((entry) => entry.id)).toEqual([...DATASET_IDS])
  })

  it.each(datasets.map((d) => [d.id, d] as const))(
    '%s: its file exists with the header of its kind and as many rows as it says',
    (_id, dataset) => {
      expect(headerOf(dataset.file)).toBe(HEADERS[dataset.kind])
      expect(readDataset(dataset.file)).toHaveLength(dataset.rows)
      expect(dataset.rows).toBeGreaterThan(0)
      expect(BUILT_IN_PACK_IDS).toContain(dataset.pack)
      expect(dataset.description.vi.length).toBeGreaterThan(50)
      expect(dataset.description.en.length).toBeGreaterThan(50)
      expect(dataset.specifier).toBe(`@tiendo/packs/datasets/${dataset.file}`)
    },
  )

  it.each(datasets.map((d) => [d.id, d] as const))(
    '%s: lists exactly the sources its rows cite, in order of first use',
    (_id, dataset) => {
      const cited = [...new Set(readDataset(dataset.file).map((row) => row.source!))]
      expect(dataset.sources).toEqual(dataset.illustrative ? [] : cited)
      for (const source of dataset.sources) expect(source).toMatch(/^https?:\/\/\S+$/)
    },
  )

  it('marks as illustrative exactly the files named so, and says so in both languages', () => {
    for (const dataset of datasets) {
      expect(dataset.illustrative).toBe(dataset.file.includes('.illustrative.'))
      expect(dataset.id.includes('illustrative')).toBe(dataset.illustrative)
      if (!dataset.illustrative) continue
      expect(dataset.description.vi).toContain('MINH HỌA')
      expect(dataset.description.en).toContain('ILLUSTRATIVE')
    }
    expect(datasets.filter((d) => d.illustrative).map((d) => d.id)).toEqual([
      'ninh-thuan-dx-products.illustrative',
    ])
  })
})

describe('getDataset', () => {
  it('returns the manifest entry with its package path', () => {
    const { specifier, ...entry } = getDataset('vietnam')
    expect(entry).toEqual(manifest.datasets[2])
    expect(specifier).toBe('@tiendo/packs/datasets/vietnam.csv')
  })

  it.each(['ninh-thuan.csv', 'constructor', '__proto__', '', 'ninh-thuan-dx-products'])(
    'refuses %j with the ids it knows',
    (id) => {
      expect(isDatasetId(id)).toBe(false)
      expect(() => getDataset(id)).toThrow(
        /`ninh-thuan`, `khanh-hoa`, `vietnam`, `ninh-thuan-dx-products.illustrative`/,
      )
    },
  )

  it('hands out entries nobody can change', () => {
    const entry = getDataset('ninh-thuan') as unknown as {
      illustrative: boolean
      sources: string[]
    }
    expect(() => {
      entry.illustrative = true
    }).toThrow(TypeError)
    expect(() => entry.sources.push('x')).toThrow(TypeError)
    expect(getDataset('ninh-thuan').illustrative).toBe(false)
  })
})

describe.each(observationSets.map((d) => [d.id, d] as const))('observations %s', (_id, dataset) => {
  const rows = readDataset(dataset.file)
  const units = unitsOf(dataset.pack)

  it('parse with ObservationSchema, row by row', () => {
    const problems = rows.flatMap((row, index) => {
      const input = withoutEmpty(row)
      const result = ObservationSchema.safeParse(input)
      if (result.success) return []
      return toTiendoIssues(result.error, { input }).map(
        (issue) => `line ${index + 2}: ${formatIssue(issue, 'en')}`,
      )
    })
    expect(problems).toEqual([])
  })

  it('give each indicator, unit and period once', () => {
    const keys = rows.map(observationKey)
    expect(new Set(keys).size).toBe(keys.length)
  })

  it('name only indicators of vn-national, with values inside their bounds', () => {
    for (const row of rows) {
      const indicator = indicators.get(row.indicator!)
      expect(indicator, row.indicator).toBeDefined()
      const { min, max } = indicator!.bounds ?? {}
      for (const cell of [row.value, row.low, row.high]) {
        if (!cell) continue
        if (min !== undefined)
          expect(toDecimal(cell).gte(toDecimal(min)), observationKey(row)).toBe(true)
        if (max !== undefined)
          expect(toDecimal(cell).lte(toDecimal(max)), observationKey(row)).toBe(true)
      }
    }
  })

  it('name units of their pack valid throughout the period, or a successor named by date', () => {
    for (const row of rows) {
      const { start, end } = periodDays(row.period!)
      const unit = findUnit(units, row.unit!, start, end)
      expect(unit, `${observationKey(row)} in ${dataset.pack}`).toBeDefined()
    }
  })

  it('cite a source on every row, and never call themselves illustrative', () => {
    for (const row of rows) {
      expect(row.source).toMatch(/^https?:\/\//)
      expect(`${row.source} ${row.note}`).not.toMatch(/illustrative|minh họa/i)
    }
  })
})

describe.each(recordSets.map((d) => [d.id, d] as const))('records %s', (_id, dataset) => {
  const rows = readDataset(dataset.file)
  const units = unitsOf(dataset.pack)

  it('parse with RecordSchema, row by row', () => {
    const problems = rows.flatMap((row, index) => {
      const input = withoutEmpty(row)
      const result = RecordSchema.safeParse(input)
      if (result.success) return []
      return toTiendoIssues(result.error, { input }).map(
        (issue) => `line ${index + 2}: ${formatIssue(issue, 'en')}`,
      )
    })
    expect(problems).toEqual([])
  })

  it('say on every row, in source, note and title, that they are illustrative', () => {
    for (const row of rows) {
      expect(row.source).toMatch(/^illustrative: /)
      expect(row.source).toContain('minh họa')
      expect(row.note).toMatch(/^illustrative record/)
      expect(row.title).toMatch(/^\[Minh họa \/ illustrative\] /)
      expect(row.evidence).toBe('')
    }
  })

  it('have unique ids, and name units of the pack that exist on the day', () => {
    expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length)
    for (const row of rows) {
      expect(findUnit(units, row.unit!, row.date!, row.date!), row.id).toBeDefined()
    }
  })
})
