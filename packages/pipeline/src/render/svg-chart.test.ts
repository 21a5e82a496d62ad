import type { TargetReport } from '@tiendo/rules'
import { beforeAll, describe, expect, it } from 'vitest'
import { reportFixture } from '../__tests__/report-fixture'
import { formatNumber, pointText, targetText, withUnit } from './format'
import { niceStep, periodTime, seriesChartSvg } from './svg-chart'

const count = (text: string, pattern: RegExp) => (text.match(pattern) ?? []).length

/** The national digital economy share: 20% by 2025 missed, 30% by 2030 ahead. */
let series: TargetReport
beforeAll(async () => {
  // The linear trend gives a prediction interval to draw as a fan.
  const report = await reportFixture({ method: 'linear' })
  series = report.targets.find(
    (target) => target.indicatorId === 'digital_economy_share_grdp' && target.unit === 'VN',
  )!
})

describe('seriesChartSvg', () => {
  it('draws every observation, every target coloured by outcome, the projection and its fan', () => {
    const svg = seriesChartSvg(series, { lang: 'en' })
    expect(svg.startsWith('<svg')).toBe(true)
    expect(count(svg, /<g class="point">/g)).toBe(series.series.length)
    expect(count(svg, /<g class="target">/g)).toBe(2)
    expect(svg).toContain('fill="#c62828"') // the 2025 target, missed
    expect(svg).toContain('fill="#6b4fbb"') // the 2030 target, pending
    expect(svg).toContain('<g class="projection">')
    expect(svg).toContain('<g class="band">')
    const interval = series.assessment.interval!
    expect(svg).toContain(
      `Prediction interval (95%): ${formatNumber(interval.low, 'en', 2)}–${formatNumber(interval.high, 'en', 2)}`,
    )
    // An approximate value is an open dot.
    expect(svg).toMatch(/2024: about 13\.17%<\/title><circle[^>]*fill="#fff"/)
  })

  it('lays years out left to right, the target period after the latest observation', () => {
    const svg = seriesChartSvg(series)
    const ticks = [...svg.matchAll(/<text x="([\d.]+)"[^>]*class="tick">(\d{4})<\/text>/g)].map(
      (m) => ({ x: Number(m[1]), year: Number(m[2]) }),
    )
    expect(ticks.length).toBeGreaterThan(3)
    for (let i = 1; i < ticks.length; i++) {
      expect(ticks[i]!.year).toBeGreaterThan(ticks[i - 1]!.year)
      expect(ticks[i]!.x).toBeGreaterThan(ticks[i - 1]!.x)
    }
    const dots = [...svg.matchAll(/class="point"><title>[^<]*<\/title><circle cx="([\d.]+)"/g)].map(
      (m) => Number(m[1]),
    )
    expect(dots).toHaveLength(series.series.length)
    const diamonds = [...svg.matchAll(/<path d="M([\d.]+) /g)].map((m) => Number(m[1]))
    expect(Math.max(...diamonds)).toBeGreaterThan(Math.max(...dots))
  })

  it('draws no projection without one, and a range as a bar', () => {
    const svg = seriesChartSvg({
      ...series,
      series: [{ period: '2024', qualifier: 'range', low: '25', high: '30' }],
      assessment: { ...series.assessment, projected: null, interval: null },
    })
    expect(svg).not.toContain('class="projection"')
    expect(svg).not.toContain('class="band"')
    expect(svg).toContain('năm 2024: 25–30%')
  })

  it('is empty without anything to draw, and marks illustrative data', () => {
    expect(seriesChartSvg({ ...series, series: [], targets: [] })).toBe('')
    expect(seriesChartSvg(series, { illustrative: true, lang: 'en' })).toContain('ILLUSTRATIVE')
  })
})

describe('chart scales', () => {
  it('puts a period at its middle, in years', () => {
    expect(periodTime('2024')).toBe(2024.5)
    expect(periodTime('2024-H1')).toBe(2024.25)
    expect(periodTime('2024-01/2024-09')).toBe(2024.375)
    expect(periodTime('soon')).toBeUndefined()
  })

  it('steps by 1, 2 or 5 times a power of ten', () => {
    expect(niceStep(20)).toBe(5)
    expect(niceStep(0.3)).toBe(0.1)
    expect(niceStep(7)).toBe(2)
    expect(niceStep(0)).toBe(1)
  })
})

describe('human numbers', () => {
  it('writes decimals per language, exactly unless rounding is asked', () => {
    expect(formatNumber('14.02', 'vi')).toBe('14,02')
    expect(formatNumber('14.02', 'en')).toBe('14.02')
    expect(formatNumber('363558', 'vi')).toBe('363.558')
    expect(formatNumber('363558', 'en')).toBe('363,558')
    expect(formatNumber('2025', 'en')).toBe('2025')
    expect(formatNumber('0.123456789012345678901', 'en')).toBe('0.123456789012345678901')
    expect(formatNumber('15.525', 'en', 2)).toBe('15.52')
    expect(formatNumber('-0.0013', 'vi', 2)).toBe('0')
    expect(formatNumber('-2.5', 'vi')).toBe('−2,5')
  })

  it('keeps qualifiers and ranges, and writes targets', () => {
    expect(pointText({ period: '2024', value: '90', qualifier: 'more_than' }, 'count', 'vi')).toBe(
      'hơn 90',
    )
    expect(
      pointText({ period: '2024', qualifier: 'range', low: '25', high: '30' }, 'percent', 'en'),
    ).toBe('25–30%')
    expect(targetText({ comparator: 'gte', value: '20', by: '2025' }, 'percent', 'vi')).toBe(
      '≥ 20% đến năm 2025',
    )
    expect(targetText({ comparator: 'lt', value: '5', by: '2030' }, 'day', 'en')).toBe(
      '< 5 days by 2030',
    )
  })

  it("writes every known unit of measure beside a value in words, a pack's own as it is", () => {
    expect(withUnit('5', 'day', 'vi')).toBe('5 ngày')
    expect(withUnit('1', 'day', 'en')).toBe('1 day')
    expect(withUnit('1.5', 'day', 'en')).toBe('1.5 days')
    expect(withUnit('1', 'score', 'en')).toBe('1 point')
    expect(withUnit('1', 'day', 'vi')).toBe('1 ngày')
    expect(withUnit('30,5', 'celsius', 'vi')).toBe('30,5 °C')
    expect(withUnit('12', 'km', 'en')).toBe('12 km')
    expect(withUnit('12', 'constructor', 'en')).toBe('12 constructor')
  })

  it('writes a comparator it has no sign for as it is, even one named like a property', () => {
    for (const comparator of ['above', 'constructor', '__proto__']) {
      expect(targetText({ comparator, value: '1', by: '2025' }, 'count', 'en')).toBe(
        `${comparator} 1 by 2025`,
      )
    }
  })
})
