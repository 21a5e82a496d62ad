import type { Language } from '@tiendo/schema'

/**
 * The language to speak when `--lang` is not given: Vietnamese when the environment's
 * locale is Vietnamese (`LC_ALL`, then `LC_MESSAGES`, then `LANG`, as POSIX orders them),
 * English otherwise.
 */
export function languageFromEnvironment(
  env: Readonly<Record<string, string | undefined>>,
): Language {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || ''
  return /^vi(?:[_.@-]|$)/i.test(locale) ? 'vi' : 'en'
}
