/**
 * The inputs: the pack (a built-in one, the build's preset, or a pack file), the data and
 * record files (picked or dropped), the reference date and the bundled sample data.
 */

import { builtInPacks } from '@tiendo/packs'
import type { MethodologyProfile } from '@tiendo/schema'
import { h } from '../dom'
import { t } from '../i18n'
import { PRESET } from '../preset'
import type { State } from '../state'
import type { Actions } from './actions'

/** The value of the preset's option in the pack list. */
export const PRESET_OPTION = 'preset'

function packChooser(state: State, actions: Actions): HTMLElement {
  const { lang } = state
  const options: HTMLOptionElement[] = []
  if (PRESET?.kind === 'file') {
    options.push(
      h(
        'option',
        { value: PRESET_OPTION, selected: state.builtIn === PRESET_OPTION },
        `${t('presetPack', lang)}: ${PRESET.name}`,
      ),
    )
  }
  for (const pack of builtInPacks) {
    options.push(
      h(
        'option',
        { value: pack.id, selected: state.builtIn === pack.id },
        `${pack.title[lang] ?? pack.title.vi} (${pack.id})`,
      ),
    )
  }
  const select = h('select', { id: 'pack-builtin' }, ...options)
  select.addEventListener('change', () => actions.setBuiltInPack(select.value))
  const file = h('input', {
    type: 'file',
    id: 'pack-file',
    class: 'file-input',
    accept: '.json,application/json',
    'aria-describedby': 'pack-file-hint',
  })
  file.addEventListener('change', () => actions.setPackFile(file.files?.[0] ?? null))
  const inUse =
    state.packFile === null
      ? null
      : h(
          'p',
          { class: 'in-use' },
          `${t('packInUse', lang, { name: state.packFile.name })} `,
          button(t('removePackFile', lang, { name: state.packFile.name }), 'remove-pack-file', () =>
            actions.setPackFile(null),
          ),
        )
  return h(
    'div',
    { class: 'field-group' },
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'pack-builtin' }, t('builtInPack', lang)),
      select,
    ),
    dropZone(
      h(
        'div',
        { class: 'field' },
        h('label', { for: 'pack-file' }, t('packFile', lang)),
        file,
        fileButton('pack-file', t('chooseFile', lang)),
        h('p', { class: 'hint', id: 'pack-file-hint' }, t('packFileHint', lang)),
        inUse,
      ),
      (files) => actions.setPackFile(files[0] ?? null),
    ),
  )
}

function button(text: string, id: string, onClick: () => void): HTMLButtonElement {
  const element = h('button', { type: 'button', id, class: 'small' }, text)
  element.addEventListener('click', onClick)
  return element
}

/**
 * The visible face of a file input, in the page's language (the browser's own button speaks
 * the browser's language): a second label of the input, so a click on it opens the chooser.
 * The input itself stays in the page, focusable, with its name.
 */
function fileButton(input: string, text: string): HTMLElement {
  return h('label', { for: input, class: 'file-button', 'aria-hidden': 'true' }, text)
}

/** A box that takes dropped files, besides its own file input. */
function dropZone(box: HTMLElement, onFiles: (files: File[]) => void): HTMLElement {
  box.classList.add('drop-zone')
  box.addEventListener('dragover', (event) => {
    event.preventDefault()
    box.classList.add('dragging')
  })
  box.addEventListener('dragleave', () => box.classList.remove('dragging'))
  box.addEventListener('drop', (event) => {
    event.preventDefault()
    box.classList.remove('dragging')
    onFiles([...(event.dataTransfer?.files ?? [])])
  })
  return box
}

function filesInput(state: State, actions: Actions, kind: 'observations' | 'records'): HTMLElement {
  const { lang } = state
  const id = kind === 'records' ? 'record-files' : 'data-files'
  const input = h('input', {
    type: 'file',
    id,
    class: 'file-input',
    multiple: true,
    accept: '.csv,.xlsx,.ndjson,.jsonl,.json',
    'aria-describedby': `${id}-hint`,
  })
  input.addEventListener('change', () => actions.addFiles([...(input.files ?? [])], kind))
  return dropZone(
    h(
      'div',
      { class: 'field' },
      h('label', { for: id }, t(kind === 'records' ? 'recordFiles' : 'dataFiles', lang)),
      input,
      fileButton(id, t('chooseFiles', lang)),
      h(
        'p',
        { class: 'hint', id: `${id}-hint` },
        t(kind === 'records' ? 'recordFilesHint' : 'dataFilesHint', lang),
      ),
    ),
    (files) => actions.addFiles(files, kind),
  )
}

function chosenFiles(state: State, actions: Actions): HTMLElement | null {
  const { lang } = state
  const files = [
    ...state.dataFiles.map((file) => ({ file, records: false })),
    ...state.recordFiles.map((file) => ({ file, records: true })),
  ]
  if (files.length === 0 && !state.samples) return null
  return h(
    'div',
    { class: 'chosen' },
    h('h3', {}, t('chosenFiles', lang)),
    state.samples
      ? h(
          'p',
          { class: 'in-use' },
          `${t('samplesInUse', lang)} `,
          button(t('removeSamples', lang), 'remove-samples', () => actions.setSamples(false)),
        )
      : null,
    h(
      'ul',
      {},
      ...files.map(({ file, records }, i) =>
        h(
          'li',
          {},
          h('span', { class: 'file-name' }, file.name),
          records ? h('span', { class: 'tag' }, t('records', lang)) : null,
          ' ',
          button(t('removeFile', lang, { name: file.name }), `remove-file-${i}`, () =>
            actions.removeFile(file),
          ),
        ),
      ),
    ),
  )
}

const PROFILES = ['eurostat', 'opensdg', 'escap', 'destatis', 'linear'] as const

function methodologyChooser(state: State, actions: Actions): HTMLElement {
  const { lang } = state
  const select = h(
    'select',
    { id: 'methodology', 'aria-describedby': 'methodology-hint' },
    h('option', { value: '' }, t('method_pack', lang)),
    ...PROFILES.map((profile) =>
      h(
        'option',
        { value: profile, selected: state.methodology === profile },
        t(`method_${profile}`, lang),
      ),
    ),
  )
  select.addEventListener('change', () =>
    actions.setMethodology(select.value as MethodologyProfile | 'linear' | ''),
  )
  return h(
    'div',
    { class: 'field' },
    h('label', { for: 'methodology' }, t('methodology', lang)),
    select,
    h('p', { class: 'hint', id: 'methodology-hint' }, t('methodologyHint', lang)),
  )
}

/** The inputs section. */
export function inputsSection(state: State, actions: Actions): HTMLElement {
  const { lang } = state
  const today = h('input', {
    type: 'date',
    id: 'today',
    value: state.today,
    'aria-describedby': 'today-hint',
    required: true,
  })
  today.addEventListener('change', () => {
    if (/^\d{4}-\d{2}-\d{2}$/.test(today.value)) actions.setToday(today.value)
  })
  const samples = state.samples
    ? null
    : button(t('samples', lang), 'use-samples', () => actions.setSamples(true))
  return h(
    'section',
    { class: 'panel inputs', 'aria-labelledby': 'inputs-title' },
    h('h2', { id: 'inputs-title' }, t('inputsTitle', lang)),
    packChooser(state, actions),
    h(
      'div',
      { class: 'field-group' },
      filesInput(state, actions, 'observations'),
      filesInput(state, actions, 'records'),
    ),
    h(
      'div',
      { class: 'field-group' },
      h(
        'div',
        { class: 'field' },
        h('label', { for: 'today' }, t('today', lang)),
        today,
        h('p', { class: 'hint', id: 'today-hint' }, t('todayHint', lang)),
      ),
      methodologyChooser(state, actions),
      h('div', { class: 'field' }, samples),
    ),
    chosenFiles(state, actions),
  )
}
