import { CONTROL_CHARACTERS } from '../control-characters'
import type { Language, SourceLocation, TiendoIssue } from '../issue'
import { en } from './en'
import type { IssueLocale } from './locale'
import { vi } from './vi'

const WORDS: Record<Language, IssueLocale['words']> = { vi: vi.words, en: en.words }

/** Keeps text on one line and free of control characters. */
function oneLine(text: string): string {
  return text
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(CONTROL_CHARACTERS, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

function describeLocation(location: SourceLocation, words: IssueLocale['words']): string {
  const parts: string[] = []
  const file = location.file ?? ''
  const pointer = location.path !== undefined && location.path !== '' ? `#${location.path}` : ''
  if (file !== '' || pointer !== '') parts.push(`${file}${pointer}`)
  if (location.sheet !== undefined) parts.push(`${words.sheet} ${location.sheet}`)
  if (location.row !== undefined) parts.push(`${words.row} ${location.row}`)
  if (location.column !== undefined) parts.push(`${words.column} ${location.column}`)
  return parts.join(', ')
}

/**
 * One line for a terminal: where, the severity and code, what is wrong, and how to fix it.
 *
 * @example
 * formatIssue(issue, 'en')
 * // pack.json#/indicators/3/bounds/max: error [bounds_order] Field `indicators[3].bounds.max` … Fix: …
 */
export function formatIssue(issue: TiendoIssue, lang: Language): string {
  const words = WORDS[lang]
  const where = issue.location ? describeLocation(issue.location, words) : ''
  const severity = words.severity[issue.severity]
  const hint = issue.hint ? ` ${words.hint}: ${issue.hint[lang]}` : ''
  const line = `${where === '' ? '' : `${where}: `}${severity} [${issue.code}] ${issue.message[lang]}${hint}`
  return oneLine(line)
}
