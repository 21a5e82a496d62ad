import { h } from '../dom'
import { type Language, t } from '../i18n'

/** Previous / next page buttons and where one is, or nothing when all fits on one page. */
export function pager(
  id: string,
  page: number,
  pages: number,
  lang: Language,
  onPage: (page: number) => void,
): HTMLElement | null {
  if (pages <= 1) return null
  const go = (label: string, to: number, name: string) => {
    const button = h(
      'button',
      { type: 'button', id: `${id}-${name}`, disabled: to < 0 || to >= pages },
      label,
    )
    button.addEventListener('click', () => onPage(to))
    return button
  }
  return h(
    'nav',
    { class: 'pager', 'aria-label': t('pageOf', lang, { page: page + 1, pages }) },
    go(`← ${t('previous', lang)}`, page - 1, 'previous'),
    h('span', {}, t('pageOf', lang, { page: page + 1, pages })),
    go(`${t('next', lang)} →`, page + 1, 'next'),
  )
}

/** The slice of a list shown on a page, the page clamped to those there are. */
export function pageOf<T>(
  items: readonly T[],
  page: number,
  size: number,
): { shown: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / size))
  const at = Math.min(Math.max(0, page), pages - 1)
  return { shown: items.slice(at * size, at * size + size), page: at, pages }
}
