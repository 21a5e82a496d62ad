import { execFile } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

// docs/cli.md holds the CLI's own help, in English, one ```text block after each
// `<!-- help: NAME -->` marker: this test checks every block against the built CLI, and that
// every command has one. After changing an option, regenerate the blocks with
//   UPDATE_DOCS=1 npx vitest run test/docs-cli.test.ts
// (from examples/ci, with the CLI built) and review the diff.

const run = promisify(execFile)
const require = createRequire(import.meta.url)
const cliPackage = require('@tiendo/cli/package.json') as { bin: { tiendo: string } }
const bin = join(dirname(require.resolve('@tiendo/cli/package.json')), cliPackage.bin.tiendo)
const docPath = new URL('../../../docs/cli.md', import.meta.url)

async function help(args: readonly string[]): Promise<string> {
  const env = { ...process.env, NO_COLOR: '1', LANG: 'C', LC_ALL: '', LC_MESSAGES: '' }
  const { stdout } = await run(process.execPath, [bin, ...args, '--help', '--lang', 'en'], { env })
  return stdout.trimEnd()
}

const BLOCK = /(<!-- help: ([a-z]+) -->\n+```text\n)([\s\S]*?)\n?```/g

describe('docs/cli.md', async () => {
  const programHelp = await help([])
  const commands = [
    // A command's line starts two columns in; its summary's wrapped lines start further.
    ...(/\nCommands:\n((?: {2}.*\n)+)/.exec(`${programHelp}\n`)?.[1] ?? '').matchAll(
      /^ {2}(\S+)/gm,
    ),
  ].map((match) => match[1]!)
  const expected = new Map<string, string>([['tiendo', programHelp]])
  for (const command of commands) expected.set(command, await help([command]))

  it('finds the commands in the program help', () => {
    expect(commands).toEqual(
      expect.arrayContaining(['validate', 'evaluate', 'assess', 'report', 'schema', 'init']),
    )
  })

  it('shows the help of the program and of every command exactly as the CLI prints it', async () => {
    let doc = await readFile(docPath, 'utf8')
    if (process.env.UPDATE_DOCS === '1') {
      doc = doc.replace(BLOCK, (whole, head: string, name: string) =>
        expected.has(name) ? `${head}${expected.get(name)}\n\`\`\`` : whole,
      )
      await writeFile(docPath, doc)
    }
    const shown = new Map([...doc.matchAll(BLOCK)].map((match) => [match[2]!, match[3]!]))
    expect([...shown.keys()].sort()).toEqual([...expected.keys()].sort())
    for (const [name, text] of expected) expect(shown.get(name), `help of ${name}`).toBe(text)
  })
})
