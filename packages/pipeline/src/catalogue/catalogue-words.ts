/** The fixed words of the catalogues (`tiendo indicators`, `tiendo units`) and pack pages. */

import { englishCount } from '@tiendo/io/internal'

export const CATALOGUE_WORDS = {
  vi: {
    indicators: (n: number, pack: string) => `${n} chỉ tiêu của bộ quy tắc ${pack}`,
    units: (n: number, pack: string, on: string | undefined) =>
      `${n} đơn vị của bộ quy tắc ${pack}${on === undefined ? '' : ` có hiệu lực ngày ${on}`}`,
    indicatorHeader: [
      'Mã',
      'Tên tiếng Việt',
      'Tên tiếng Anh',
      'Đo bằng',
      'Chiều',
      'Giới hạn',
      'Tổng hợp',
      'Qua sáp nhập',
      'Mục tiêu',
    ],
    unitHeader: ['Mã', 'Tên', 'Loại', 'Cấp trên', 'Hiệu lực', 'Kế thừa'],
    measuredIn: 'Đo bằng',
    wholeNumbers: 'số nguyên',
    bounds: 'giới hạn',
    aggregation: 'Tổng hợp',
    carry: 'qua sáp nhập',
    defaultCarry: 'mặc định',
    targets: 'Mục tiêu',
    noTarget: 'không có mục tiêu',
    derivedFrom: 'Tính ra',
    missing: {
      skip_if_any_missing: 'bỏ qua khi thiếu một đơn vị con',
      skip_if_all_missing: 'tính từ các đơn vị con có số liệu',
      never_skip: 'thiếu tính là 0',
    } as Record<string, string>,
    minCoverage: (share: string) => `tối thiểu ${share}% đơn vị con`,
    weightedBy: (weight: string) => `theo \`${weight}\``,
    records: (kind: string, statuses: string) =>
      `đếm bản ghi \`${kind}\`${statuses === '' ? '' : ` (${statuses})`}`,
    from: (day: string) => `từ ${day}`,
    until: (day: string) => `đến ${day}`,
    always: 'không giới hạn',
    share: (percent: string) => `${percent}%`,
  },
  en: {
    indicators: (n: number, pack: string) => `${englishCount(n, 'indicator')} of the pack ${pack}`,
    units: (n: number, pack: string, on: string | undefined) =>
      `${englishCount(n, 'unit')} of the pack ${pack}${on === undefined ? '' : ` valid on ${on}`}`,
    indicatorHeader: [
      'Id',
      'Vietnamese name',
      'English name',
      'Unit',
      'Direction',
      'Bounds',
      'Aggregation',
      'Carry',
      'Targets',
    ],
    unitHeader: ['Code', 'Name', 'Kind', 'Parent', 'Valid', 'Successors'],
    measuredIn: 'Measured in',
    wholeNumbers: 'whole numbers',
    bounds: 'bounds',
    aggregation: 'Aggregation',
    carry: 'carried through mergers by',
    defaultCarry: 'default',
    targets: 'Targets',
    noTarget: 'no target',
    derivedFrom: 'Derived',
    missing: {
      skip_if_any_missing: 'withheld when a child is missing',
      skip_if_all_missing: 'from the children that reported',
      never_skip: 'a missing child counts as 0',
    } as Record<string, string>,
    minCoverage: (share: string) => `at least ${share}% of children`,
    weightedBy: (weight: string) => `by \`${weight}\``,
    records: (kind: string, statuses: string) =>
      `count of \`${kind}\` records${statuses === '' ? '' : ` (${statuses})`}`,
    from: (day: string) => `from ${day}`,
    until: (day: string) => `until ${day}`,
    always: 'without limit',
    share: (percent: string) => `${percent}%`,
  },
} as const
