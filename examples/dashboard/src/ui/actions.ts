import type { MethodologyProfile } from '@tiendo/schema'
import type { Language } from '../i18n'
import type { IssueView } from '../page-view'
import type { ReportFormat } from '../protocol'

/** What the page's controls can ask for. Each changes the state and redraws. */
export interface Actions {
  setLanguage(lang: Language): void
  setBuiltInPack(id: string): void
  setPackFile(file: File | null): void
  addFiles(files: readonly File[], kind: 'observations' | 'records'): void
  removeFile(file: File): void
  setSamples(on: boolean): void
  setToday(day: string): void
  setMethodology(profile: MethodologyProfile | 'linear' | ''): void
  rerun(): void
  cancel(): void
  download(format: ReportFormat | 'issues'): void
  showIssueRow(issue: IssueView): void
  /** Redraws after a change made in place (a filter, a page). */
  redraw(): void
}
