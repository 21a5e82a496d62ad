/**
 * The page's language: Vietnamese unless the user chose English, kept across reloads (in
 * the browser's local storage, on this computer only). `?lang=en` in the address chooses too.
 */

import { h } from './dom'
import { LANGUAGES, type Language, t } from './i18n'

const KEY = 'tiendo.lang'

const isLanguage = (value: string | null): value is Language =>
  value !== null && (LANGUAGES as readonly string[]).includes(value)

/** The language to open in: the address's `?lang=`, else the one kept, else Vietnamese. */
export function initialLanguage(): Language {
  const asked = new URLSearchParams(location.search).get('lang')
  if (isLanguage(asked)) return asked
  try {
    const kept = localStorage.getItem(KEY)
    if (isLanguage(kept)) return kept
  } catch {
    // Storage may be refused (private mode, a policy): the page then opens in Vietnamese.
  }
  return 'vi'
}

/** Keeps the language for the next visit. */
export function keepLanguage(lang: Language): void {
  try {
    localStorage.setItem(KEY, lang)
  } catch {
    // Nothing kept: the choice still holds until the page is closed.
  }
}

const NAMES: Record<Language, string> = { vi: 'Tiếng Việt', en: 'English' }

/** The Vietnamese / English switch: two buttons, the current one pressed. */
export function languageSwitch(lang: Language, onChange: (lang: Language) => void): HTMLElement {
  return h(
    'div',
    { class: 'language-switch', role: 'group', 'aria-label': t('language', lang) },
    ...LANGUAGES.map((option) => {
      const button = h(
        'button',
        {
          type: 'button',
          id: `lang-${option}`,
          lang: option,
          'aria-pressed': String(option === lang),
        },
        NAMES[option],
      )
      button.addEventListener('click', () => onChange(option))
      return button
    }),
  )
}
