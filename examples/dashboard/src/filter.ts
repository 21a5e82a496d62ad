import type { Unit } from '@tiendo/schema'
import { h } from './dom'
import type { Language } from './i18n'
import { nameIn, t } from './i18n'

/**
 * The units filter: one checkbox per unit with values. `onChange` receives the keys still
 * checked, in the order shown.
 */
export function renderUnitFilter(
  units: readonly { readonly key: string; readonly unit: Unit }[],
  selected: ReadonlySet<string>,
  lang: Language,
  onChange: (keys: Set<string>) => void,
): HTMLElement {
  const boxes = units.map(({ key, unit }) => {
    const box = h('input', { type: 'checkbox', value: key, checked: selected.has(key) })
    box.addEventListener('change', () => {
      onChange(new Set(boxes.filter((b) => b.input.checked).map((b) => b.key)))
    })
    return { key, input: box, label: h('label', {}, box, ` ${nameIn(unit.name, lang)}`) }
  })
  return h(
    'fieldset',
    { class: 'unit-filter' },
    h('legend', {}, t('units', lang)),
    ...boxes.map((b) => b.label),
  )
}
