import { displayWidth } from '@tiendo/io/internal'
import type { Language } from '@tiendo/schema'
import { describe, expect, it } from 'vitest'
import { commands } from './commands'
import { commandHelp, programHelp } from './help'
import { commonOptions } from './options'

const LANGS: readonly Language[] = ['vi', 'en']
const WIDTHS = [80, 100, 120] as const

/** Every help text: the program's and each command's, in a language, at a width. */
function helps(lang: Language, width: number): [string, string][] {
  return [
    ['tiendo', programHelp(commands, lang, '1.2.3', width)],
    ...commands.map((command): [string, string] => [
      command.name,
      commandHelp(command, [...command.options, ...commonOptions], lang, width),
    ]),
  ]
}

/** The words of a help, the shell's continuations joined: what no wrapping may change. */
const words = (text: string) => text.replace(/ \\\n/g, ' ').split(/\s+/).filter(Boolean)

describe('help', () => {
  it('fits the terminal: no line wider than it, from 80 columns up', () => {
    for (const lang of LANGS) {
      for (const width of WIDTHS) {
        for (const [name, text] of helps(lang, width)) {
          const wide = text.split('\n').filter((line) => displayWidth(line) > width)
          expect(wide, `${name} (${lang}) at ${width}`).toEqual([])
        }
      }
    }
  })

  it('says the same words at every width, a wide terminal keeping each option on one line', () => {
    for (const lang of LANGS) {
      const wide = new Map(helps(lang, 10_000))
      for (const width of WIDTHS) {
        for (const [name, text] of helps(lang, width)) {
          expect(words(text), `${name} (${lang}) at ${width}`).toEqual(words(wide.get(name)!))
        }
      }
      const assess = wide.get('assess')!
      const assessOptions = commands.find((command) => command.name === 'assess')!.options
      for (const option of assessOptions) {
        expect(assess).toContain(` ${option.description[lang]}\n`)
      }
    }
  })

  it('wraps a description inside its column, a long flag on a line of its own', () => {
    const assess = commands.find((command) => command.name === 'assess')!
    const text = commandHelp(assess, [...assess.options, ...commonOptions], 'en', 80)
    const lines = text.split('\n')
    const at = lines.findIndex((line) => line.startsWith('  --indicator <I> '))
    // The description starts in the column and goes on under itself.
    const column = lines[at]!.indexOf('Assess only')
    expect(column).toBeGreaterThan('  --indicator <I>'.length)
    expect(lines[at + 1]!.slice(0, column).trim()).toBe('')
    expect(lines[at + 1]!.slice(column)).toMatch(/^\S/)
    // A flag wider than the column stands alone, its description under it in the column.
    const failOn = lines.findIndex((line) => line.startsWith('  --fail-on <'))
    expect(lines[failOn]!.trim()).toBe('--fail-on <off-track|deterioration|insufficient-data>')
    expect(lines[failOn + 1]!.indexOf('Exit with code 1')).toBe(column)
  })

  it('breaks an example between arguments, each option with its value, so it still runs', () => {
    for (const lang of LANGS) {
      for (const command of commands) {
        const text = commandHelp(command, [...command.options, ...commonOptions], lang, 80)
        const examples = text.slice(text.lastIndexOf(':\n') + 2).trimEnd()
        // Joined at the shell's continuations, the examples are the command's own, one a line.
        const joined = examples.replace(/ \\\n {6}/g, ' ').split('\n')
        expect(joined, command.name).toEqual(command.examples.map((example) => `  ${example}`))
        for (const line of examples.split('\n')) {
          expect(line, command.name).not.toMatch(/--[a-z-]+ \\$/)
        }
      }
    }
  })
})
