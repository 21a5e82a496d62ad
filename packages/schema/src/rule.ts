import { z } from 'zod'
import { monthIndex, parsePeriod } from './period'
import {
  IdSchema,
  LocalizedTextSchema,
  PATTERNS,
  ParamNameSchema,
  PeriodSchema,
  safeRecord,
  UnitRefSchema,
} from './primitives'

/** How serious a failed rule is: `error` fails a CI check (exit code 1). */
export const SeveritySchema = z.enum(['error', 'warning', 'info'])

/**
 * What a rule does when its inputs are missing, as in DHIS2 validation rules: skip the
 * scope if any input is missing (the default), only if all are, or never (missing fails).
 */
export const MissingValueStrategySchema = z.enum([
  'skip_if_any_missing',
  'skip_if_all_missing',
  'never_skip',
])

/** The unit × period scopes a rule is evaluated over. */
export const RuleScopeSchema = z
  .strictObject({
    /** Every unit of these kinds (`agency`, `commune`…). */
    unitKinds: z.array(IdSchema).min(1).max(100).optional(),
    /** These units. */
    units: z.array(UnitRefSchema).min(1).max(100_000).optional(),
    /** Each period of this granularity within `from`–`to`. Defaults to `year`. */
    every: z.enum(['year', 'half', 'quarter', 'month']).optional(),
    from: PeriodSchema.optional(),
    to: PeriodSchema.optional(),
    /** These periods exactly, instead of `every`/`from`/`to`. */
    periods: z.array(PeriodSchema).min(1).max(10_000).optional(),
  })
  .superRefine((scope, ctx) => {
    if (
      scope.periods !== undefined &&
      (scope.every !== undefined || scope.from !== undefined || scope.to !== undefined)
    ) {
      ctx.addIssue({
        code: 'custom',
        params: { tiendo: 'scope_conflict' },
        path: ['periods'],
        message: 'A scope lists `periods` or uses `every`/`from`/`to`, not both',
      })
    }
    if (typeof scope.from === 'string' && typeof scope.to === 'string') {
      const from = parsePeriod(scope.from)
      const to = parsePeriod(scope.to)
      if (from.ok && to.ok && monthIndex(to.period.end) < monthIndex(from.period.start)) {
        ctx.addIssue({
          code: 'custom',
          params: { tiendo: 'scope_order' },
          path: ['to'],
          message: '`to` must not be before `from`',
        })
      }
    }
  })

/** A json-rules-engine path into a fact's value: plain properties only, no JSONPath. */
export const FactPathSchema = z.string().regex(PATTERNS.fact_path_syntax, {
  message: 'Expected a plain property path such as `$.value`',
})

const ParamsSchema = safeRecord(
  IdSchema,
  z.union([z.string().max(10_000), z.number(), z.boolean()]),
)

/** A value compared against: a literal, or another fact (`{ "fact": …, "params": … }`). */
export const ConditionValueSchema = z.union([
  z.string().max(10_000),
  z.number(),
  z.boolean(),
  z.null(),
  z.array(z.union([z.string().max(10_000), z.number(), z.boolean(), z.null()])).max(10_000),
  z.strictObject({
    fact: IdSchema,
    params: ParamsSchema.optional(),
    path: FactPathSchema.optional(),
  }),
])

/** One comparison: a fact, an operator and a value. */
export const FactConditionSchema = z.strictObject({
  fact: IdSchema,
  operator: z.string().regex(PATTERNS.operator_syntax).max(64),
  value: ConditionValueSchema,
  params: ParamsSchema.optional(),
  path: FactPathSchema.optional(),
  name: z.string().max(200).optional(),
  priority: z.number().int().min(1).optional(),
})

export interface FactCondition extends z.infer<typeof FactConditionSchema> {}
/** A condition: a comparison, or `all`/`any`/`not` of conditions. */
export type Condition = FactCondition | AllCondition | AnyCondition | NotCondition
export interface AllCondition {
  all: Condition[]
  name?: string | undefined
  priority?: number | undefined
}
export interface AnyCondition {
  any: Condition[]
  name?: string | undefined
  priority?: number | undefined
}
export interface NotCondition {
  not: Condition
  name?: string | undefined
  priority?: number | undefined
}

const nestingMeta = {
  name: z.string().max(200).optional(),
  priority: z.number().int().min(1).optional(),
}

/**
 * How deeply `all`/`any`/`not` may nest. Packs are untrusted: without a limit a hostile
 * pack could nest conditions until validation (or the engine) overflows the stack.
 */
export const MAX_CONDITION_DEPTH = 32

/** The recursive shape itself, unguarded: reached only through {@link withDepthLimit}. */
const ConditionNodeSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    FactConditionSchema,
    z.strictObject({ all: z.array(ConditionNodeSchema).max(1000), ...nestingMeta }),
    z.strictObject({ any: z.array(ConditionNodeSchema).max(1000), ...nestingMeta }),
    z.strictObject({ not: ConditionNodeSchema, ...nestingMeta }),
  ]),
)

/**
 * The path of the first `all`/`any`/`not` nested deeper than {@link MAX_CONDITION_DEPTH},
 * found without recursion so that the check itself cannot overflow.
 */
function tooDeep(input: unknown): PropertyKey[] | undefined {
  const stack: { node: unknown; depth: number; path: PropertyKey[] }[] = [
    { node: input, depth: 1, path: [] },
  ]
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const { node, depth, path } = item
    if (node === null || typeof node !== 'object' || Array.isArray(node)) continue
    const children: { node: unknown; path: PropertyKey[] }[] = []
    for (const key of ['all', 'any'] as const) {
      const list: unknown = Object.hasOwn(node, key) ? (node as Record<string, unknown>)[key] : []
      if (!Array.isArray(list)) continue
      list.forEach((child, i) => {
        children.push({ node: child, path: [...path, key, i] })
      })
    }
    if (Object.hasOwn(node, 'not')) {
      children.push({ node: (node as Record<string, unknown>).not, path: [...path, 'not'] })
    }
    if (children.length === 0) continue
    if (depth > MAX_CONDITION_DEPTH) return path
    for (const child of children) stack.push({ ...child, depth: depth + 1 })
  }
  return undefined
}

/** Refuses input nested too deeply before the recursive schema ever walks it. */
function withDepthLimit<T extends z.ZodType>(schema: T) {
  return z.preprocess((input, ctx) => {
    const path = tooDeep(input)
    if (path === undefined) return input
    ctx.addIssue({
      code: 'custom',
      path,
      params: { tiendo: 'condition_depth', maximum: MAX_CONDITION_DEPTH },
      message: `Conditions nest more than ${MAX_CONDITION_DEPTH} levels deep`,
    })
    return z.NEVER
  }, schema)
}

/** A condition: a comparison, or `all`/`any`/`not` of conditions, nested at most 32 deep. */
export const ConditionSchema: z.ZodType<Condition> = withDepthLimit(ConditionNodeSchema)

/** The top of a rule's conditions is always `all`, `any` or `not`, as json-rules-engine requires. */
export const TopLevelConditionSchema = withDepthLimit(
  z.union([
    z.strictObject({ all: z.array(ConditionNodeSchema).max(1000), ...nestingMeta }),
    z.strictObject({ any: z.array(ConditionNodeSchema).max(1000), ...nestingMeta }),
    z.strictObject({ not: ConditionNodeSchema, ...nestingMeta }),
  ]),
)

const ruleCommon = {
  id: IdSchema,
  severity: SeveritySchema,
  scope: RuleScopeSchema.optional(),
  missing: MissingValueStrategySchema.optional(),
  description: LocalizedTextSchema.partial().optional(),
}

/** A rule written out as json-rules-engine conditions. */
export const PlainRuleSchema = z.strictObject({
  ...ruleCommon,
  /**
   * The message shown when the rule fails; `{unit}`, `{period}` and `{fact:NAME}`
   * placeholders are filled in.
   */
  message: LocalizedTextSchema,
  conditions: TopLevelConditionSchema,
})

/** The rule templates a pack author can write instead of conditions. */
export const RuleTemplateNameSchema = z.enum([
  'target',
  'annual_quota',
  'no_regression',
  'bounds',
  'consistency',
  'completeness',
  'outlier',
])

/** A short form expanded into a plain rule by `@tiendo/rules`; `params` depend on the template. */
export const TemplateRuleSchema = z.strictObject({
  ...ruleCommon,
  template: RuleTemplateNameSchema,
  params: safeRecord(ParamNameSchema, z.unknown()).optional(),
  /** Overrides the template's own message. */
  message: LocalizedTextSchema.optional(),
})

/** A rule: written out, or a template. */
export const RuleSchema = z.union([PlainRuleSchema, TemplateRuleSchema])

export type Severity = z.infer<typeof SeveritySchema>
export type MissingValueStrategy = z.infer<typeof MissingValueStrategySchema>
export type RuleScope = z.infer<typeof RuleScopeSchema>
export type ConditionValue = z.infer<typeof ConditionValueSchema>
export type TopLevelCondition = z.infer<typeof TopLevelConditionSchema>
export type PlainRule = z.infer<typeof PlainRuleSchema>
export type RuleTemplateName = z.infer<typeof RuleTemplateNameSchema>
export type TemplateRule = z.infer<typeof TemplateRuleSchema>
export type Rule = z.infer<typeof RuleSchema>
