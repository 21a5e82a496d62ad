import type { UnitRegistry } from '@tiendo/core'
import type { AssessmentMethod } from '@tiendo/forecast'
import type { Language, Unit } from '@tiendo/schema'

/** Options of `assessTargets` (and `planAssessments`). */
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
   * Leave out the trends made only of one unit's own counts of records (each agency's
   * products a year): at national scale they are a quarter of all series, and the counts
   * are among the derived figures, judged by quota rules. A series with a target is kept.
   * Defaults to `false`.
   */
  readonly withoutRecordCountTrends?: boolean | undefined
  /**
   * Only the series of the units this accepts (a province's part of a national pack: core's
   * `unitScope`). Defaults to every unit.
   */
  readonly units?: ((unit: Unit) => boolean) | undefined
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
