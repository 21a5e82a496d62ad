import type { IssueMessages } from '@tiendo/schema'
import { MEASURE_WORDS } from '@tiendo/schema/internal'
import { withoutZeroDecimals } from '../pipeline/not-whole'
import type { TypedRulesIssueFields } from './typed-codes'

/** The English messages of the issues `@tiendo/rules` makes from typed fields alone. */
export const en: IssueMessages<TypedRulesIssueFields> = {
  unknown_indicator: (f, place) => ({
    message: `The indicator \`${place?.indicator}\` is not in the pack \`${f.pack}\`.`,
    hint:
      f.suggestions[0] !== undefined
        ? `Did you mean \`${f.suggestions[0]}\`?`
        : `Use the id of one of the pack's indicators (see \`indicators\` in \`${f.pack}\`), or add the indicator to your province's pack.`,
  }),
  value_out_of_bounds: (f, place) => ({
    message: `The value \`${f.value}\` of \`${place?.indicator}\` lies outside the indicator's bounds [${f.min ?? '−∞'}, ${f.max ?? '+∞'}].`,
    hint: `Check the figure and its unit (${MEASURE_WORDS[f.indicatorUnit]?.en ?? f.indicatorUnit}); a percentage is written \`87.5\`, not \`0.875\` or \`875\`.`,
  }),
  value_not_whole: (f, place) => {
    const takes = `\`${place?.indicator}\` takes whole numbers (${MEASURE_WORDS[f.indicatorUnit]?.en ?? f.indicatorUnit})`
    if (f.rounded !== undefined)
      return {
        message: `The value \`${f.value}\` is not a whole number, but ${takes}: it is ${f.rounded} with a calculation’s floating-point noise (Excel shows ${f.rounded}).`,
        hint: `Round it in the formula (such as \`=ROUND(B2*C2, 0)\`), or type \`${f.rounded}\`.`,
      }
    if (f.thousands === undefined)
      return {
        message: `The value \`${f.value}\` is not a whole number, but ${takes}.`,
        hint: 'Write a whole number, without decimals. If this indicator may take decimals, the pack’s author declares `wholeNumbers: false` on it.',
      }
    const whole = withoutZeroDecimals(f.value)
    return {
      message:
        whole === undefined
          ? `The value \`${f.value}\` is not a whole number, but ${takes}: it may be ${f.thousands}, written with a dot between thousands.`
          : `The value \`${f.value}\` may be ${f.thousands}, written with a dot between thousands, or ${whole} with zero decimals; ${takes}.`,
      hint:
        whole === undefined
          ? `Write \`${f.thousands}\` if that is the figure, without separators between thousands.`
          : `Write \`${f.thousands}\` or \`${whole}\`, without separators between thousands or decimals.`,
    }
  },
  observation_in_future: (f, place) => ({
    message: `The period \`${place?.period}\` starts after today (${f.today}): an observation cannot lie in the future.`,
    hint: 'Correct the period; targets and plans belong in the pack, not in a data file.',
  }),
  record_in_future: (f) => ({
    message: `The date \`${f.date}\` is after today (${f.today}): a record cannot lie in the future.`,
    hint: 'Write the day it was actually completed; a product not done yet is `planned` or `in_progress`, dated no later than today.',
  }),
  unknown_record_kind: (f) => ({
    message: `No indicator or rule of \`${f.pack}\` counts records of kind \`${f.kind}\`.`,
    hint:
      f.suggestions[0] !== undefined
        ? `Did you mean \`${f.suggestions[0]}\`?`
        : `The pack's record kinds: ${f.kinds.join(', ') || '(none)'}.`,
  }),
  rule_failed: (f) => ({ message: `Rule \`${f.rule}\` failed.` }),
}
