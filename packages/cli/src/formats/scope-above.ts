/**
 * The part of the unit tree a run covered (`--unit`), said above a human format's output:
 * wrapped to the terminal, or escaped for Markdown (unit names come from the pack, which is
 * untrusted).
 */

import { escapeControls, markdownText, wrapText } from '@tiendo/io/internal'
import type { PipelineReport } from '@tiendo/pipeline'
import { scopeLine } from '@tiendo/pipeline'
import type { CommandContext } from '../command'
import { widthFor } from './issues-format'

/** `text` with the run's part above it; `text` alone for a run over every unit. */
export function scopeAbove(
  text: string,
  report: PipelineReport,
  format: 'pretty' | 'markdown',
  context: CommandContext,
): string {
  const line = scopeLine(report, context.lang)
  if (line === undefined) return text
  const shown =
    format === 'markdown'
      ? markdownText(line)
      : wrapText(escapeControls(line), widthFor(context), '  ').replace(/\n+$/, '')
  return `${shown}\n\n${text}`
}
