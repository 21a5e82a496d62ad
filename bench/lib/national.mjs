/**
 * The synthetic national dataset: today's 34 provinces, 3,321 communes and 2,000 provincial
 * agencies, ten years (2016–2025) of the vn-national indicators at the level each is really
 * reported at, one DX-product record file for every agency and commune, and a pack that
 * extends `vn-national` with those units, provincial and commune targets and the
 * one-product-a-year rule. Deterministic: a seeded PRNG, no `Math.random`, no clock.
 *
 * The reorganisation of 2025 is not modelled (every unit exists all ten years): the bench
 * measures scale, the unit tests measure lineage.
 */
import { getBuiltInPack } from '@tiendo/packs'
import { pad, prng } from './random.mjs'

export const SEED = 20250701
/** Bump when the generated files change shape, so a stale `bench/.data` is regenerated. */
export const GENERATOR_VERSION = 4
export const YEARS = Array.from({ length: 10 }, (_, i) => String(2016 + i))
export const FIRST_YEAR = YEARS[0]
export const LAST_YEAR = YEARS.at(-1)
export const PROVINCES = 34
export const COMMUNES = 3321
export const AGENCIES = 2000

/** Reported by communes (village coverage, household fibre, commune work files online…). */
export const COMMUNE_INDICATORS = [
  'village_fibre_coverage',
  'village_mobile_broadband_coverage',
  'household_fibre_rate',
  'dossier_online_commune_rate',
  'online_dossier_rate',
]
/** National-only figures: the mean DTI of the provinces, the ministry's GDP method, sectors. */
const NATIONAL_ONLY = new Set([
  'dti_provincial_mean',
  'digital_economy_share_gdp_mic',
  'digital_economy_share_sector',
])
/** Provincial-only figures: ranks among provinces, the DTI and its pillars, plan targets met. */
const PROVINCIAL_ONLY = new Set([
  'household_fibre_rank',
  'dti_score',
  'dti_rank',
  'dti_digital_government',
  'dti_digital_economy',
  'dti_digital_society',
  'dx_targets_met',
])
/** Counted from the product records, never submitted as a figure. */
const DERIVED = new Set(['dx_products_completed'])

/** Which indicators each level reports, from the indicators of the base pack. */
export function indicatorLevels(indicators) {
  const ids = indicators.map((indicator) => indicator.id).filter((id) => !DERIVED.has(id))
  return {
    country: ids.filter((id) => !PROVINCIAL_ONLY.has(id)),
    province: ids.filter((id) => !NATIONAL_ONLY.has(id)),
    commune: COMMUNE_INDICATORS,
  }
}

export const provinceCode = (p) => pad(p, 2)
const communeProvince = (c) => provinceCode((c % PROVINCES) + 1)
const agencyProvince = (a) => provinceCode((a % PROVINCES) + 1)
export const communeCode = (c) => pad(10_000 + c * 7, 5)
export const agencyCode = (a) => `${agencyProvince(a)}.A${pad(a + 1, 4)}`

/** vn-national's units but `VN`, by reference (`56`, `56@2025-07-01`). */
function inheritedProvinces() {
  return getBuiltInPack('vn-national')
    .units.filter((unit) => unit.code !== 'VN')
    .map((unit) => (unit.validFrom === undefined ? unit.code : `${unit.code}@${unit.validFrom}`))
}

/**
 * The units the generated pack adds to vn-national's `VN`. `communes` above 3,321 makes a
 * bigger country (the bench's `scale` scenario): the extra communes are spread over the
 * provinces as the first 3,321 are.
 */
export function nationalUnits(communes = COMMUNES) {
  const units = []
  for (let p = 1; p <= PROVINCES; p++) {
    units.push({
      code: provinceCode(p),
      name: { vi: `Tỉnh thử nghiệm ${p}`, en: `Test province ${p}` },
      kind: 'province',
      parent: 'VN',
    })
  }
  for (let c = 0; c < communes; c++) {
    units.push({
      code: communeCode(c),
      name: { vi: `Xã ${c + 1}`, en: `Commune ${c + 1}` },
      kind: 'commune',
      parent: communeProvince(c),
    })
  }
  for (let a = 0; a < AGENCIES; a++) {
    units.push({
      code: agencyCode(a),
      name: { vi: `Sở ${a + 1}`, en: `Department ${a + 1}` },
      kind: 'agency',
      parent: agencyProvince(a),
      attributes: { code_scheme: 'pack_local' },
    })
  }
  return units
}

const scope = (unitKinds) => ({ unitKinds, from: FIRST_YEAR, to: LAST_YEAR })

/** The rules of the generated pack: the quota over agencies and communes, commune data quality. */
export function nationalRules() {
  return [
    {
      id: 'dx_product_every_year',
      template: 'annual_quota',
      severity: 'error',
      scope: scope(['agency', 'commune']),
      params: { record: 'dx_product', min: 1 },
    },
    ...COMMUNE_INDICATORS.map((indicator) => ({
      id: `bounds_${indicator}`,
      template: 'bounds',
      severity: 'error',
      scope: scope(['commune']),
      params: { indicator },
    })),
    ...['village_fibre_coverage', 'household_fibre_rate'].map((indicator) => ({
      id: `no_regression_${indicator}`,
      template: 'no_regression',
      severity: 'warning',
      scope: scope(['commune']),
      params: { indicator },
    })),
  ]
}

/**
 * The pack: extends vn-national; every national target also binds each province
 * (`unitKind: province`, as provinces take the national targets by default), and the
 * commune-level targets bind every commune.
 */
export function nationalPack(base, communes = COMMUNES) {
  const levels = indicatorLevels(base.indicators)
  const provincial = new Set(levels.province)
  const targets = []
  for (const target of base.targets ?? []) {
    if (!provincial.has(target.indicator)) continue
    const { unit: _unit, id, ...rest } = target
    targets.push({ ...rest, id: `${id}_province`, unitKind: 'province' })
  }
  for (const target of base.targets ?? []) {
    if (!COMMUNE_INDICATORS.includes(target.indicator)) continue
    const { unit: _unit, id, ...rest } = target
    targets.push({ ...rest, id: `${id}_commune`, unitKind: 'commune' })
  }
  return {
    id: 'bench-national',
    version: '1.0.0',
    title: {
      vi: 'Bộ dữ liệu quốc gia tổng hợp (đo hiệu năng)',
      en: 'Synthetic national dataset (benchmark)',
    },
    description: {
      vi: 'Sinh tự động, có hạt giống cố định; không phải số liệu thật.',
      en: 'Generated with a fixed seed; not real data.',
    },
    extends: 'vn-national',
    // vn-national's own provinces (63 until 2025-06-30, 34 after) give way to the generated
    // ones: the bench measures scale with every unit existing all ten years.
    remove: { units: inheritedProvinces() },
    units: nationalUnits(communes),
    targets,
    rules: nationalRules(),
  }
}

/** How a series of an indicator starts and moves, by its unit and bounds. */
function seriesShape(indicator, random) {
  const max = indicator.bounds?.max === undefined ? undefined : Number(indicator.bounds.max)
  switch (indicator.unit) {
    case 'percent':
      return { start: 15 + random() * 55, step: () => (random() - 0.2) * 6, max: 100, digits: 2 }
    case 'score':
      return {
        start: 0.2 + random() * 0.3,
        step: () => (random() - 0.25) * 0.05,
        max: max ?? 1,
        digits: 4,
      }
    case 'rank':
      return { rank: true, max: Math.min(PROVINCES, max ?? PROVINCES) }
    case 'vnd_billion':
      return {
        start: 1_000 + random() * 90_000,
        growth: () => 1 + (random() - 0.1) * 0.2,
        digits: 3,
      }
    default:
      return { start: 5 + random() * 500, growth: () => 1 + (random() - 0.15) * 0.3, digits: 0 }
  }
}

/**
 * Yields the observation rows (`[indicator, unit, period, value, status, source]`) of every
 * unit's series. About 3% of the values are missing; one percent value in a thousand is
 * typed ×10 (87.5 → 875), so validation has real errors to find. With more `communes`, the
 * first 3,321 communes' rows are the same and the others follow, each with values of its own
 * from the same seeded stream.
 */
export function* observationRows(indicators, seed = SEED, communes = COMMUNES) {
  const random = prng(seed)
  const byId = new Map(indicators.map((indicator) => [indicator.id, indicator]))
  const levels = indicatorLevels(indicators)
  const series = function* (unit, ids, source) {
    for (const id of ids) {
      const shape = seriesShape(byId.get(id), random)
      let level = shape.start
      for (const year of YEARS) {
        let text
        if (shape.rank) text = String(1 + Math.floor(random() * shape.max))
        else {
          level = shape.growth ? level * shape.growth() : level + shape.step()
          if (shape.max !== undefined) level = Math.min(shape.max, Math.max(0, level))
          text = level.toFixed(shape.digits)
        }
        if (random() < 0.03) continue
        if (shape.max === 100 && random() < 0.001) text = (level * 10).toFixed(1)
        yield [id, unit, year, text, 'actual', source]
      }
    }
  }
  yield* series('VN', levels.country, 'Tổng cục Thống kê')
  for (let p = 1; p <= PROVINCES; p++) {
    yield* series(provinceCode(p), levels.province, `Sở KH&CN tỉnh ${p}`)
  }
  for (let c = 0; c < communes; c++) {
    yield* series(communeCode(c), levels.commune, `UBND xã ${c + 1}`)
  }
}

const PRODUCTS = [
  'Số hóa hồ sơ thủ tục hành chính',
  'Ứng dụng chữ ký số trong văn bản điện tử',
  'Cơ sở dữ liệu chuyên ngành dùng chung',
  'Dịch vụ công trực tuyến toàn trình',
  'Thanh toán không dùng tiền mặt tại bộ phận một cửa',
  'Camera giám sát an ninh trật tự',
]

/**
 * Yields the DX-product record rows (`[id, kind, unit, date, status, title]`) of every
 * agency and commune: about one unit-year in eight completes nothing (the quota fails),
 * the others one to three products, and one in five has a product still in progress. With
 * more `communes`, the extra communes' records follow those of the first 3,321, unchanged.
 */
export function* recordRows(seed = SEED + 1, communes = COMMUNES) {
  const random = prng(seed)
  let serial = 0
  const units = []
  for (let a = 0; a < AGENCIES; a++) units.push(agencyCode(a))
  for (let c = 0; c < communes; c++) units.push(communeCode(c))
  for (const unit of units) {
    for (const year of YEARS) {
      const completed = random() < 0.12 ? 0 : 1 + Math.floor(random() * 3)
      const extra = random() < 0.2 ? 1 : 0
      for (let i = 0; i < completed + extra; i++) {
        const date = `${year}-${pad(1 + Math.floor(random() * 12), 2)}-${pad(1 + Math.floor(random() * 28), 2)}`
        const status = i < completed ? 'completed' : random() < 0.5 ? 'in_progress' : 'planned'
        const title = PRODUCTS[Math.floor(random() * PRODUCTS.length)]
        serial++
        yield [`DX-${pad(serial, 6)}`, 'dx_product', unit, date, status, `${title} ${serial}`]
      }
    }
  }
}
