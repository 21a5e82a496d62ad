/**
 * The shape of the JSON report, as a zod schema: what tests check every report against, and
 * what `json-schema/report.schema.json` publishes for the machines that read it.
 */

import { z } from 'zod'
import { AssessmentJsonSchema, IndicatorProgressJsonSchema } from './assessment-json-schema'

const decimal = z.string().regex(/^-?\d+(\.\d+)?$/, 'a decimal, as a string')
const localized = z.object({ vi: z.string(), en: z.string() })
const qualifier = z.enum(['approx', 'more_than', 'at_least', 'less_than', 'at_most', 'range'])
const method = z.enum(['ratio', 'aggregate', 'carry', 'composite', 'record_count'])
const severity = z.enum(['error', 'warning', 'info'])
const counts = z.record(z.string(), z.number().int().min(0))

const coverage = z.object({
  expected: z.number().int().min(0),
  reported: z.number().int().min(0),
  share: decimal,
  missing: z.array(z.string()),
})

const figure = {
  value: decimal.optional(),
  qualifier: qualifier.optional(),
  low: decimal.optional(),
  high: decimal.optional(),
}

/**
 * An issue, flat, in one language. Beside these fields it carries the typed fields of its
 * code, named in the issue-code reference (`rule` for `rule_failed`; `limit`, `max`,
 * `stoppedReading`… for `limit_exceeded`).
 */
const flatIssue = z.looseObject({
  code: z.string(),
  /** The id of the pack's rule, for `rule_failed`. */
  rule: z.string().optional(),
  severity,
  message: z.string(),
  file: z.string().nullable(),
  row: z.number().int().nullable(),
  column: z.string().nullable(),
  path: z.string().optional(),
  sheet: z.string().optional(),
  indicator: z.string().nullable(),
  unit: z.string().nullable(),
  period: z.string().nullable(),
  hint: z.string().nullable(),
  related: z
    .array(
      z.object({
        file: z.string().nullable(),
        row: z.number().nullable(),
        path: z.string().optional(),
      }),
    )
    .optional(),
})

const rulesSummary = {
  scopes: z.number().int().min(0),
  passed: z.number().int().min(0),
  failed: z.number().int().min(0),
  skipped: z.number().int().min(0),
  failedBySeverity: z.object({ error: z.number(), warning: z.number(), info: z.number() }),
}

/** The JSON report (`tiendo report --format json`). */
export const ReportJsonSchema = z.object({
  pack: z.object({ id: z.string(), version: z.string(), title: localized }),
  generatedAt: z.string().optional(),
  /** No data error. Rule outcomes never count here. */
  valid: z.boolean(),
  /** A source could not be read, or not to its end. */
  cannotRead: z.boolean(),
  /** The units the run was limited to (and everything under them); absent for every unit. */
  scope: z.object({ units: z.array(z.string()) }).optional(),
  summary: z.object({
    valid: z.boolean(),
    data: z.object({
      errors: z.number().int().min(0),
      warnings: z.number().int().min(0),
      quarantined: z.number().int().min(0),
    }),
    rules: z.object(rulesSummary),
    targets: counts,
    trends: counts,
    derived: z.object({ figures: z.number().int().min(0), withheld: z.number().int().min(0) }),
  }),
  validation: z.object({
    valid: z.boolean(),
    stats: z.object({
      files: z.number().int().min(0),
      rows: z.number().int().min(0),
      observations: z.number().int().min(0),
      records: z.number().int().min(0),
      errors: z.number().int().min(0),
      warnings: z.number().int().min(0),
      quarantined: z.number().int().min(0),
    }),
    issues: z.array(flatIssue),
  }),
  derived: z.object({
    figures: z.array(
      z.object({
        indicator: z.string(),
        unit: z.string(),
        period: z.string(),
        ...figure,
        derived: z.object({
          method,
          rule: z.string(),
          date: z.string().optional(),
          coverage: coverage.optional(),
          inputs: z.array(
            z.object({
              indicator: z.string(),
              unit: z.string(),
              period: z.string(),
              role: z.enum(['value', 'weight', 'numerator', 'denominator', 'component', 'record']),
              ...figure,
              share: decimal.optional(),
              derived: z.boolean(),
              file: z.string().optional(),
              row: z.number().int().optional(),
              path: z.string().optional(),
            }),
          ),
        }),
      }),
    ),
    withheld: z.array(
      z.object({
        indicator: z.string(),
        unit: z.string(),
        period: z.string(),
        method,
        rule: z.string(),
        reason: z.object({ code: z.string(), message: z.string() }),
        coverage: coverage.optional(),
      }),
    ),
  }),
  rules: z.object({
    ...rulesSummary,
    failed: z.array(
      z.object({
        rule: z.string(),
        unit: z.string(),
        period: z.string(),
        outcome: z.literal('failed'),
        severity,
        message: z.string().optional(),
        conditions: z.array(z.looseObject({ fact: z.string(), operator: z.string() })),
      }),
    ),
  }),
  targets: z.array(
    z.object({
      indicator: z.string(),
      unit: z.string(),
      unitName: z.object({ vi: z.string(), en: z.string().optional() }),
      target: z.string().nullable(),
      targets: z.array(
        z.object({
          id: z.string(),
          comparator: z.enum(['gt', 'gte', 'lt', 'lte', 'eq', 'between']),
          value: decimal,
          by: z.string(),
          baseYear: z.string().optional(),
          source: z.union([z.string(), z.object({ vi: z.string(), en: z.string() })]).optional(),
        }),
      ),
      series: z.array(z.object({ period: z.string(), ...figure, derived: method.optional() })),
      assessment: AssessmentJsonSchema,
    }),
  ),
  indicatorProgress: z.array(IndicatorProgressJsonSchema),
  datasets: z.array(
    z.object({
      id: z.string(),
      title: localized,
      kind: z.enum(['observations', 'records']),
      illustrative: z.boolean(),
      published: z.boolean(),
      origin: z.string().optional(),
      indicators: z.array(z.string()),
      rules: z.array(z.string()),
    }),
  ),
})

/** The JSON report as a type (what `JSON.parse` of `reportToJson` gives). */
export type ReportJson = z.infer<typeof ReportJsonSchema>

/** The JSON Schema (draft 2020-12) of the JSON report. */
export function reportJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(ReportJsonSchema, { target: 'draft-2020-12', io: 'output' })
  const { $schema, ...rest } = generated as Record<string, unknown>
  return {
    $schema,
    $id: 'https://unpkg.com/@tiendo/pipeline/json-schema/report.schema.json',
    title: 'Tiendo report',
    description:
      'The JSON report of a Tiendo run (`tiendo report --format json`): validity, data issues, derived figures with provenance, rule outcomes, progress to targets. Decimals are strings.',
    ...rest,
  }
}
