import type { OptionSpec } from '../command'

/**
 * What `--fail-on` may name, and the assessment statuses each one fails on (exit code 1):
 * - `off-track`: a target that will not be met at the current pace or is moving away —
 *   `needs_acceleration`, `limited_progress` and `deterioration` (not `insufficient_data`:
 *   too little data is not evidence of being off track; nor trend-only statuses);
 * - `deterioration`: only targets moving away from their value (`deterioration`);
 * - `insufficient-data`: `off-track`, plus targets that cannot be assessed (`insufficient_data`).
 */
export const FAIL_ON: Readonly<Record<string, ReadonlySet<string>>> = {
  'off-track': new Set(['needs_acceleration', 'limited_progress', 'deterioration']),
  deterioration: new Set(['deterioration']),
  'insufficient-data': new Set([
    'needs_acceleration',
    'limited_progress',
    'deterioration',
    'insufficient_data',
  ]),
}

/** The statuses that mean a target is off track (`--fail-on off-track`). */
export const OFF_TRACK = FAIL_ON['off-track']!

/** `--fail-on`, for `assess` and `report`. */
export const failOnOption: OptionSpec = {
  name: 'fail-on',
  type: 'string',
  valueName: Object.keys(FAIL_ON).join('|'),
  choices: Object.keys(FAIL_ON),
  description: {
    vi: 'Thoát với mã 1 khi một mục tiêu chệch hướng. `off-track`: cần tăng tốc, tiến triển hạn chế hoặc đi lùi; `deterioration`: chỉ khi đi lùi; `insufficient-data`: như off-track và cả khi chưa đủ dữ liệu. Mặc định không.',
    en: 'Exit with code 1 when a target is off track. `off-track`: needs_acceleration, limited_progress or deterioration; `deterioration`: only deterioration; `insufficient-data`: off-track plus insufficient_data. Defaults to none.',
  },
}
