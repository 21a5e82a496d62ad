import type {
  LocalizedText,
  MissingValueStrategy,
  RuleScope,
  TemplateRule,
  TiendoIssue,
  TopLevelCondition,
} from '@tiendo/schema'
import type { PackPath } from '../issues'
import type { PackIndex, ParamSpecs } from '../params'

/** What a template expands into: the parts of a plain rule it decides. */
export interface TemplateExpansion {
  readonly conditions: TopLevelCondition
  readonly message: LocalizedText
  /** The scope the template implies (a target's unit and year); the rule's own wins. */
  readonly scope?: RuleScope | undefined
  /** The missing-value strategy the template implies; the rule's own wins. */
  readonly missing?: MissingValueStrategy | undefined
}

/** A rule template: its parameters, the checks they need beyond their kinds, its expansion. */
export interface TemplateDefinition {
  readonly name: TemplateRule['template']
  readonly params: ParamSpecs
  /**
   * Checks that need several parameters, the rule or the pack together; the parameters have
   * already passed their own checks. `path` is the rule's.
   */
  readonly check?: (
    params: Readonly<Record<string, unknown>>,
    rule: TemplateRule,
    pack: PackIndex,
    path: PackPath,
  ) => TiendoIssue[]
  /** The expansion; called only once the checks passed. */
  readonly expand: (
    params: Readonly<Record<string, unknown>>,
    rule: TemplateRule,
    pack: PackIndex,
  ) => TemplateExpansion
}
