import type { RuleTemplateName } from '@tiendo/schema'
import { annualQuotaTemplate } from './annual-quota'
import { boundsTemplate } from './bounds'
import { completenessTemplate } from './completeness'
import { consistencyTemplate } from './consistency'
import type { TemplateDefinition } from './definition'
import { noRegressionTemplate } from './no-regression'
import { outlierTemplate } from './outlier'
import { targetTemplate } from './target'

/** Every rule template, by name. @internal */
export const TEMPLATES: ReadonlyMap<string, TemplateDefinition> = new Map(
  [
    targetTemplate,
    annualQuotaTemplate,
    noRegressionTemplate,
    boundsTemplate,
    consistencyTemplate,
    completenessTemplate,
    outlierTemplate,
  ].map((template) => [template.name, template]),
)

/** The names of the rule templates. */
export const TEMPLATE_NAMES: readonly RuleTemplateName[] = [
  ...TEMPLATES.keys(),
] as RuleTemplateName[]
