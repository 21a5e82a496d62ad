/**
 * The issues a unit reference or the unit list itself can raise. @internal
 */

import type { SourceLocation, TiendoIssue, Unit } from '@tiendo/schema'
import { fieldLocation } from '@tiendo/schema/internal'
import { makeIssue } from './issue'
import { coreIssue } from './issues/core-issue'
import type { UnitValidity, UnknownUnitFields } from './issues/core-issue-fields'
import { periodPart } from './issues/period-part'
import type { UnitSuggestion } from './unit-suggestions'

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

/** The context located at the cell the issue's fix is written in, when it is located. */
function atField(c: RefContext, field: 'unit' | 'period'): RefContext {
  return c.location === undefined ? c : { ...c, location: fieldLocation(c.location, field) }
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
  const c = atField(ref, 'unit')
  const fields: UnknownUnitFields = {
    suggestions: suggestions.map(({ key }) => key),
    suggestionNames: suggestions.map(({ unit }) => unit.name),
    ...(c.ref.includes('@') && known.length > 0
      ? { starts: known.map((unit) => unit.validFrom ?? null) }
      : {}),
  }
  return coreIssue('unknown_unit', fields, context(c))
}

/** A unit's name and validity as an issue's fields carry them, leaving out what it lacks. */
function validityOf(unit: Unit): UnitValidity {
  return {
    name: unit.name,
    ...(unit.validFrom === undefined ? {} : { validFrom: unit.validFrom }),
    ...(unit.validTo === undefined ? {} : { validTo: unit.validTo }),
  }
}

/** A unit's validity as the fields of an issue about the unit itself. */
function unitFields(unit: Unit) {
  const { name, ...validity } = validityOf(unit)
  return { unitName: name, ...validity }
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
  const fields = {
    units: candidates.map(validityOf),
    successors: successors.map((s) => s.ref),
    successorNames: successors.map((s) => s.unit.name),
    laterUnits: later,
  }
  // The figure belongs to another unit (a successor): the reference is what to change.
  return coreIssue('unit_not_valid_in_period', fields, context(atField(c, 'unit')))
}

/** The period is only partly inside the unit's validity. @internal */
export function unitStraddlesPeriod(c: RefContext, unit: Unit): TiendoIssue {
  const validPart = periodPart(c.period, unit).period
  // The hint suggests the part of the period the unit was valid for: a different period.
  return coreIssue(
    'unit_validity_straddles_period',
    { ...unitFields(unit), validPart },
    context(atField(c, 'period')),
  )
}

/** A dated reference names a unit for a period before it began: a figure recomputed for its territory. @internal */
export function unitBackcast(c: RefContext, unit: Unit): TiendoIssue {
  return coreIssue('unit_backcast', unitFields(unit), context(atField(c, 'unit')))
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
