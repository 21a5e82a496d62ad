/**
 * The targets and indicators a run's assessment names (`assess.targets`,
 * `assess.indicators`), checked against the pack before anything is read: a name the pack
 * does not have would assess nothing and say nothing.
 */

import type { Pack } from '@tiendo/schema'
import { closestId } from '@tiendo/schema/internal'
import type { AssessStageOptions } from './options'
import { PipelineError } from './pipeline-error'

/** Throws a {@link PipelineError} (`invalid_option`) naming each target or indicator the pack lacks. @internal */
export function checkAssessedNames(
  pack: Pack,
  assess: boolean | Pick<AssessStageOptions, 'targets' | 'indicators'> | undefined,
): void {
  if (typeof assess !== 'object') return
  refuseUnknown(
    assess.targets,
    (pack.targets ?? []).map((target) => target.id),
    {
      vi: (named) => `Gói không có mục tiêu nào mang mã ${named}.`,
      en: (named) => `The pack has no target with the id ${named}.`,
      hint: {
        vi: 'Xem mã các mục tiêu bằng `tiendo indicators --pack …`: mỗi mục tiêu một dòng “Mục tiêu `mã`: …”.',
        en: 'List the targets’ ids with `tiendo indicators --pack …`: each target is a line “Target `id`: …”.',
      },
    },
  )
  refuseUnknown(
    assess.indicators,
    (pack.indicators ?? []).map((indicator) => indicator.id),
    {
      vi: (named) => `Gói không có chỉ tiêu nào mang mã ${named}.`,
      en: (named) => `The pack has no indicator with the id ${named}.`,
      hint: {
        vi: 'Xem mã các chỉ tiêu bằng `tiendo indicators --pack …`.',
        en: 'List the indicators’ ids with `tiendo indicators --pack …`.',
      },
    },
  )
}

function refuseUnknown(
  names: readonly string[] | undefined,
  known: readonly string[],
  words: {
    readonly vi: (named: string) => string
    readonly en: (named: string) => string
    readonly hint: { readonly vi: string; readonly en: string }
  },
): void {
  if (names === undefined) return
  const ids = new Set(known)
  const unknown = [...new Set(names)].filter((name) => !ids.has(name))
  if (unknown.length === 0) return
  const named = unknown.map((name) => `\`${name}\``).join(', ')
  const guesses = unknown.flatMap((name) => {
    const guess = closestId(name, ids)
    return guess === undefined ? [] : [{ name, guess: `\`${guess}\`` }]
  })
  // With several names, each guess says which name it stands for.
  const guessText = (of: string) =>
    guesses
      .map(({ name, guess }) => (unknown.length === 1 ? guess : `${guess} ${of} \`${name}\``))
      .join(', ')
  const guessed =
    guesses.length === 0
      ? { vi: '', en: '' }
      : {
          vi: ` Có phải ý bạn là ${guessText('thay cho')}?`,
          en: ` Did you mean ${guessText('for')}?`,
        }
  throw new PipelineError(
    'invalid_option',
    { vi: words.vi(named) + guessed.vi, en: words.en(named) + guessed.en },
    words.hint,
  )
}
