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
  ]
  const table = Object.entries(scenarios).filter(([name]) => name !== 'scale' && name !== 'store')
  if (table.length > 0) {
    lines.push(
      '| scenario | items | seconds | items/s | peak MB | vs hand-written | vs naive engine | hand-written (s, MB) | naive engine (s, MB) |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    )
  }
  for (const [name, r] of table) {
    const hand = r.baselines?.handwritten
    const naive = r.baselines?.naiveEngine
    lines.push(
      `| \`${name}\` | ${n(r.items)} | ${n(r.seconds, 2)} | ${n(r.itemsPerSecond)} | ${n(r.peakRssMB)} | ${n(r.vsHandwritten, 2)} | ${n(r.vsNaiveEngine, 2)} | ${hand ? `${n(hand.seconds, 2)}, ${n(hand.peakRssMB)}` : '—'} | ${naive ? `${n(naive.seconds, 2)}, ${n(naive.peakRssMB)}` : '—'} |`,
    )
  }
  const samples = scenarios.endToEnd?.samples
  if (samples?.tiendo) {
    lines.push(
      '',
      `\`endToEnd\` is the median of ${samples.tiendo.length} runs of \`tiendo report\`, alternated with the hand-written floor's (the largest peak of memory): tiendo ${samples.tiendo.map((s) => n(s, 2)).join(', ')} s; hand-written ${samples.handwritten?.map((s) => n(s, 2)).join(', ') ?? '—'} s.`,
    )
  }
  const commands = scenarios.endToEnd?.commands
  if (commands?.tiendo) {
    lines.push(
      '',
      "`endToEnd` is `tiendo report` (one process); each command alone, reading the files again (seconds, peak MB). `tiendo validate` and `evaluate` also derive the pack's figures (to check them against submitted ones, and for the rules to read); the hand-written commands do not:",
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
  if (scenarios.scale?.sizes) lines.push('', ...scaleMarkdown(scenarios.scale))
  if (scenarios.store?.provinces) lines.push('', ...storeMarkdown(scenarios.store))
  const earlier = Object.entries(scenarios).filter(([, r]) => r.measuredOn)
  if (earlier.length > 0) {
    const names = earlier.map(([name, r]) => `\`${name}\` (${r.measuredOn.slice(0, 16)})`)
    lines.push('', `Not re-run, from the previous results: ${names.join(', ')}.`)
  }
  lines.push('', `Goals: ${JSON.stringify(goals)}`)
  return `${lines.join('\n')}\n`
}

/** The `scale` scenario: a row per size, ratios to the first, and the curve as a chart. */
export function scaleMarkdown(scale) {
  const lines = [
    `\`scale\`: \`tiendo report --format json\` by size; ratios against ${scale.baseline ?? '—'}:`,
    '',
    '| size | communes | items | seconds | peak MB | µs/item | bytes/item | time ×1× | memory ×1× | items ×1× | hand-written (s, MB) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ]
  for (const size of scale.sizes) {
    const hand = size.handwritten
    lines.push(
      size.error
        ? `| ${size.factor}× | ${n(size.communes)} | ${n(size.items)} | error: ${size.error} |`
        : `| ${size.factor}× | ${n(size.communes)} | ${n(size.items)} | ${n(size.seconds, 2)} | ${n(size.peakRssMB)} | ${n(size.usPerItem, 1)} | ${n(size.bytesPerItem)} | ${n(size.secondsVs1x, 2)} | ${n(size.memoryVs1x, 2)} | ${n(size.itemsVs1x, 2)} | ${hand?.seconds == null ? '—' : `${n(hand.seconds, 2)}, ${n(hand.peakRssMB)}`} |`,
    )
  }
  const measured = scale.sizes.filter((size) => !size.error)
  lines.push(
    '',
    `Slope: ${n(scale.slope?.usPerExtraItem, 1)} µs and ${n(scale.slope?.bytesPerExtraItem)} bytes of peak memory per extra item.`,
    '',
    '```mermaid',
    'xychart-beta',
    '  title "tiendo report by size: seconds (bars) and peak GB (line)"',
    `  x-axis [${measured.map((size) => `"${size.factor}×"`).join(', ')}]`,
    '  y-axis "seconds / GB"',
    `  bar [${measured.map((size) => size.seconds).join(', ')}]`,
    `  line [${measured.map((size) => (size.peakRssMB / 1024).toFixed(2)).join(', ')}]`,
    '```',
  )
  return lines
}

/** The `store` scenario: a row per province, and the first province over the files. */
export function storeMarkdown(store) {
  const ingest = store.ingest
  const files = store.files
  const lines = [
    `\`store\`: \`tiendo report --store … --unit P --format json\` over ${store.scale}× national (${n(store.items)} items, a ${n(store.storeMB)} MB store${ingest ? `, ingested in ${n(ingest.seconds, 1)} s at a peak of ${n(ingest.peakRssMB)} MB` : ''}); baseline: ${store.baseline}${files?.error ? ` (error: ${files.error})` : `, ${n(files?.seconds, 2)} s and ${n(files?.peakRssMB)} MB`}:`,
    '',
    '| province | rows read | series | seconds | peak MB | faster than the files | memory of the files |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ]
  for (const p of store.provinces) {
    lines.push(
      p.error
        ? `| ${p.unit} | error: ${p.error} |`
        : `| ${p.unit} | ${n(p.rows)} | ${n(p.series)} | ${n(p.seconds, 2)} | ${n(p.peakRssMB)} | ${n(p.vsFiles, 2)}× | ${n(p.memoryVsFiles, 2)}× |`,
    )
  }
  return lines
}
