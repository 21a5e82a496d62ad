import type { Unit } from '@tiendo/schema'

/**
 * A small slice of the 2025 reorganisation, as the built-in packs declare it: the country,
 * Ninh Thuận (58, until 30 June 2025), the old Khánh Hòa (56, until 30 June 2025), the
 * merged Khánh Hòa (56 from 1 July 2025), and a few hand-made communes on each side.
 */
export const VN: Unit = { code: 'VN', name: { vi: 'Việt Nam', en: 'Viet Nam' }, kind: 'country' }

export const NINH_THUAN: Unit = {
  code: '58',
  name: { vi: 'Tỉnh Ninh Thuận', en: 'Ninh Thuận province' },
  kind: 'province',
  parent: 'VN',
  validTo: '2025-06-30',
  successors: [{ unit: '56@2025-07-01', legalBasis: 'Resolution 202/2025/QH15' }],
}

export const OLD_KHANH_HOA: Unit = {
  code: '56',
  name: { vi: 'Tỉnh Khánh Hòa (trước sáp nhập)', en: 'Khánh Hòa province (before the merger)' },
  kind: 'province',
  parent: 'VN',
  validTo: '2025-06-30',
  successors: [{ unit: '56@2025-07-01' }],
}

export const KHANH_HOA: Unit = {
  code: '56',
  name: { vi: 'Tỉnh Khánh Hòa', en: 'Khánh Hòa province' },
  kind: 'province',
  parent: 'VN',
  validFrom: '2025-07-01',
}

function commune(code: string, parent: string, extra: Partial<Unit> = {}): Unit {
  return { code, name: { vi: `Xã ${code}` }, kind: 'commune', parent, ...extra }
}

/** Three old communes of Ninh Thuận and two of the old Khánh Hòa, all ending on 30 June 2025. */
export const OLD_COMMUNES: Unit[] = [
  commune('NT1', '58', { validTo: '2025-06-30', successors: [{ unit: 'KH1@2025-07-01' }] }),
  commune('NT2', '58', { validTo: '2025-06-30', successors: [{ unit: 'KH1@2025-07-01' }] }),
  // Split between two new communes, 60% and 40%.
  commune('NT3', '58', {
    validTo: '2025-06-30',
    successors: [
      { unit: 'KH1@2025-07-01', share: '0.6' },
      { unit: 'KH2@2025-07-01', share: '0.4' },
    ],
  }),
  commune('KHo1', '56', { validTo: '2025-06-30', successors: [{ unit: 'KH2@2025-07-01' }] }),
  commune('KHo2', '56', { validTo: '2025-06-30', successors: [{ unit: 'KH2@2025-07-01' }] }),
]

/** The new communes of the merged Khánh Hòa. */
export const NEW_COMMUNES: Unit[] = [
  commune('KH1', '56', { validFrom: '2025-07-01' }),
  commune('KH2', '56', { validFrom: '2025-07-01' }),
]

export const MERGER_UNITS: Unit[] = [
  VN,
  NINH_THUAN,
  OLD_KHANH_HOA,
  KHANH_HOA,
  ...OLD_COMMUNES,
  ...NEW_COMMUNES,
]
