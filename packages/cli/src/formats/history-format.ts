/**
 * What `tiendo history` prints: the submissions of a store (each with who ingested it under
 * which pack, and whether all its items are there), or every figure given for a unit or an
 * indicator with the submission that gave it and the one that superseded it. JSON keeps
 * values as the files wrote them (decimal strings).
 */

import type { StoreAudit, StoredFigure, StoredSubmission } from '@tiendo/duckdb'
import { englishCount } from '@tiendo/io/internal'
import type { Language } from '@tiendo/schema'

/** A submission with what the audit found of it. */
export type AuditedSubmission = StoredSubmission & { storedItems: number; complete: boolean }

/** The submissions with their audit, in id order. */
export function audited(
  submissions: readonly StoredSubmission[],
  audit: StoreAudit,
): AuditedSubmission[] {
  const counted = new Map(audit.submissions.map((entry) => [entry.id, entry]))
  return submissions.map((submission) => ({
    ...submission,
    storedItems: counted.get(submission.id)?.storedItems ?? 0,
    complete: counted.get(submission.id)?.complete ?? false,
  }))
}

/** `{ store, submissions, strayItems, complete }`. */
export function submissionsJson(
  store: string,
  submissions: readonly AuditedSubmission[],
  strayItems: number,
): string {
  const complete = strayItems === 0 && submissions.every((submission) => submission.complete)
  return `${JSON.stringify({ store, complete, strayItems, submissions: submissions.map(shown) }, null, 2)}\n`
}

/** `{ store, unit, indicator, figures }`, each figure with its submission. */
export function figuresJson(
  store: string,
  query: { unit?: string | undefined; indicator?: string | undefined },
  figures: readonly StoredFigure[],
  submissions: ReadonlyMap<number, StoredSubmission>,
): string {
  const rows = figures.map((figure) => ({
    indicator: figure.indicator,
    unit: figure.unit,
    period: figure.period,
    value: figure.value ?? null,
    status: figure.status ?? null,
    current: figure.supersededBy === undefined,
    supersededBy: figure.supersededBy ?? null,
    location: figure.location ?? null,
    submission: shown(submissions.get(figure.submission)!),
  }))
  const body = {
    store,
    unit: query.unit ?? null,
    indicator: query.indicator ?? null,
    figures: rows,
  }
  return `${JSON.stringify(body, null, 2)}\n`
}

function shown(submission: StoredSubmission | AuditedSubmission) {
  return {
    id: submission.id,
    name: submission.name,
    contentHash: submission.contentHash,
    kind: submission.kind ?? null,
    bytes: submission.bytes,
    items: submission.items,
    ingestedAt: submission.ingestedAt,
    tiendoVersion: submission.tiendoVersion ?? null,
    pack: submission.pack ?? null,
    ...('complete' in submission
      ? { storedItems: submission.storedItems, complete: submission.complete }
      : {}),
  }
}

const words = {
  holds: {
    vi: (n: number, all: boolean) =>
      `${n} lần nộp${n === 0 ? '' : all ? ', tất cả đầy đủ' : ', CÓ LẦN NỘP KHÔNG ĐẦY ĐỦ'}`,
    en: (n: number, all: boolean) =>
      `${englishCount(n, 'submission')}${n === 0 ? '' : all ? ', all complete' : ', SOME INCOMPLETE'}`,
  },
  items: { vi: (n: number) => `${n} mục`, en: (n: number) => englishCount(n, 'item') },
  complete: { vi: 'đầy đủ', en: 'complete' },
  incomplete: {
    vi: (stored: number, items: number) => `KHÔNG ĐẦY ĐỦ: có ${stored}/${items} mục`,
    en: (stored: number, items: number) =>
      `INCOMPLETE: ${stored} of ${englishCount(items, 'item')} stored`,
  },
  stray: {
    vi: (n: number) => `${n} mục không thuộc lần nộp nào`,
    en: (n: number) => `${englishCount(n, 'item')} of no submission`,
  },
  pack: { vi: 'bộ quy tắc', en: 'pack' },
  unknown: { vi: 'không rõ', en: 'unknown' },
  row: { vi: 'dòng', en: 'row' },
  current: { vi: 'đang dùng', en: 'current' },
  supersededBy: { vi: 'được thay bởi', en: 'superseded by' },
  none: {
    vi: 'Kho không có số liệu nào khớp.',
    en: 'The store holds no figure that matches.',
  },
}

/** The submissions as lines of text. */
export function submissionsPretty(
  store: string,
  submissions: readonly AuditedSubmission[],
  strayItems: number,
  lang: Language,
): string {
  const all = strayItems === 0 && submissions.every((submission) => submission.complete)
  const lines = [`${store}: ${words.holds[lang](submissions.length, all)}`]
  for (const s of submissions) {
    const pack = s.pack === undefined ? words.unknown[lang] : `${s.pack.id} ${s.pack.version}`
    const state = s.complete ? words.complete[lang] : words.incomplete[lang](s.storedItems, s.items)
    lines.push(
      `  #${s.id}  ${s.ingestedAt}  ${s.name}  ${words.items[lang](s.items)}  sha256 ${s.contentHash.slice(0, 12)}…  tiendo ${s.tiendoVersion ?? words.unknown[lang]}  ${words.pack[lang]} ${pack}  ${state}`,
    )
  }
  if (strayItems > 0) lines.push(`  ${words.stray[lang](strayItems)}`)
  return `${lines.join('\n')}\n`
}

/** The figures, grouped by indicator and unit, as lines of text. */
export function figuresPretty(
  figures: readonly StoredFigure[],
  submissions: ReadonlyMap<number, StoredSubmission>,
  lang: Language,
): string {
  if (figures.length === 0) return `${words.none[lang]}\n`
  const lines: string[] = []
  let group = ''
  for (const figure of figures) {
    const heading = `${figure.indicator} · ${figure.unit}`
    if (heading !== group) lines.push(heading)
    group = heading
    const from = submissions.get(figure.submission)!
    const row = figure.location?.row
    const where = row === undefined ? (figure.location?.path ?? '') : `${words.row[lang]} ${row}`
    const state =
      figure.supersededBy === undefined
        ? words.current[lang]
        : `${words.supersededBy[lang]} #${figure.supersededBy}`
    lines.push(
      `  ${figure.period}  ${figure.value ?? '—'}  #${from.id} ${from.name} ${where}  ${from.ingestedAt}  ${state}`,
    )
  }
  return `${lines.join('\n')}\n`
}
