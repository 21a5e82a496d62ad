// Type-checked as CommonJS under `nodenext`: `require` gets the .d.cts declarations.
import cli = require('@tiendo/cli')
import core = require('@tiendo/core')
import packsNode = require('@tiendo/packs/node')
import rules = require('@tiendo/rules')
import schema = require('@tiendo/schema')

export function check(): string {
  const sum: string = core.toExact('0.1').plus('0.2').toString()
  const file: string = packsNode.datasetPath('ninh-thuan')
  const compile: typeof rules.compilePack = rules.compilePack
  const exitCodes: number = cli.ExitCode.cannotRun
  // @ts-expect-error parsePeriod takes text
  schema.parsePeriod(2024)
  return `${sum} ${file} ${typeof compile} ${exitCodes}`
}
