/**
 * `--indicator` and `--target` of `tiendo assess`: the series to assess, when not every one.
 * In the formats that show no derived figure, a run naming them derives only the figures
 * those series need, so one indicator across a whole country is assessed in a fraction of
 * the whole run's time.
 */

import type { AssessStageOptions } from '@tiendo/pipeline'
import { CliError } from '../cli-error'
import type { CommandContext, OptionSpec } from '../command'

/** `--indicator` and `--target`. */
export const assessedOptions: readonly OptionSpec[] = [
  {
    name: 'indicator',
    type: 'string',
    valueName: 'I',
    multiple: true,
    description: {
      vi: 'Chỉ đánh giá các chuỗi số liệu của chỉ tiêu này (mã, vd. `household_fibre_rate`), có mục tiêu hay không. Lặp lại được, hoặc `a,b`. Trừ các bảng (`pretty`, `markdown`, vốn hiện mọi số liệu suy ra), chỉ suy ra những số liệu các chuỗi đó cần: nhanh hơn nhiều ở quy mô cả nước.',
      en: 'Assess only this indicator’s series (its id, e.g. `household_fibre_rate`), with a target or not. Repeatable, or `a,b`. But for the tables (`pretty`, `markdown`, which show every derived figure), only the figures those series need are derived: much faster at national scale.',
    },
  },
  {
    name: 'target',
    type: 'string',
    valueName: 'ID',
    multiple: true,
    description: {
      vi: 'Chỉ đánh giá mục tiêu này (mã mà `tiendo indicators` liệt kê, vd. `household_fibre_rate_2025`): các chuỗi nó ràng buộc, không chuỗi nào khác. Với `--indicator`: các mục tiêu này của các chỉ tiêu đó. Lặp lại được, hoặc `a,b`.',
      en: 'Assess only this target (its id, as `tiendo indicators` lists it, e.g. `household_fibre_rate_2025`): the series it binds, no other. With `--indicator`: these targets of those indicators. Repeatable, or `a,b`.',
    },
  },
]

/** The series `--indicator` and `--target` name, as the pipeline's `assess` takes them. */
export function assessedOf(
  context: CommandContext,
): Pick<AssessStageOptions, 'indicators' | 'targets'> {
  return {
    indicators: listOption(context.options.indicator, 'indicator', 'household_fibre_rate'),
    targets: listOption(context.options.target, 'target', 'household_fibre_rate_2025'),
  }
}

/**
 * A repeatable option's values, each split at commas; `undefined` when not given. One that
 * names nothing (`--indicator ""`) is refused: it would assess nothing.
 */
function listOption(given: unknown, flag: string, example: string): string[] | undefined {
  if (given === undefined) return undefined
  const values = (Array.isArray(given) ? given : [given])
    .flatMap((value) => String(value).split(','))
    .map((value) => value.trim())
    .filter((value) => value !== '')
  if (values.length > 0) return values
  throw new CliError(
    { vi: `\`--${flag}\` không nêu mã nào.`, en: `\`--${flag}\` names no id.` },
    {
      vi: `Ví dụ \`--${flag} ${example}\`, hoặc bỏ tùy chọn này để đánh giá mọi chuỗi.`,
      en: `For example \`--${flag} ${example}\`, or leave the option out to assess every series.`,
    },
  )
}
