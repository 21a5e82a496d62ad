import { describe, expect, it } from 'vitest'
import { languageFromEnvironment } from './language'

describe('languageFromEnvironment', () => {
  it('follows LC_ALL, then LC_MESSAGES, then LANG', () => {
    expect(languageFromEnvironment({ LANG: 'vi_VN.UTF-8' })).toBe('vi')
    expect(languageFromEnvironment({ LC_ALL: 'en_US.UTF-8', LANG: 'vi_VN.UTF-8' })).toBe('en')
    expect(languageFromEnvironment({ LC_MESSAGES: 'vi', LANG: 'en_GB' })).toBe('vi')
    expect(languageFromEnvironment({})).toBe('en')
    expect(languageFromEnvironment({ LANG: 'vietnamese-ish' })).toBe('en')
  })
})
