/**
 * `assessTargets`: progress to every target of a pack, over a dataset — the `assess` step of
 * the pipeline, as `tiendo assess` and `tiendo report` run it.
 */

import type { Dataset, UnitRegistry } from '@tiendo/core'
import { createUnitRegistry, toDecimalString } from '@tiendo/core'
import type {
  Assessment,
  AssessmentMethod,
  AssessProgressInput,
  ObservationInput,
  TargetInput,
} from '@tiendo/forecast'
import { AssessmentInputError, assessProgress, getProfile, unassessed } from '@tiendo/forecast'
import type { Indicator, Language, Pack, Qualifier, Target, Unit } from '@tiendo/schema'
import { type AssessableComparator, collectSeries, type SeriesToAssess } from './assess-series'

/** Options of {@link assessTargets}. */
export interface AssessTargetsOptions {
  /**
   * Only these targets, by id (and only the series they apply to). Defaults to every
   * target of the pack, and every other series as a trend.
   */
  readonly targets?: readonly string[] | undefined
  /** Only these indicators, by id. Defaults to all. */
  readonly indicators?: readonly string[] | undefined
  /**
   * Also assess the series no target applies to, on their trend alone (`improving`,
   * `stable`, `worsening`). Ignored when `targets` names targets. Defaults to `true`.
   */
  readonly withoutTargets?: boolean | undefined
  /**
   * The method for every series. Defaults to the methodology profile's (`cagr` for the
   * default `eurostat`), which a target, the indicator or the pack may name.
   */
  readonly method?: AssessmentMethod | undefined
  /**
   * The units the dataset's references were resolved against. Defaults to the dataset's
   * registry, or else a registry of the pack's units.
   */
  readonly registry?: UnitRegistry | undefined
  /** The language of each assessment's `reason`. Defaults to `en` (`explanation` has both). */
  readonly lang?: Language | undefined
}

/** One value of an assessed series, decimals as strings (exactly as indexed). */
export interface ReportedPoint {
  readonly period: string
  /** Absent only for a range given without a point value. */
  readonly value?: string | undefined
  /** How exact the value is; absent when exact. */
  readonly qualifier?: Exclude<Qualifier, 'exact'> | undefined
  readonly low?: string | undefined
  readonly high?: string | undefined
}

/** Progress of one series (an indicator for a unit) to its targets, or its trend. */
export interface TargetReport {
  /**
   * The target assessed against: the next one still ahead and not yet met, else the last
   * one due; `undefined` for a series assessed on its trend alone.
   */
  readonly target: Target | undefined
  /** Every target of the series, by due period (their outcomes are in `assessment.targets`). */
  readonly targets: readonly Target[]
  /** The indicator's id. */
  readonly indicatorId: string
  readonly indicator: Indicator
  /** The unit's key: the reference naming exactly it (`58`, `56@2025-07-01`). */
  readonly unit: string
  readonly unitName: Unit['name']
  /** The observed values, in period order. */
  readonly series: readonly ReportedPoint[]
  /** The assessment (`@tiendo/forecast`'s `assessProgress`); decimals are `Decimal`s. */
  readonly assessment: Assessment
}

function reportedPoints(dataset: Dataset, series: SeriesToAssess): ReportedPoint[] {
  return dataset.series(series.indicator.id, series.key).map((point) => {
    const entry: { -readonly [K in keyof ReportedPoint]: ReportedPoint[K] } = {
      period: point.period,
    }
    if (point.value !== undefined) entry.value = toDecimalString(point.value)
    if (point.qualifier !== 'exact') entry.qualifier = point.qualifier
    if (point.low !== undefined) entry.low = toDecimalString(point.low)
    if (point.high !== undefined) entry.high = toDecimalString(point.high)
    return entry
  })
}

function targetInput(target: Target): TargetInput {
  return {
    id: target.id,
    value: target.value,
    by: target.by,
    comparator: target.comparator as AssessableComparator,
    ...(target.baseYear === undefined ? {} : { baseYear: target.baseYear }),
    ...(target.methodology === undefined ? {} : { methodology: target.methodology }),
  }
}

/**
 * The assessment of input `assessProgress` refuses (a target whose comparator goes against
 * the indicator's direction…): `insufficient_data` with the reason, so one bad target in a
 * pack never stops the report.
 */
function refusedAssessment(
  error: AssessmentInputError,
  input: AssessProgressInput,
  lang: Language,
): Assessment {
  const profile = getProfile(input.profile ?? 'eurostat')
  const message = {
    vi: `${error.text.vi} ${error.hint.vi}`,
    en: `${error.text.en} ${error.hint.en}`,
  }
  return unassessed({
    method: input.method ?? profile.method,
    profile: profile.name,
    direction: input.direction,
    reason: message[lang],
    explanation: { code: error.code, message },
  })
}

/**
 * Assesses progress to every target of a resolved pack (see `resolvePack`) over a dataset:
 * one report per series an assessable target applies to (an indicator for a unit, with all
 * its targets — 20% by 2025 and 30% by 2030 together, assessed against the next one still
 * ahead as Destatis does), and, unless turned off, one per other series on its trend alone.
 *
 * A target names its unit by a reference resolved in the target's period through the
 * registry (`58` by 2025 is Ninh Thuận; `56@2025-07-01` the merged Khánh Hòa); a target set
 * by a unit that has since ceased stays that unit's. A `unitKind` target applies to every
 * unit of the kind that reports the indicator or exists in the target's period. Of two
 * targets of one series due together, the unit's own wins over its kind's.
 *
 * Left out: targets with `eq` or `between` and indicators kept in a band (`target_band`),
 * which rules check; series of indicators the pack does not define. The methodology profile
 * is the target's, else the indicator's, else the pack's; the indicator's bounds go to the
 * assessment (they bound `logit` and flag projections beyond them).
 *
 * Deterministic: series in pack order of indicators, then registry order of units. Never
 * throws on data or pack content (refused input is `insufficient_data` with the reason).
 * Use {@link serializeTargetReport} for JSON.
 */
export function assessTargets(
  pack: Pack,
  dataset: Dataset,
  options: AssessTargetsOptions = {},
): TargetReport[] {
  const registry = options.registry ?? dataset.units ?? createUnitRegistry(pack.units ?? [])
  const lang = options.lang ?? 'en'
  const toSet = (list: readonly string[] | undefined) =>
    list === undefined ? undefined : new Set(list)
  const all = collectSeries(pack, dataset, registry, {
    targetIds: toSet(options.targets),
    indicatorIds: toSet(options.indicators),
    withoutTargets: options.withoutTargets ?? true,
  })
  return all.map((series) => {
    const points = reportedPoints(dataset, series)
    const { indicator } = series
    const profile = indicator.methodology ?? pack.methodology
    const bounds =
      indicator.bounds?.min !== undefined && indicator.bounds.max !== undefined
        ? ([indicator.bounds.min, indicator.bounds.max] as const)
        : undefined
    const input: AssessProgressInput = {
      observations: points as readonly ObservationInput[],
      direction: indicator.direction === 'decrease' ? 'decrease' : 'increase',
      ...(series.targets.length === 0 ? {} : { targets: series.targets.map(targetInput) }),
      ...(options.method === undefined ? {} : { method: options.method }),
      ...(profile === undefined ? {} : { profile }),
      ...(bounds === undefined ? {} : { bounds }),
      lang,
    }
    let assessment: Assessment
    try {
      assessment = assessProgress(input)
    } catch (error) {
      if (!(error instanceof AssessmentInputError)) throw error
      assessment = refusedAssessment(error, input, lang)
    }
    const chosen = assessment.target?.id
    return {
      target: series.targets.find((t) => t.id === chosen),
      targets: series.targets,
      indicatorId: indicator.id,
      indicator,
      unit: series.key,
      unitName: series.unit.name,
      series: points,
      assessment,
    }
  })
}
