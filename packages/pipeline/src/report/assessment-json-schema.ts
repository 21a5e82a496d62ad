/**
 * The shape of one assessment in the JSON report (`targets[].assessment`): the figures every
 * reader relies on, and the methodology profile's own verdict beside Tiendo's status —
 * `profileVerdict` (the institution's label, Open SDG's score, Eurostat's arrow or
 * Destatis's weather symbol with its plain-text equivalent) and Eurostat's `horizons`.
 * Other fields of `serializeAssessment` pass through as they are. @internal
 */

import { z } from 'zod'

const decimal = z.string().regex(/^-?\d+(\.\d+)?$/, 'a decimal, as a string')
const localized = z.object({ vi: z.string(), en: z.string() })
const qualifier = z.enum(['approx', 'more_than', 'at_least', 'less_than', 'at_most', 'range'])
/**
 * A baseline or latest figure. A bound (`> 90`) or a range keeps its qualifier (and a range
 * its ends): without them here the published schema refused reports that had one.
 */
const periodValue = z.object({
  period: z.string(),
  value: decimal.nullable(),
  qualifier: qualifier.optional(),
  low: decimal.optional(),
  high: decimal.optional(),
})
const profile = z.enum(['eurostat', 'opensdg', 'escap', 'destatis'])

/** A profile's own verdict: null when no profile was named or it gives none. */
const profileVerdict = z.object({
  profile,
  /** The institution's label: `substantial_progress`, `insufficient_progress`, `cloud`… */
  label: z.string(),
  /** Open SDG's score from −5 to +5; null for the other profiles. */
  score: decimal.nullable(),
  /** Eurostat's arrow or Destatis's weather symbol; null where the institution shows none. */
  symbol: z.string().nullable(),
  /** The label in words (Destatis: the plain-text equivalent of the symbol). */
  text: localized,
})

/** One of Eurostat's assessments: over the last 5 (short) or 15 (long) years. */
const horizon = z.object({
  years: z.number().int().positive(),
  status: z.string(),
  baseline: periodValue.nullable(),
  latest: periodValue.nullable(),
  cagr: decimal.nullable(),
  requiredCagr: decimal.nullable(),
  ratio: decimal.nullable(),
  growth: decimal.nullable(),
  verdict: profileVerdict.nullable(),
  explanation: z.object({ code: z.string(), message: localized }).optional(),
})

/** An assessment as the JSON report carries it (decimals as strings). */
export const AssessmentJsonSchema = z.looseObject({
  status: z.string(),
  method: z.enum(['cagr', 'linear', 'weighted-linear', 'logit']),
  /** The profile whose settings were used (`eurostat` also for Tiendo's default method). */
  profile,
  baseline: periodValue.nullable(),
  latest: periodValue.nullable(),
  cagr: decimal.nullable(),
  requiredCagr: decimal.nullable(),
  ratio: decimal.nullable(),
  projected: decimal.nullable(),
  profileVerdict: profileVerdict.nullable(),
  /** Eurostat's short-term and long-term assessments side by side; null for other profiles. */
  horizons: z.object({ short: horizon, long: horizon }).nullable(),
})

/**
 * Open SDG's status of an indicator over its series (`indicatorProgress[]`): every indicator
 * with two or more series assessed under `opensdg`.
 */
export const IndicatorProgressJsonSchema = z.object({
  indicator: z.string(),
  profile: z.literal('opensdg'),
  /** The units whose series count. */
  units: z.array(z.string()),
  status: z.string(),
  /** Open SDG's label from the mean score (`target_achieved` when every series met its target). */
  label: z.string(),
  /** The mean of the series' scores (a group of series counting once); null when none has one. */
  score: decimal.nullable(),
  verdict: profileVerdict,
  targetAchieved: z.boolean(),
  /** How many series have a score, and so count. */
  scoredSeries: z.number().int().nonnegative(),
  explanation: z.object({ code: z.string(), message: localized }).optional(),
})
