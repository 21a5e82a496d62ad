import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BUILT_WORKER } from '../__tests__/built-worker'
import { mergerRun } from '../__tests__/merger'
import { MINI_PACK, miniObservations, miniSources } from '../__tests__/mini-national'
import { reportJsonChunks } from '../report/report-json'
import { runPipeline } from './run-pipeline-node'
import { type ReportToJson, runPipelineToJson, type ToJsonOptions } from './run-to-json-node'

let spoolFolder: string

beforeAll(async () => {
  spoolFolder = await mkdtemp(join(tmpdir(), 'tiendo-to-json-test-'))
})

afterAll(async () => {
  await rm(spoolFolder, { recursive: true, force: true })
})

const OPEN_SDG_FIGURES = [
  'indicator,unit,period,value',
  'digital_economy_share_grdp,VN,2020,12.66',
  'digital_economy_share_grdp,VN,2023,12.87',
  'digital_economy_share_grdp,VN,2025,14.02',
  'digital_economy_share_grdp,58,2020,8',
  'digital_economy_share_grdp,58,2024,11',
].join('\n')

/**
 * A run of the small seeded country, one across a merger (figures aggregated, then carried
 * to the merged units and assessed), and one under Open SDG (its indicator-level status).
 */
const RUNS: readonly [string, Omit<ToJsonOptions, 'spoolFolder'>][] = [
  [
    'a small country, with records',
    {
      pack: MINI_PACK,
      sources: miniSources(),
      today: '2026-06-30',
      lang: 'en',
      threads: 1,
    },
  ],
  ['a merger', { ...mergerRun(), threads: 1 }],
  [
    'one province of a small country',
    {
      pack: MINI_PACK,
      sources: miniSources(),
      units: ['P2'],
      today: '2026-06-30',
      lang: 'en',
      threads: 1,
    },
  ],
  [
    'a small country on two threads (runPipeline’s plan made whole first)',
    {
      pack: MINI_PACK,
      sources: [{ name: 'so-lieu.csv', text: miniObservations() }],
      today: '2026-06-30',
      threads: 2,
    },
  ],
  [
    'a small country, a worker assessing series as they are planned',
    {
      pack: MINI_PACK,
      sources: miniSources(),
      today: '2026-06-30',
      lang: 'en',
      threads: 2,
      assessOnThreads: BUILT_WORKER,
    },
  ],
  [
    'Open SDG’s indicator status',
    {
      pack: 'ninh-thuan',
      sources: [
        {
          name: 'so-lieu.csv',
          text: OPEN_SDG_FIGURES,
        },
      ],
      today: '2026-06-30',
      methodology: 'opensdg',
      threads: 1,
    },
  ],
  [
    'Open SDG’s indicator status, a worker assessing',
    {
      pack: 'ninh-thuan',
      sources: [{ name: 'so-lieu.csv', text: OPEN_SDG_FIGURES }],
      today: '2026-06-30',
      methodology: 'opensdg',
      threads: 2,
      assessOnThreads: BUILT_WORKER,
    },
  ],
]

async function withReport<T>(
  options: Omit<ToJsonOptions, 'spoolFolder'>,
  use: (report: ReportToJson) => T,
): Promise<T> {
  const report = await runPipelineToJson({ ...options, spoolFolder })
  try {
    return use(report)
  } finally {
    await report.close()
  }
}

/** The options of the run so named. */
const runNamed = (name: string) => RUNS.find(([label]) => label === name)![1]

describe('runPipelineToJson', () => {
  for (const [name, options] of RUNS) {
    it(`writes runPipeline's JSON report, byte for byte, in every layout (${name})`, async () => {
      const whole = await runPipeline(options)
      expect(whole.targets.length).toBeGreaterThan(0)
      await withReport(options, (report) => {
        for (const layout of [{}, { lines: false }, { indent: 0 }, { indent: 4, lines: false }]) {
          const expected = [...reportJsonChunks(whole, { ...layout, lang: options.lang })].join('')
          expect([...report.jsonChunks(layout)].join(''), JSON.stringify(layout)).toBe(expected)
        }
        expect(report.summary).toEqual(whole.summary)
        expect(report.rules).toEqual(whole.rules)
        expect(report.valid).toBe(whole.valid)
        expect(report.cannotRead).toBe(whole.cannotRead)
      })
    })
  }

  it('writes the figures derived across the merger, whole with their inputs', async () => {
    await withReport(runNamed('a merger'), (report) => {
      const json = JSON.parse([...report.jsonChunks()].join(''))
      const methods = new Set(
        json.derived.figures.map((f: { derived: { method: string } }) => f.derived.method),
      )
      expect([...methods]).toEqual(expect.arrayContaining(['record_count', 'ratio', 'carry']))
      const carried = json.derived.figures.find(
        (f: { derived: { method: string } }) => f.derived.method === 'carry',
      )
      expect(carried.derived.inputs.length).toBeGreaterThan(0)
      // The merged province's series runs on the figures carried to it.
      expect(json.targets.some((s: { unit: string }) => s.unit === 'M@2025-07-01')).toBe(true)
    })
  })

  it('writes only the figures of the province asked for', async () => {
    await withReport(runNamed('one province of a small country'), (report) => {
      const json = JSON.parse([...report.jsonChunks()].join(''))
      const inside = new Set(['P2'])
      for (let grew = true; grew; ) {
        grew = false
        for (const unit of MINI_PACK.units ?? []) {
          if (unit.parent !== undefined && inside.has(unit.parent) && !inside.has(unit.code)) {
            inside.add(unit.code)
            grew = true
          }
        }
      }
      const units = new Set<string>(json.derived.figures.map((f: { unit: string }) => f.unit))
      expect(units.size).toBeGreaterThan(1)
      for (const unit of units) expect(inside).toContain(unit)
      expect(report.summary.derived.figures).toBe(json.derived.figures.length)
    })
  })

  it('says the Open SDG status of an indicator from the series it wrote', async () => {
    await withReport(runNamed('Open SDG’s indicator status'), (report) => {
      const json = JSON.parse([...report.jsonChunks()].join(''))
      expect(json.indicatorProgress).toHaveLength(1)
      expect(json.indicatorProgress[0]).toMatchObject({
        indicator: 'digital_economy_share_grdp',
        units: ['VN', '58'],
      })
    })
  })

  it('keeps its long lists on disk until closed, then removes them', async () => {
    const report = await runPipelineToJson({
      ...runNamed('a small country, with records'),
      spoolFolder,
    })
    const [folder] = await readdir(spoolFolder)
    expect(folder).toMatch(/^tiendo-report-/)
    expect((await readdir(join(spoolFolder, folder!))).sort()).toEqual([
      'failed.jsonl',
      'figures.jsonl',
      'targets.jsonl',
    ])
    expect(report.summary.derived.figures).toBeGreaterThan(0)
    expect(report.rules.failed).toBeGreaterThan(0)
    // Read anew each time the text is asked for.
    expect([...report.jsonChunks()].join('')).toBe([...report.jsonChunks()].join(''))
    await report.close()
    expect(await readdir(spoolFolder)).toEqual([])
  })
})
