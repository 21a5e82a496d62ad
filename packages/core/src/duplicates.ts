/**
 * Duplicates are never resolved silently: the same indicator × unit × period twice with
 * the same figure is a warning (one copy is kept, nothing is lost), with different figures
 * an error (neither is used until someone decides). Both point at every location involved.
 * @internal
 */

import type { SourceLocation, TiendoIssue } from '@tiendo/schema'
import { type DataPoint, showValue } from './data-point'
import { describeLocation, makeIssue } from './issue'
import { formatPeriod } from './period-format'

function locations(points: readonly DataPoint[]): SourceLocation[] {
  return points.flatMap((point) => (point.location === undefined ? [] : [point.location]))
}

function where(point: DataPoint): string {
  return describeLocation(point.location)
}

/** The second copy of a figure already seen. @internal */
export function duplicateObservation(first: DataPoint, copy: DataPoint): TiendoIssue {
  const { indicator, unit, period } = copy
  const value = showValue(copy)
  return makeIssue(
    'duplicate_observation',
    'warning',
    {
      message: {
        vi: `Số liệu \`${indicator}\` của đơn vị \`${unit}\` trong ${formatPeriod(period, 'vi')} xuất hiện hai lần với cùng giá trị ${value} (lần đầu ở ${where(first)}); chỉ giữ một bản.`,
        en: `The \`${indicator}\` figure for \`${unit}\` in ${formatPeriod(period, 'en')} appears twice with the same value ${value} (first at ${where(first)}); one copy is kept.`,
      },
      hint: {
        vi: 'Xóa một trong hai dòng trùng nhau.',
        en: 'Remove one of the two identical rows.',
      },
    },
    { location: copy.location, related: locations([first]), indicator, unit, period },
  )
}

/** Different figures for the same indicator × unit × period. @internal */
export function conflictingObservation(
  earlier: readonly DataPoint[],
  latest: DataPoint,
): TiendoIssue {
  const { indicator, unit, period } = latest
  const all = [...earlier, latest]
  const listVi = all.map((p) => `${showValue(p)} (ở ${where(p)})`).join(', ')
  const listEn = all.map((p) => `${showValue(p)} (at ${where(p)})`).join(', ')
  return makeIssue(
    'conflicting_observation',
    'error',
    {
      message: {
        vi: `Số liệu \`${indicator}\` của đơn vị \`${unit}\` trong ${formatPeriod(period, 'vi')} có các giá trị khác nhau: ${listVi}. Không giá trị nào được dùng cho đến khi sửa.`,
        en: `The \`${indicator}\` figure for \`${unit}\` in ${formatPeriod(period, 'en')} has different values: ${listEn}. Neither is used until this is fixed.`,
      },
      hint: {
        vi: 'Giữ lại giá trị đúng và xóa các dòng còn lại; nếu đây là hai định nghĩa khác nhau, hãy khai báo hai chỉ tiêu riêng.',
        en: 'Keep the right value and remove the other rows; if they are two different definitions, declare two indicators.',
      },
    },
    { location: latest.location, related: locations(earlier), indicator, unit, period },
  )
}

/** A record submitted twice (`duplicate_record`), or twice under one id with different content (`conflicting_record`). @internal */
export function recordIssue(
  code: 'duplicate_record' | 'conflicting_record',
  label: string,
  unit: string,
  location: SourceLocation | undefined,
  first: SourceLocation | undefined,
): TiendoIssue {
  const at = describeLocation(first)
  const words =
    code === 'duplicate_record'
      ? {
          message: {
            vi: `Bản ghi ${label} của đơn vị \`${unit}\` được nộp hai lần (lần đầu ở ${at}); chỉ tính một lần.`,
            en: `The record ${label} of \`${unit}\` is submitted twice (first at ${at}); it is counted once.`,
          },
          hint: { vi: 'Xóa bản ghi trùng.', en: 'Remove the duplicate record.' },
        }
      : {
          message: {
            vi: `Mã bản ghi ${label} của đơn vị \`${unit}\` được dùng cho hai bản ghi khác nhau (bản đầu ở ${at}); không bản nào được tính cho đến khi sửa.`,
            en: `The record id ${label} of \`${unit}\` is used by two different records (the first at ${at}); neither counts until this is fixed.`,
          },
          hint: {
            vi: 'Mỗi bản ghi cần một mã riêng; sửa mã hoặc xóa bản ghi sai.',
            en: 'Give each record its own id; correct the id or remove the wrong record.',
          },
        }
  return makeIssue(code, code === 'duplicate_record' ? 'warning' : 'error', words, {
    location,
    related: first === undefined ? undefined : [first],
    unit,
  })
}
