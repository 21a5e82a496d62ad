import type { Condition, FactCondition, TiendoIssue, TopLevelCondition } from '@tiendo/schema'
import { toJsonPointer } from '@tiendo/schema'
import { readDecimal } from '../decimal'
import type { FactReference } from '../fact-ref'
import { FACT_NAMES, FACTS } from '../facts/catalogue'
import type { FactParams } from '../facts/definition'
import type { PackPath } from '../issues'
import { packIssue } from '../issues'
import type { OperatorDefinition } from '../operators'
import { OPERATORS, UNSAFE_OPERATORS } from '../operators'
import type { PackIndex } from '../params'
import { checkParams } from '../params'

/** One comparison of a compiled rule, in reading order. @internal */
export interface Comparison {
  /** Where it sits in the rule's conditions, as a JSON Pointer: `/all/0`, `/any/1/not`. */
  readonly at: string
  readonly name: string | undefined
  readonly left: FactReference
  readonly operator: string
  /** The value as written: a literal, or a reference to another fact. */
  readonly value: unknown
  /** The fact the value names, when it names one. */
  readonly right: FactReference | undefined
}

/** What walking a rule's conditions found. @internal */
export interface CheckedConditions {
  readonly issues: TiendoIssue[]
  readonly comparisons: Comparison[]
  /** The deepest nesting of `all`/`any`/`not`. */
  readonly depth: number
}

const OBJECT_FACTS = FACT_NAMES.filter((name) => FACTS.get(name)?.returns === 'object')
const KNOWN_OPERATORS = [...OPERATORS.keys()]

function isFactRef(value: unknown): value is { fact: string; params?: FactParams; path?: string } {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && 'fact' in value
}

/** Checks a fact reference (a condition's own, or its value's); returns its kind. */
function checkFactRef(
  ref: { fact: string; params?: FactParams | undefined; path?: string | undefined },
  path: PackPath,
  pack: PackIndex,
  issues: TiendoIssue[],
): string | undefined {
  const definition = FACTS.get(ref.fact)
  if (definition === undefined) {
    issues.push(packIssue('unknown_fact', [...path, 'fact'], { fact: ref.fact, known: FACT_NAMES }))
    return undefined
  }
  const owner = `fact \`${ref.fact}\``
  const paramIssues = checkParams(ref.params, definition.params, [...path, 'params'], owner, pack)
  issues.push(...paramIssues)
  const indicatorId = ref.params?.indicator
  const indicator = typeof indicatorId === 'string' ? pack.indicators.get(indicatorId) : undefined
  if (paramIssues.length === 0 && definition.needsDirection && indicator !== undefined) {
    if (indicator.direction !== 'increase' && indicator.direction !== 'decrease') {
      issues.push(
        packIssue('indicator_direction', [...path, 'params', 'indicator'], {
          owner,
          indicator: indicator.id,
          direction: indicator.direction,
        }),
      )
    }
  }
  const targetId = ref.params?.target
  const target = typeof targetId === 'string' ? pack.targets.get(targetId) : undefined
  if (target !== undefined && indicator !== undefined && target.indicator !== indicator.id) {
    issues.push(
      packIssue('target_indicator', [...path, 'params', 'target'], {
        target: target.id,
        indicator: indicator.id,
        actual: target.indicator,
      }),
    )
  }
  if (ref.path !== undefined && definition.returns !== 'object') {
    issues.push(
      packIssue('path_not_allowed', [...path, 'path'], { fact: ref.fact, objects: OBJECT_FACTS }),
    )
  }
  // A path picks a property whose kind only the data knows.
  return ref.path === undefined ? definition.returns : 'any'
}

const pointer = (path: PackPath) => toJsonPointer(path)

const ref = (
  fact: string,
  params: FactParams | undefined,
  path: string | undefined,
): FactReference =>
  path === undefined ? { fact, params: params ?? {} } : { fact, params: params ?? {}, path }

function checkValue(
  operator: OperatorDefinition,
  value: unknown,
  rightKind: string | undefined,
  path: PackPath,
  issues: TiendoIssue[],
) {
  const wrong = (vi: string, en: string) =>
    issues.push(
      packIssue('operator_value', [...path, 'value'], {
        operator: operator.name,
        expected_vi: vi,
        expected_en: en,
      }),
    )
  if (isFactRef(value)) {
    if (operator.value === 'decimal_pair' || operator.value === 'list') {
      wrong('một giá trị viết sẵn, không phải dữ kiện', 'a value written out, not a fact')
    } else if (
      operator.decimalFact &&
      rightKind !== undefined &&
      rightKind !== 'decimal' &&
      rightKind !== 'any'
    ) {
      wrong('một dữ kiện có giá trị số thập phân', 'a fact whose value is a decimal')
    } else if (!operator.decimalFact && (rightKind === 'decimal' || rightKind === 'object')) {
      wrong(
        'một dữ kiện có giá trị văn bản hoặc đúng/sai',
        'a fact whose value is text or `true`/`false`',
      )
    }
    return
  }
  switch (operator.value) {
    case 'decimal':
      if (readDecimal(value) === undefined || typeof value === 'object') {
        wrong('một số thập phân như `"20"`', 'a decimal such as `"20"`')
      }
      return
    case 'decimal_pair': {
      const pair = Array.isArray(value) && value.length === 2 ? value.map(readDecimal) : []
      if (pair.length !== 2 || pair.some((d) => d === undefined)) {
        wrong('cặp số thập phân `["thấp", "cao"]`', 'a pair of decimals `["low", "high"]`')
      } else if (pair[0]!.gt(pair[1]!)) {
        wrong('cặp có số thấp đứng trước', 'a pair with the low end first')
      }
      return
    }
    case 'list':
      if (!Array.isArray(value)) wrong('một danh sách `[…]`', 'a list `[…]`')
      return
    case 'any':
      return
  }
}

function checkComparison(
  condition: FactCondition,
  path: PackPath,
  root: PackPath,
  pack: PackIndex,
  issues: TiendoIssue[],
  comparisons: Comparison[],
) {
  const leftKind = checkFactRef(condition, path, pack, issues)
  const value: unknown = condition.value
  const right = isFactRef(value) ? value : undefined
  const rightKind =
    right === undefined ? undefined : checkFactRef(right, [...path, 'value'], pack, issues)
  const operator = OPERATORS.get(condition.operator)
  if (operator === undefined) {
    const safe = UNSAFE_OPERATORS.get(condition.operator)
    issues.push(
      safe === undefined
        ? packIssue('unknown_operator', [...path, 'operator'], {
            operator: condition.operator,
            known: KNOWN_OPERATORS,
          })
        : packIssue('unsafe_operator', [...path, 'operator'], {
            operator: condition.operator,
            use: safe,
          }),
    )
  } else {
    const fits = operator.decimalFact
      ? leftKind === 'decimal' || leftKind === 'any'
      : leftKind !== 'decimal' && leftKind !== 'object'
    if (leftKind !== undefined && !fits) {
      issues.push(
        packIssue('operator_fact_type', [...path, 'operator'], {
          operator: operator.name,
          fact: condition.fact,
          returns: leftKind,
        }),
      )
    }
    checkValue(operator, value, rightKind, path, issues)
  }
  comparisons.push({
    at: pointer(path.slice(root.length)),
    name: condition.name,
    left: ref(condition.fact, condition.params, condition.path),
    operator: condition.operator,
    value,
    right: right === undefined ? undefined : ref(right.fact, right.params, right.path),
  })
}

/**
 * Checks a rule's conditions against the facts, operators and pack, and lists its
 * comparisons in reading order. `root` is the path of the conditions in the pack.
 * @internal
 */
export function checkConditions(
  conditions: TopLevelCondition,
  root: PackPath,
  pack: PackIndex,
): CheckedConditions {
  const issues: TiendoIssue[] = []
  const comparisons: Comparison[] = []
  let deepest = 0
  // The schema has bounded the depth already, so recursion here cannot overflow.
  const walk = (node: Condition | TopLevelCondition, path: PackPath, depth: number) => {
    if ('all' in node || 'any' in node) {
      deepest = Math.max(deepest, depth)
      const key = 'all' in node ? 'all' : 'any'
      const children = 'all' in node ? node.all : node.any
      children.forEach((child, index) => {
        walk(child, [...path, key, index], depth + 1)
      })
    } else if ('not' in node) {
      deepest = Math.max(deepest, depth)
      walk(node.not, [...path, 'not'], depth + 1)
    } else {
      checkComparison(node, path, root, pack, issues, comparisons)
    }
  }
  walk(conditions, root, 1)
  return { issues, comparisons, depth: deepest }
}
