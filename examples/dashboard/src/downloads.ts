/**
 * Saving a text as a file the browser downloads: built in the page (a `blob:` address),
 * nothing sent anywhere.
 */

/** The file names of the downloads, as a person would name them. */
export const DOWNLOAD_NAMES = {
  html: { vi: 'bao-cao-tien-do.html', en: 'progress-report.html' },
  markdown: { vi: 'bao-cao-tien-do.md', en: 'progress-report.md' },
  json: { vi: 'bao-cao-tien-do.json', en: 'progress-report.json' },
  issues: { vi: 'loi-du-lieu.csv', en: 'data-issues.csv' },
} as const

const TYPES = {
  html: 'text/html;charset=utf-8',
  markdown: 'text/markdown;charset=utf-8',
  json: 'application/json;charset=utf-8',
  issues: 'text/csv;charset=utf-8',
} as const

/** Offers a text as a file to save. */
export function saveText(text: string, name: string, format: keyof typeof TYPES): void {
  const url = URL.createObjectURL(new Blob([text], { type: TYPES[format] }))
  const link = document.createElement('a')
  link.href = url
  link.download = name
  document.body.append(link)
  link.click()
  link.remove()
  // Long enough for the browser to have taken the file.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}
