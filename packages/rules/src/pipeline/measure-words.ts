import type { LocalizedText } from '@tiendo/schema'

/** Units of measure in words (`percent` → `phần trăm (%)`); a pack's own unit stays as written. */
export const MEASURE_WORDS: Readonly<Record<string, LocalizedText>> = {
  percent: { vi: 'phần trăm (%)', en: 'percent (%)' },
  count: { vi: 'số lượng', en: 'count' },
  vnd_billion: { vi: 'tỷ đồng', en: 'VND billion' },
  score: { vi: 'điểm', en: 'score' },
  rank: { vi: 'thứ hạng', en: 'rank' },
  day: { vi: 'ngày', en: 'days' },
  celsius: { vi: 'độ C', en: 'degrees Celsius' },
}
