import type { PlainRule, TemplateRule, TiendoIssue } from '@tiendo/schema'
import type { PackPath } from './issues'
import { packIssue } from './issues'
import type { PackTables } from './pack-index'
import { indexPack } from './pack-index'
import type { PackIndex } from './params'
import { checkParams } from './params'
import { TEMPLATE_NAMES, TEMPLATES } from './templates/registry'
import { overlayScope } from './templates/text'

/** A template expanded, or why it cannot be. */
export type ExpandResult =
  | { readonly ok: true; readonly rule: PlainRule }
  | { readonly ok: false; readonly issues: readonly TiendoIssue[] }

/** {@link expandTemplate} over an indexed pack, reporting at a rule's path. @internal */
export function expandTemplateAt(
  rule: TemplateRule,
  pack: PackIndex,
  path: PackPath,
): ExpandResult {
  const template = TEMPLATES.get(rule.template)
  if (template === undefined) {
    return {
      ok: false,
      issues: [
        packIssue('param_type', [...path, 'template'], {
          name: 'template',
          expected_vi: `một trong ${TEMPLATE_NAMES.map((n) => `\`${n}\``).join(', ')}`,
          expected_en: `one of ${TEMPLATE_NAMES.map((n) => `\`${n}\``).join(', ')}`,
        }),
      ],
    }
  }
  const params = (rule.params ?? {}) as Readonly<Record<string, unknown>>
  const owner = `template \`${rule.template}\``
  const issues = checkParams(params, template.params, [...path, 'params'], owner, pack)
  if (issues.length === 0 && template.check)
    issues.push(...template.check(params, rule, pack, path))
  if (issues.length > 0) return { ok: false, issues }
  const expansion = template.expand(params, rule, pack)
  const scope = overlayScope(expansion.scope, rule.scope)
  const missing = rule.missing ?? expansion.missing
  const expanded: PlainRule = {
    id: rule.id,
    severity: rule.severity,
    ...(scope === undefined ? {} : { scope }),
    ...(missing === undefined ? {} : { missing }),
    ...(rule.description === undefined ? {} : { description: rule.description }),
    message: rule.message ?? expansion.message,
    conditions: expansion.conditions,
  }
  return { ok: true, rule: expanded }
}

/**
 * Expands a template rule into the plain json-rules-engine rule it stands for, so the
 * expansion can be shown, reviewed and tested. The rule's own `scope`, `missing` and
 * `message` win over what the template implies. Parameters are checked first: problems come
 * back as issues with JSON Pointer paths from the rule (`/params/min`).
 *
 * @example
 * expandTemplate(
 *   { id: 'dx_product_yearly', severity: 'error', template: 'annual_quota',
 *     params: { record: 'dx_product' }, scope: { unitKinds: ['agency', 'commune'] } },
 *   pack,
 * )
 * // { ok: true, rule: { …, conditions: { all: [{ fact: 'record_count',
 * //   params: { kind: 'dx_product', status: 'completed' }, operator: 'decimalGte', value: '1' }] } } }
 */
export function expandTemplate(rule: TemplateRule, pack: PackTables = {}): ExpandResult {
  return expandTemplateAt(rule, indexPack(pack), [])
}
