/**
 * Where a run stands: a progress bar with what is being done and a cancel button while it
 * runs; then the validity summary (`data-valid`), the counts, and the downloads; or why the
 * run could not start.
 */

import { h } from '../dom'
import { count, howMany, type Language, t } from '../i18n'
import type { ProgressMessage } from '../protocol'
import type { State } from '../state'
import type { Actions } from './actions'

const STAGES = ['read', 'validate', 'derive', 'evaluate', 'assess', 'done'] as const

/** What the progress bar says of a stage. */
export function progressText(progress: ProgressMessage | null, lang: Language): string {
  if (progress === null) return t('starting', lang)
  if (progress.stage === 'read') {
    return t('stage_read', lang, {
      source: progress.source ?? '',
      rows: count(progress.rows ?? 0, lang),
    })
  }
  return t(`stage_${progress.stage}`, lang)
}

/** The progress region; `update` changes it in place as the worker reports. */
export function progressSection(
  state: State,
  actions: Actions,
): { element: HTMLElement; update: (progress: ProgressMessage) => void } {
  const { lang } = state
  const bar = h('progress', {
    id: 'run-progress',
    max: STAGES.length,
    'aria-labelledby': 'progress-title',
  })
  const text = h('p', { class: 'progress-text', id: 'progress-text' })
  const set = (progress: ProgressMessage | null) => {
    bar.value =
      progress === null ? 0 : STAGES.indexOf(progress.stage) + (progress.stage === 'read' ? 0.5 : 1)
    text.textContent = progressText(progress, lang)
  }
  set(state.progress)
  const cancel = h('button', { type: 'button', id: 'cancel-run' }, t('cancel', lang))
  cancel.addEventListener('click', () => actions.cancel())
  const element = h(
    'section',
    { class: 'panel progress', 'aria-labelledby': 'progress-title', 'aria-busy': 'true' },
    h('h2', { id: 'progress-title' }, t('progressTitle', lang)),
    h('div', { class: 'progress-row' }, bar, cancel),
    // Read out as it changes, politely: a screen reader user hears the stages go by.
    h('div', { role: 'status', 'aria-live': 'polite' }, text),
  )
  return { element, update: set }
}

/** After a cancel: say so, and offer to run again. */
export function cancelledSection(state: State, actions: Actions): HTMLElement {
  const again = h('button', { type: 'button', id: 'rerun' }, t('rerun', state.lang))
  again.addEventListener('click', () => actions.rerun())
  return h(
    'section',
    { class: 'panel', role: 'status' },
    h('p', {}, t('cancelled', state.lang), ' ', again),
  )
}

/** A run that could not start: what, where and how to fix it. */
export function failureSection(state: State): HTMLElement | null {
  const { failure, lang } = state
  if (failure === null) return null
  return h(
    'section',
    {
      class: 'panel failure',
      role: 'alert',
      'aria-labelledby': 'failure-title',
      'data-code': failure.code,
    },
    h('h2', { id: 'failure-title' }, `✗ ${t('failedTitle', lang)}`),
    h('p', {}, failure.text[lang]),
    failure.hint === null
      ? null
      : h('p', {}, h('strong', {}, `${t('howToFix', lang)}: `), failure.hint[lang]),
    failure.problems.length === 0
      ? null
      : h(
          'ul',
          {},
          ...failure.problems.map((problem) =>
            h(
              'li',
              {},
              problem.where === '' ? '' : h('code', {}, problem.where),
              ' ',
              problem.message[lang],
            ),
          ),
        ),
  )
}

/** The validity summary, the counts and the downloads of a finished run. */
export function summarySection(state: State, actions: Actions): HTMLElement | null {
  const { view, lang } = state
  if (view === null) return null
  const { stats } = view
  const verdict = view.valid
    ? `✓ ${t('valid', lang)}${stats.warnings > 0 ? ` ${t('validWarnings', lang, { warnings: howMany(stats.warnings, 'warning', lang) })}` : ''}`
    : `✗ ${t('invalid', lang, { errors: howMany(stats.errors, 'error', lang), warnings: howMany(stats.warnings, 'warning', lang) })}`
  const download = (
    format: 'html' | 'markdown' | 'json' | 'issues',
    key: Parameters<typeof t>[0],
  ) => {
    const button = h('button', { type: 'button', id: `download-${format}` }, t(key, lang))
    button.addEventListener('click', () => actions.download(format))
    return button
  }
  return h(
    'section',
    { class: 'panel summary', id: 'results', 'aria-labelledby': 'summary-title', tabindex: -1 },
    h('h2', { id: 'summary-title' }, `${view.pack.title} · ${view.pack.id} ${view.pack.version}`),
    h(
      'p',
      {
        id: 'validity',
        class: `validity ${view.valid ? 'ok' : 'bad'}`,
        'data-valid': String(view.valid),
      },
      verdict,
    ),
    h(
      'p',
      {},
      t('statsLine', lang, {
        files: howMany(stats.files, 'file', lang),
        rows: howMany(stats.rows, 'row', lang),
        quarantined: howMany(stats.quarantined, 'row', lang),
      }),
    ),
    view.cannotRead ? h('p', { class: 'warning' }, `⚠ ${t('cannotRead', lang)}`) : null,
    h(
      'p',
      {},
      t('rulesLine', lang, {
        passed: count(view.rulesSummary.passed, lang),
        failed: count(view.rulesSummary.failed, lang),
        skipped: count(view.rulesSummary.skipped, lang),
      }),
    ),
    h(
      'div',
      { class: 'downloads', role: 'group', 'aria-labelledby': 'downloads-title' },
      h('h3', { id: 'downloads-title' }, t('downloadsTitle', lang)),
      download('html', 'downloadHtml'),
      download('markdown', 'downloadMarkdown'),
      download('json', 'downloadJson'),
      download('issues', 'downloadIssues'),
      h('p', { class: 'hint' }, t('downloadsNote', lang)),
      h('p', { class: 'hint', id: 'download-status', role: 'status' }),
    ),
  )
}
