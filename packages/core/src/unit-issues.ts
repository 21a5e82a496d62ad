/**
 * The issues a unit reference or the unit list itself can raise, worded in both languages.
 * @internal
 */

import type { LocalizedText, SourceLocation, TiendoIssue, Unit } from '@tiendo/schema'
import { makeIssue } from './issue'
import { canonicalPeriod, periodEndDate, periodStartDate } from './period'
import { formatPeriod } from './period-format'
import type { UnitSuggestion } from './unit-suggestions'
import { unitLabel, unitWithValidity, viDate } from './unit-words'

/** What every issue about a reference knows. @internal */
export interface RefContext {
  readonly ref: string
  readonly period: string
  readonly location?: SourceLocation | undefined
  readonly indicator?: string | undefined
}

function context(c: RefContext) {
  return { location: c.location, indicator: c.indicator, unit: c.ref, period: c.period }
}

/**
 * No unit has this code (or no unit of this code starts on this day). `suggestions` are the
 * units the reference most likely meant (see `suggestUnits`): the hint names those only.
 * @internal
 */
export function unknownUnit(
  ref: RefContext,
  known: readonly Unit[],
  suggestions: readonly UnitSuggestion[] = [],
): TiendoIssue {
  // The reference itself is wrong: point at its cell when the issue is located in a file.
  const c: RefContext =
    ref.location === undefined
      ? ref
      : { ...ref, location: { ...ref.location, column: ref.location.column ?? 'unit' } }
  const at = c.ref.indexOf('@')
  if (at !== -1 && known.length > 0) {
    const starts = known.map((unit) => unit.validFrom ?? '…').join(', ')
    return makeIssue(
      'unknown_unit',
      'error',
      {
        message: {
          vi: `Không có đơn vị nào mang mã \`${c.ref.slice(0, at)}\` bắt đầu hiệu lực vào ngày ${viDate(c.ref.slice(at + 1))}.`,
          en: `No unit with the code \`${c.ref.slice(0, at)}\` starts on ${c.ref.slice(at + 1)}.`,
        },
        hint: {
          vi: `Các đơn vị mang mã này bắt đầu hiệu lực vào: ${starts}. Ghi \`mã@ngày\` theo một trong các ngày đó, hoặc chỉ ghi mã.`,
          en: `Units with this code start on: ${starts}. Write \`code@date\` with one of those days, or the code alone.`,
        },
      },
      context(c),
    )
  }
  return makeIssue(
    'unknown_unit',
    'error',
    {
      message: {
        vi: `Không có đơn vị nào mang mã \`${c.ref}\`.`,
        en: `No unit has the code \`${c.ref}\`.`,
      },
      hint: unknownUnitHint(suggestions),
    },
    context(c),
  )
}

/** What to write instead of an unknown reference: the likely units, then where the list is. */
function unknownUnitHint(suggestions: readonly UnitSuggestion[]): LocalizedText {
  const check = {
    vi: 'kiểm tra mã theo danh mục đơn vị của bộ quy tắc (lệnh `tiendo units --pack …` liệt kê), hoặc thêm đơn vị này vào bộ quy tắc.',
    en: "check the code against the pack's list of units (`tiendo units --pack …` lists it), or add the unit to the pack.",
  }
  const labels = suggestions.map(({ key, unit }) => unitLabel(key, unit))
  if (labels.length === 0) {
    return { vi: `Hãy ${check.vi}`, en: `Please ${check.en}` }
  }
  return {
    vi: `Có phải là ${labels.map((l) => l.vi).join(' hay ')}? Nếu không, ${check.vi}`,
    en: `Did you mean ${labels.map((l) => l.en).join(' or ')}? If not, ${check.en}`,
  }
}

/**
 * The unit a reference names did not exist during the period. `successors` are the units
 * that took over, named so the hint can say where the figure belongs. @internal
 */
export function unitNotValidInPeriod(
  c: RefContext,
  candidates: readonly Unit[],
  successors: readonly { ref: string; unit: Unit }[],
  later: readonly string[] = [],
): TiendoIssue {
  const vi = formatPeriod(c.period, 'vi')
  const en = formatPeriod(c.period, 'en')
  const described = candidates.map((unit) => unitWithValidity(c.ref, unit))
  const first = successors[0]
  const hint =
    first !== undefined
      ? {
          vi: `Từ khi đơn vị này không còn, số liệu thuộc về đơn vị kế thừa ${successors.map((s) => unitLabel(s.ref, s.unit).vi).join(', ')}; hãy ghi số liệu cho đơn vị đó.`,
          en: `Figures after the unit ceased belong to its successor ${successors.map((s) => unitLabel(s.ref, s.unit).en).join(', ')}; report the figure for that unit.`,
        }
      : later[0] !== undefined
        ? {
            vi: `Nếu đây là số liệu tính lại cho địa bàn của đơn vị mới, hãy ghi \`${later[0]}\`; nếu không, kiểm tra lại kỳ báo cáo.`,
            en: `If this is a figure recomputed for the new unit's territory, write \`${later[0]}\`; otherwise check the period.`,
          }
        : {
            vi: 'Kiểm tra lại kỳ báo cáo, hoặc ghi rõ đơn vị bằng `mã@ngày bắt đầu hiệu lực`.',
            en: 'Check the period, or name the unit by `code@validity start`.',
          }
  return makeIssue(
    'unit_not_valid_in_period',
    'error',
    {
      message: {
        vi: `Không có đơn vị nào mang mã \`${c.ref}\` trong ${vi}: ${described.map((d) => d.vi).join('; ')}.`,
        en: `No unit with the reference \`${c.ref}\` exists in ${en}: ${described.map((d) => d.en).join('; ')}.`,
      },
      hint,
    },
    context(c),
  )
}

/** The period is only partly inside the unit's validity. @internal */
export function unitStraddlesPeriod(c: RefContext, unit: Unit): TiendoIssue {
  const label = unitWithValidity(c.ref, unit)
  const start = periodStartDate(c.period)
  const end = periodEndDate(c.period)
  // The part of the period the unit existed, as the period a figure for it would carry.
  const from = unit.validFrom !== undefined && unit.validFrom > start ? unit.validFrom : start
  const to = unit.validTo !== undefined && unit.validTo < end ? unit.validTo : end
  const part = canonicalPeriod(`${from.slice(0, 7)}/${to.slice(0, 7)}`)
  const span =
    from === start
      ? { vi: `đến ${viDate(to)}`, en: `up to ${to}` }
      : to === end
        ? { vi: `từ ${viDate(from)}`, en: `from ${from}` }
        : { vi: `từ ${viDate(from)} đến ${viDate(to)}`, en: `from ${from} to ${to}` }
  return makeIssue(
    'unit_validity_straddles_period',
    'warning',
    {
      message: {
        vi: `Kỳ ${formatPeriod(c.period, 'vi')} nằm một phần ngoài thời gian hiệu lực của đơn vị ${label.vi}; số liệu được gắn cho đơn vị này.`,
        en: `${formatPeriod(c.period, 'en')} lies partly outside the validity of ${label.en}; the figure is attached to this unit.`,
      },
      hint: {
        vi: `Nếu số liệu chỉ tính trong thời gian đơn vị còn hiệu lực, hãy ghi kỳ tương ứng (\`${part}\` cho số liệu ${span.vi}).`,
        en: `If the figure covers only the time the unit existed, write that period (\`${part}\` for figures ${span.en}).`,
      },
    },
    context(c),
  )
}

/** A dated reference names a unit for a period before it began: a figure recomputed for its territory. @internal */
export function unitBackcast(c: RefContext, unit: Unit): TiendoIssue {
  const label = unitWithValidity(c.ref, unit)
  return makeIssue(
    'unit_backcast',
    'info',
    {
      message: {
        vi: `Số liệu ${formatPeriod(c.period, 'vi')} được ghi cho đơn vị ${label.vi}, trước khi đơn vị này được thành lập: được hiểu là số liệu tính lại cho địa bàn của đơn vị mới.`,
        en: `The ${formatPeriod(c.period, 'en')} figure is given for ${label.en}, before that unit existed: it is read as a figure recomputed for the new unit's territory.`,
      },
      hint: {
        vi: 'Nếu đây là số liệu của đơn vị cũ, hãy ghi mã không kèm ngày (ví dụ `56`).',
        en: 'If the figure belongs to the former unit, write its code without a date (e.g. `56`).',
      },
    },
    context(c),
  )
}

/** A problem in the unit list itself (duplicate key, overlap, dangling parent or successor). @internal */
export function unitListIssue(
  code: 'duplicate_unit' | 'unit_validity_overlap' | 'unknown_parent' | 'unknown_successor',
  key: string,
  other: string,
  location: SourceLocation,
): TiendoIssue {
  const words = {
    duplicate_unit: {
      message: {
        vi: `Đơn vị \`${key}\` được khai báo hai lần.`,
        en: `The unit \`${key}\` is declared twice.`,
      },
      hint: {
        vi: 'Mỗi đơn vị được xác định bởi mã và ngày bắt đầu hiệu lực; hãy xóa bản trùng hoặc sửa `validFrom`.',
        en: 'A unit is identified by its code and validity start; remove the copy or correct `validFrom`.',
      },
    },
    unit_validity_overlap: {
      message: {
        vi: `Đơn vị \`${key}\` và đơn vị \`${other}\` dùng chung một mã trong cùng một khoảng thời gian.`,
        en: `The units \`${key}\` and \`${other}\` share a code during the same time.`,
      },
      hint: {
        vi: 'Một mã chỉ được thuộc về một đơn vị vào mỗi ngày; hãy sửa `validFrom`/`validTo`.',
        en: 'A code may name only one unit on any day; correct `validFrom`/`validTo`.',
      },
    },
    unknown_parent: {
      message: {
        vi: `Đơn vị cấp trên \`${other}\` của đơn vị \`${key}\` không có trong danh mục.`,
        en: `The parent \`${other}\` of the unit \`${key}\` is not in the list of units.`,
      },
      hint: {
        vi: 'Thêm đơn vị cấp trên vào gói, hoặc sửa trường `parent`.',
        en: 'Add the parent unit to the pack, or correct `parent`.',
      },
    },
    unknown_successor: {
      message: {
        vi: `Đơn vị kế thừa \`${other}\` của đơn vị \`${key}\` không có trong danh mục (hoặc không có hiệu lực ngay sau khi đơn vị này kết thúc).`,
        en: `The successor \`${other}\` of the unit \`${key}\` is not in the list of units (or is not valid right after this unit ends).`,
      },
      hint: {
        vi: 'Ghi đơn vị kế thừa bằng `mã@ngày bắt đầu hiệu lực`, ví dụ `56@2025-07-01`.',
        en: 'Name the successor by `code@validity start`, e.g. `56@2025-07-01`.',
      },
    },
  }[code]
  return makeIssue(code, 'error', words, { location, unit: key })
}
