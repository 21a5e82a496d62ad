/**
 * The results as the Markdown table docs/performance.md quotes (written to
 * `bench/.data/results.md` by every run).
 */
const n = (value, digits = 0) =>
  value == null ? '—' : Number(value).toLocaleString('en-US', { maximumFractionDigits: digits })

export function resultsMarkdown({ machine: m, scenarios, goals }) {
  const lines = [
    `Measured ${m.date.slice(0, 10)} on ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB, Node ${m.node}, ${m.platform} (load average at start ${m.loadAverageAtStart}).`,
    '',
    '| scenario | items | seconds | items/s | peak MB | vs hand-written | vs naive engine | hand-written (s, MB) | naive engine (s, MB) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ]
  for (const [name, r] of Object.entries(scenarios)) {
    const hand = r.baselines?.handwritten
    const naive = r.baselines?.naiveEngine
    lines.push(
      `| \`${name}\` | ${n(r.items)} | ${n(r.seconds, 2)} | ${n(r.itemsPerSecond)} | ${n(r.peakRssMB)} | ${n(r.vsHandwritten, 2)} | ${n(r.vsNaiveEngine, 2)} | ${hand ? `${n(hand.seconds, 2)}, ${n(hand.peakRssMB)}` : '—'} | ${naive ? `${n(naive.seconds, 2)}, ${n(naive.peakRssMB)}` : '—'} |`,
    )
  }
  const commands = scenarios.endToEnd?.commands
  if (commands?.tiendo) {
    lines.push(
      '',
      '`endToEnd` is `tiendo report` (one process); each command alone, reading the files again (seconds, peak MB):',
      '',
    )
    lines.push('| command | tiendo | hand-written |', '| --- | ---: | ---: |')
    for (const [name, step] of Object.entries(commands.tiendo)) {
      const hand = commands.handwritten?.[name]
      lines.push(
        `| \`${name}\` | ${n(step.seconds, 2)}, ${n(step.peakRssMB)} | ${hand ? `${n(hand.seconds, 2)}, ${n(hand.peakRssMB)}` : '—'} |`,
      )
    }
  }
  const earlier = Object.entries(scenarios).filter(([, r]) => r.measuredOn)
  if (earlier.length > 0) {
    const names = earlier.map(([name, r]) => `\`${name}\` (${r.measuredOn.slice(0, 16)})`)
    lines.push('', `Not re-run, from the previous results: ${names.join(', ')}.`)
  }
  lines.push('', `Goals: ${JSON.stringify(goals)}`)
  return `${lines.join('\n')}\n`
}
