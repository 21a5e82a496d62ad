import { h } from './dom'
import type { Language } from './i18n'
import { LANGUAGES, t } from './i18n'

const LABELS: Record<Language, string> = { vi: 'Tiếng Việt', en: 'English' }

/** The Vietnamese/English switch: two buttons, the current one pressed. */
export function renderLanguageSwitch(
  lang: Language,
  onChange: (lang: Language) => void,
): HTMLElement {
  return h(
    'div',
    { class: 'language-switch', role: 'group', 'aria-label': t('language', lang) },
    ...LANGUAGES.map((option) => {
      const button = h(
        'button',
        { type: 'button', lang: option, 'aria-pressed': String(option === lang) },
        LABELS[option],
      )
      button.addEventListener('click', () => onChange(option))
      return button
    }),
  )
}
