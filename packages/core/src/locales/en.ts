import type { IssueMessages, IssuePlace, Name } from '@tiendo/schema'
import { Exact } from '../decimal'
import type { DerivationMethod } from '../derive/provenance'
import { describeLocation } from '../issue'
import type { CoreIssueFields, UnitValidity } from '../issues/core-issue-fields'
import { periodPart } from '../issues/period-part'
import { formatPeriod } from '../period-format'
import { orList } from './or-list'
import { recordLabel } from './record-label'
import { refsOfCode } from './refs-of-code'
import { spreadsheetWrote } from './spreadsheet-code'

/** A unit's English name, or its Vietnamese one when the pack gives none. */
const english = (name: Name) => name.en ?? name.vi

/** `\`58\` (Ninh Thuận province)`. */
const label = (ref: string, name: Name) => `\`${ref}\` (${english(name)})`

/** A unit's validity in words: `valid from 2025-07-01`. */
function validity({ validFrom: from, validTo: to }: Omit<UnitValidity, 'name'>): string {
  if (from !== undefined && to !== undefined) return `valid from ${from} to ${to}`
  if (from !== undefined) return `valid from ${from}`
  if (to !== undefined) return `valid until ${to}`
  return 'valid without limit'
}

/** `\`58\` (Ninh Thuận province, valid until 2025-06-30)`. */
const withValidity = (ref: string, unit: UnitValidity) =>
  `\`${ref}\` (${english(unit.name)}, ${validity(unit)})`

/** The place's period in words (`2024`, `the first half of 2025`). */
const period = (place: IssuePlace | undefined) => formatPeriod(place?.period ?? '', 'en')

/** How each method reads in a sentence. */
const HOW: Record<DerivationMethod, string> = {
  ratio: 'computed from its numerator and denominator',
  aggregate: 'aggregated from its child units',
  carry: 'carried from its predecessors',
  composite: 'scored from the index components',
  record_count: 'counted from the records',
}

/** A relative difference as a percentage to 3 significant digits. */
const percent = (share: string) => new Exact(share).times(100).toSignificantDigits(3).toFixed()

const CHECK_UNITS =
  "check the code against the pack's list of units (`tiendo units --pack …` lists it), or add the unit to the pack."

/** The English messages of `@tiendo/core`'s issues. */
export const en: IssueMessages<CoreIssueFields> = {
  unknown_unit: (f, place) => {
    const ref = place?.unit ?? ''
    if (f.starts !== undefined) {
      const at = ref.indexOf('@')
      return {
        message: `No unit with the code \`${ref.slice(0, at)}\` starts on ${ref.slice(at + 1)}.`,
        hint: `Write ${orList(refsOfCode(ref.slice(0, at), f.starts, '(the unit with no start date)'), 'or')}.`,
      }
    }
    const labels = f.suggestions.map((key, i) => label(key, f.suggestionNames[i]!))
    const cause = spreadsheetWrote(ref, f.suggestions[0])
      ? 'A spreadsheet wrote the code as a number: format the column as Text and type the codes again. '
      : ''
    return {
      message: `No unit has the code \`${ref}\`.`,
      hint:
        labels.length === 0
          ? `Please ${CHECK_UNITS}`
          : `Did you mean ${orList(labels, 'or')}? ${cause}If not, ${CHECK_UNITS}`,
    }
  },
  unit_not_valid_in_period: (f, place) => {
    const ref = place?.unit ?? ''
    const successors = f.successors.map((key, i) => label(key, f.successorNames[i]!))
    return {
      message: `No unit with the reference \`${ref}\` exists in ${period(place)}: ${f.units.map((unit) => withValidity(ref, unit)).join('; ')}.`,
      hint:
        successors.length > 0
          ? `Figures after the unit ceased belong to its successor ${successors.join(', ')}; report the figure for that unit.`
          : f.laterUnits[0] !== undefined
            ? `If this is a figure recomputed for the new unit's territory, write \`${f.laterUnits[0]}\`; otherwise check the period.`
            : 'Check the period, or name the unit by `code@validity start`.',
    }
  },
  unit_validity_straddles_period: (f, place) => {
    const part = periodPart(place?.period ?? '', f)
    const span = part.fromStart
      ? `up to ${part.to}`
      : part.toEnd
        ? `from ${part.from}`
        : `from ${part.from} to ${part.to}`
    const unit = withValidity(place?.unit ?? '', { ...f, name: f.unitName })
    return {
      message: `${period(place)} lies partly outside the validity of ${unit}; the figure is attached to this unit.`,
      hint: `If the figure covers only the time the unit existed, write that period (\`${f.validPart}\` for figures ${span}).`,
    }
  },
  unit_backcast: (f, place) => ({
    message: `The ${period(place)} figure is given for ${withValidity(place?.unit ?? '', { ...f, name: f.unitName })}, before that unit existed: it is read as a figure recomputed for the new unit's territory.`,
    hint: 'If the figure belongs to the former unit, write its code without a date (e.g. `56`).',
  }),
  duplicate_observation: (f, place) => ({
    message: `The \`${place?.indicator}\` figure for \`${place?.unit}\` in ${period(place)} appears twice with the same value ${f.value} (first at ${describeLocation(place?.related?.[0])}); one copy is kept.`,
    hint: 'Remove one of the two identical rows.',
  }),
  conflicting_observation: (f, place) => ({
    message: `The \`${place?.indicator}\` figure for \`${place?.unit}\` in ${period(place)} has different values: ${f.values.map((v) => `${v.value} (at ${describeLocation(v.location)})`).join(', ')}. Neither is used until this is fixed.`,
    hint: 'Keep the right value and remove the other rows; if they are two different definitions, declare two indicators.',
  }),
  duplicate_record: (f, place) => ({
    message: `The record ${recordLabel(f)} of \`${place?.unit}\` is submitted twice (first at ${describeLocation(place?.related?.[0])}); it is counted once.`,
    hint: 'Remove the duplicate record.',
  }),
  conflicting_record: (f, place) => ({
    message: `The record id ${recordLabel(f)} of \`${place?.unit}\` is used by two different records (the first at ${describeLocation(place?.related?.[0])}); neither counts until this is fixed.`,
    hint: 'Give each record its own id; correct the id or remove the wrong record.',
  }),
  derived_value_differs: (f, place) => {
    const off =
      f.difference === undefined
        ? 'not 0'
        : `${percent(f.difference)}% apart, beyond the tolerance of ${percent(f.tolerance)}%`
    return {
      message: `\`${place?.indicator}\` of \`${place?.unit}\` in ${period(place)}: the submitted figure is ${f.value}, ${HOW[f.method]} (\`${f.rule}\`) it is ${f.derived} (${off}); the submitted figure stands.`,
      hint: "Check the submitted figure and those of the inputs; if such a gap is expected, widen the indicator's `tolerance`.",
    }
  },
}
