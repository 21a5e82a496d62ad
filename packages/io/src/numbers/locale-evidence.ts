import type { SourceLocation, TiendoIssue } from '@tiendo/schema'
import { ioIssue } from '../issue'

/** `363.558`, `1.500`: a decimal in the default locale, a whole number the Vietnamese way. */
const DOT_GROUPS = /^-?[1-9]\d{0,2}(?:\.\d{3})+$/

/**
 * Whether a number read as a decimal could be refused once its whole file is read
 * (`ambiguous_number`, reason `dot_groups`): a reader of the rows holds such a row back until
 * then. @internal
 */
export function mayBeDotGroups(text: string): boolean {
  return DOT_GROUPS.test(text)
}

/** Most suspect numbers remembered; past this they are only counted. */
const MAX_SUSPECTS = 100

interface Sighting {
  readonly text: string
  readonly location: SourceLocation
  readonly context: Pick<TiendoIssue, 'indicator' | 'unit' | 'period'>
}

/**
 * Notices a file that writes numbers the Vietnamese way without saying so. Without a number
 * locale, `87,5` is already refused as ambiguous, but `363.558` reads as 363.558; when the
 * same file also holds a decimal comma, `363.558` was most likely meant as 363558, so it is
 * reported too, once the whole file has been seen. Memory is bounded: at most 100 suspects
 * are kept. @internal
 */
export class LocaleEvidence {
  private comma: Sighting | undefined
  private readonly suspects: Sighting[] = []

  /** A cell refused as `ambiguous_number` for its comma. */
  noteComma(sighting: Sighting): void {
    this.comma ??= sighting
  }

  /** Whether an accepted number would be kept as a suspect (checked before building one). */
  wants(text: string): boolean {
    return this.suspects.length < MAX_SUSPECTS && mayBeDotGroups(text)
  }

  /** A cell accepted as a decimal in the default locale, that {@link wants} kept. */
  noteAccepted(sighting: Sighting): void {
    if (this.wants(sighting.text)) this.suspects.push(sighting)
  }

  /** The `ambiguous_number` issues for the suspects, when the file showed a decimal comma. */
  issues(): TiendoIssue[] {
    const comma = this.comma
    if (comma === undefined) return []
    // A JSON file's place is its path; a table's, its row.
    const { path, row } = comma.location
    const evidence =
      path !== undefined
        ? { evidence: comma.text, evidencePath: path }
        : { evidence: comma.text, evidenceRow: row }
    return this.suspects.map((suspect) =>
      ioIssue(
        'ambiguous_number',
        { reason: 'dot_groups', value: suspect.text, ...evidence },
        { location: suspect.location, ...suspect.context, related: [comma.location] },
      ),
    )
  }
}
