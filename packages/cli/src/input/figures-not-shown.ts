import type { DeriveStageOptions } from '@tiendo/pipeline'

/**
 * For a command that shows no derived figure (`validate`, `evaluate`, `assess` but for its
 * tables): every figure is still derived, checked and used, and each lets go of the figures
 * it came from once derived. At eight times national that provenance is hundreds of
 * megabytes.
 */
export const FIGURES_NOT_SHOWN: DeriveStageOptions = { onFigure() {} }
