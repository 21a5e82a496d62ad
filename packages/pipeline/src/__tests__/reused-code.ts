import type { Pack } from '@tiendo/schema'

/** X1 was a commune of P1 until 2019; the code then named a new commune of P2. */
export const REUSED_CODE_PACK = {
  id: 'reused-code',
  version: '1.0.0',
  title: { vi: 'Mã dùng lại', en: 'A reused code' },
  extends: 'vn-national',
  units: [
    { code: 'P1', name: { vi: 'Tỉnh P1' }, kind: 'province', parent: 'VN' },
    { code: 'P2', name: { vi: 'Tỉnh P2' }, kind: 'province', parent: 'VN' },
    {
      code: 'X1',
      name: { vi: 'Xã X1 cũ' },
      kind: 'commune',
      parent: 'P1',
      validTo: '2019-12-31',
    },
    {
      code: 'X1',
      name: { vi: 'Xã X1 mới' },
      kind: 'commune',
      parent: 'P2',
      validFrom: '2020-01-01',
    },
  ],
} as Pack
