/**
 * A synthetic country, generated deterministically (seeded PRNG): 34 provinces, 3,321
 * communes, 2,000 agencies, ten years of DX product records, and a yearly online-services
 * rate per commune with the mistakes real submissions carry (missing years, a value typed
 * with a thousands separator read as a decimal mark, a percent above 100).
 */

export const YEARS = Array.from({ length: 10 }, (_, i) => String(2016 + i))
export const PROVINCES = 34
export const COMMUNES = 3321
export const AGENCIES = 2000

/** mulberry32: a small, fast, seeded PRNG, so every run sees the same data. */
function prng(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const pad = (n, width) => String(n).padStart(width, '0')

/** Units, records and observations of the synthetic country. */
export function generate(seed = 20250701) {
  const random = prng(seed)
  const units = [{ code: 'VN', name: { vi: 'Việt Nam', en: 'Viet Nam' }, kind: 'country' }]
  for (let p = 1; p <= PROVINCES; p++) {
    units.push({
      code: `P${pad(p, 2)}`,
      name: { vi: `Tỉnh ${p}`, en: `Province ${p}` },
      kind: 'province',
      parent: 'VN',
    })
  }
  const reporting = []
  for (let c = 0; c < COMMUNES; c++) {
    const province = `P${pad((c % PROVINCES) + 1, 2)}`
    const unit = {
      code: `${province}.C${pad(c + 1, 4)}`,
      name: { vi: `Xã ${c + 1}` },
      kind: 'commune',
      parent: province,
    }
    units.push(unit)
    reporting.push(unit)
  }
  for (let a = 0; a < AGENCIES; a++) {
    const province = `P${pad((a % PROVINCES) + 1, 2)}`
    const unit = {
      code: `${province}.A${pad(a + 1, 4)}`,
      name: { vi: `Sở ${a + 1}`, en: `Department ${a + 1}` },
      kind: 'agency',
      parent: province,
    }
    units.push(unit)
    reporting.push(unit)
  }

  const records = []
  let serial = 0
  const record = (unit, year, status) => {
    const month = 1 + Math.floor(random() * 12)
    const day = 1 + Math.floor(random() * 28)
    records.push({
      id: `r${++serial}`,
      kind: 'dx_product',
      unit,
      date: `${year}-${pad(month, 2)}-${pad(day, 2)}`,
      status,
      title: `Sản phẩm ${serial}`,
    })
  }
  for (const unit of reporting) {
    for (const year of YEARS) {
      // About one unit-year in seven completes nothing.
      const completed = random() < 0.15 ? 0 : 1 + Math.floor(random() * 3)
      for (let i = 0; i < completed; i++) record(unit.code, year, 'completed')
      if (random() < 0.2) record(unit.code, year, random() < 0.5 ? 'in_progress' : 'planned')
    }
  }

  const observations = []
  for (const unit of reporting) {
    if (unit.kind !== 'commune') continue
    let rate = 20 + random() * 40
    for (const year of YEARS) {
      rate = Math.min(99.9, rate + (random() - 0.3) * 6)
      if (random() < 0.02) continue
      let value = rate.toFixed(2)
      const slip = random()
      if (slip < 0.002) value = (rate * 1000).toFixed(0)
      else if (slip < 0.005) value = (100 + random() * 20).toFixed(2)
      observations.push({ indicator: 'online_services_rate', unit: unit.code, period: year, value })
    }
  }
  return { units, records, observations }
}

/** The pack the scenarios evaluate. */
export function pack(rules) {
  return {
    id: 'bench',
    version: '1.0.0',
    title: { vi: 'Đo hiệu năng', en: 'Benchmark' },
    indicators: [
      {
        id: 'online_services_rate',
        name: { vi: 'Tỷ lệ dịch vụ công trực tuyến', en: 'Online public services' },
        unit: 'percent',
        direction: 'increase',
        bounds: { min: '0', max: '100' },
        aggregation: { method: 'mean' },
      },
    ],
    rules,
  }
}

const from = YEARS[0]
const to = YEARS.at(-1)

/** The one-DX-product-a-year rule, over every agency and commune. */
export const quotaRule = {
  id: 'dx_product_every_year',
  severity: 'error',
  template: 'annual_quota',
  params: { record: 'dx_product' },
  scope: { unitKinds: ['agency', 'commune'], from, to },
}

/** Four rules over every commune: the quota, bounds, outliers and regressions. */
export const communeRules = [
  { ...quotaRule, id: 'commune_quota', scope: { unitKinds: ['commune'], from, to } },
  {
    id: 'rate_bounds',
    severity: 'error',
    template: 'bounds',
    params: { indicator: 'online_services_rate' },
    scope: { unitKinds: ['commune'], from, to },
  },
  {
    id: 'rate_outlier',
    severity: 'warning',
    template: 'outlier',
    params: { indicator: 'online_services_rate' },
    scope: { unitKinds: ['commune'], from, to },
  },
  {
    id: 'rate_no_regression',
    severity: 'info',
    template: 'no_regression',
    params: { indicator: 'online_services_rate' },
    scope: { unitKinds: ['commune'], from, to },
  },
]
