/**
 * The hand-written baseline of `endToEnd`, run as a command the way the CLI is:
 * `node bench/lib/hand-e2e.mjs validate|evaluate|assess|report <pack> <observations> <records> <out>`.
 * Each command parses the files again, as each `tiendo` command does, and writes JSON;
 * `report` parses them once and does all three, as `tiendo report` does.
 */
import { writeFileSync } from 'node:fs'
import { handAssess, handEvaluate, handPack, handValidate } from './hand.mjs'

const [command, pack, observations, records, out] = process.argv.slice(2)
const paths = { pack, observations, records }
const parsed = handPack(pack)
const validated = handValidate(paths, parsed)
let report
if (command === 'validate') {
  report = { valid: validated.errors === 0, rows: validated.rows, errors: validated.errors }
} else if (command === 'evaluate') {
  const results = handEvaluate(parsed, validated.data)
  report = { results: results.length, failed: results.filter((r) => r.outcome === 'failed').length }
} else if (command === 'assess') {
  const results = handAssess(parsed, validated.data)
  report = { series: results.length, results }
} else if (command === 'report') {
  const results = handEvaluate(parsed, validated.data)
  const series = handAssess(parsed, validated.data)
  report = {
    valid: validated.errors === 0,
    rows: validated.rows,
    errors: validated.errors,
    evaluation: {
      results: results.length,
      failed: results.filter((r) => r.outcome === 'failed').length,
    },
    series: series.length,
    results: series,
  }
} else {
  process.stderr.write(`unknown command ${command}\n`)
  process.exit(2)
}
writeFileSync(out, JSON.stringify(report))
