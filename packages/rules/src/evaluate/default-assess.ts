import { assessProgress } from '@tiendo/forecast'
import type { Assess } from '../facts/assess'

/**
 * The assessment progress facts use when the evaluation names none: `assessProgress` of
 * `@tiendo/forecast`, with its default profile unless the target, indicator or pack names one.
 * @internal
 */
export const defaultAssess: Assess = (input) => assessProgress(input)
