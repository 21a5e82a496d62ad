/**
 * The `units` option: the part of the unit tree a run is limited to, or why it cannot be.
 * @internal
 */

import type { UnitRegistry, UnitScope, UnitScopeOptions } from '@tiendo/core'
import { unitScope } from '@tiendo/core'
import { PipelineError } from './pipeline-error'

/** @internal */
export function scopeOf(
  registry: UnitRegistry,
  refs: readonly string[],
  options?: UnitScopeOptions,
): UnitScope {
  const list = refs.map((ref) => ref.trim()).filter((ref) => ref !== '')
  if (list.length === 0) {
    throw new PipelineError(
      'invalid_option',
      { vi: '`units` không nêu đơn vị nào.', en: '`units` names no unit.' },
      {
        vi: 'Nêu mã của đơn vị, như `56` (Khánh Hòa), hoặc bỏ tùy chọn này để chạy cho mọi đơn vị.',
        en: 'Name a unit by its code, such as `56` (Khánh Hòa), or leave the option out to run for every unit.',
      },
    )
  }
  const scope = unitScope(registry, list, options)
  if (scope.unknown.length > 0) {
    const named = scope.unknown.map((ref) => `\`${ref}\``).join(', ')
    throw new PipelineError(
      'invalid_option',
      {
        vi: `Gói không có đơn vị nào mang mã ${named}.`,
        en: `The pack has no unit with the code ${named}.`,
      },
      {
        vi: 'Xem mã các đơn vị bằng `tiendo units --pack …`; một mã cũ kèm ngày bắt đầu viết như `56@2025-07-01`.',
        en: 'List the units\u2019 codes with `tiendo units --pack …`; a dated one is written `56@2025-07-01`.',
      },
    )
  }
  return scope
}
