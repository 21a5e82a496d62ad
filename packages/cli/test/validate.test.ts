import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { SaxesParser } from 'saxes'
import { describe, expect, it } from 'vitest'
import { tiendo } from './tiendo'

// The day the fixtures are checked against: `2030` in broken.csv lies after it.
const TODAY = ['--today', '2025-01-01']

function validateJson(args: string[], lang = 'en') {
  const run = tiendo(['validate', ...args, '--format', 'json', '--lang', lang, ...TODAY])
  return { ...run, report: JSON.parse(run.stdout) }
}

const codes = (report: { issues: { code: string }[] }) => report.issues.map((issue) => issue.code)

describe('tiendo validate (built)', () => {
  it('accepts valid files of every format and exits 0', () => {
    for (const args of [
      ['valid.csv'],
      ['valid.ndjson'],
      ['valid.json'],
      ['valid.xlsx', '--sheet', 'Số liệu'],
      ['vi-locale.csv', '--number-locale', 'vi'],
      ['valid.csv', 'products.csv'],
    ]) {
      const { code, report } = validateJson([...args, '--pack', 'ninh-thuan'])
      expect(code, args.join(' ')).toBe(0)
      expect(report.valid, args.join(' ')).toBe(true)
      expect(report.issues, args.join(' ')).toEqual([])
    }
  })

  it('prints the JSON shape of the contract, with rows, columns and hints', () => {
    const { code, report } = validateJson(['broken.csv', '--pack', 'ninh-thuan'])
    expect(code).toBe(1)
    expect(Object.keys(report)).toEqual(['valid', 'stats', 'issues'])
    expect(report.valid).toBe(false)
    expect(report.stats).toEqual({
      files: 1,
      rows: 7,
      observations: 6,
      records: 0,
      errors: 7,
      warnings: 0,
      // Every row read is refused, the ambiguous number's too: none reaches a figure.
      quarantined: 7,
    })
    expect(report.issues[0]).toEqual({
      code: 'unknown_indicator',
      pack: 'ninh-thuan',
      suggestions: ['smartphone_user_rate'],
      severity: 'error',
      message: 'The indicator `smartphone_user_rte` is not in the pack `ninh-thuan`.',
      file: 'broken.csv',
      row: 2,
      column: 'indicator',
      indicator: 'smartphone_user_rte',
      unit: '58',
      period: '2024',
      hint: 'Did you mean `smartphone_user_rate`?',
    })
    // The typed fields follow `code`, before the common ones.
    expect(Object.keys(report.issues[0]).slice(0, 4)).toEqual([
      'code',
      'pack',
      'suggestions',
      'severity',
    ])
    const at = (code: string) =>
      report.issues.find((issue: { code: string }) => issue.code === code)
    expect(at('value_out_of_bounds')).toMatchObject({ row: 3, column: 'value', field: 'value' })
    expect(at('observation_in_future')).toMatchObject({ row: 4, column: 'period' })
    expect(at('unit_not_valid_in_period')).toMatchObject({ row: 4, unit: '58', period: '2030' })
    expect(at('unknown_unit')).toMatchObject({ row: 5, unit: '99' })
    expect(at('conflicting_observation')).toMatchObject({ row: 7 })
    expect(at('conflicting_observation').values).toHaveLength(2)
    expect(at('ambiguous_number')).toMatchObject({ row: 8, column: 'value' })
    expect(at('ambiguous_number').hint).toContain('--number-locale vi')
  })

  it('speaks Vietnamese with --lang vi', () => {
    const { report } = validateJson(['broken.csv', '--pack', 'ninh-thuan'], 'vi')
    expect(report.issues[0].message).toBe(
      'Chỉ tiêu `smartphone_user_rte` không có trong bộ quy tắc `ninh-thuan`.',
    )
    expect(report.issues[0].hint).toBe('Có phải là `smartphone_user_rate`?')
  })

  it('locates NDJSON issues by line, JSON issues by JSON Pointer, XLSX by sheet row', () => {
    const ndjson = validateJson(['broken.ndjson', '--pack', 'ninh-thuan']).report
    expect(ndjson.issues.map((i: { code: string; row: number }) => [i.code, i.row])).toEqual([
      ['unknown_indicator', 2],
      ['invalid_json', 3],
      ['value_out_of_bounds', 4],
    ])
    const json = validateJson(['broken.json', '--pack', 'ninh-thuan']).report
    expect(json.issues.map((i: { code: string; path: string }) => [i.code, i.path])).toEqual([
      ['value_out_of_bounds', '/1/value'],
      ['period_month_range', '/2/period'],
    ])
    expect(json.issues[0].row).toBeNull()
    const xlsx = validateJson(['broken.xlsx', '--sheet', 'Số liệu', '--pack', 'ninh-thuan'])
    expect(xlsx.code).toBe(1)
    expect(
      xlsx.report.issues.map((i: { code: string; row: number; sheet: string }) => [
        i.code,
        i.sheet,
        i.row,
      ]),
    ).toEqual([
      ['unknown_indicator', 'Số liệu', 2],
      ['value_out_of_bounds', 'Số liệu', 3],
    ])
  })

  it('reads Vietnamese numbers only when told, and hints at semicolons', () => {
    const told = validateJson(['vi-locale.csv', '--number-locale', 'vi', '--pack', 'ninh-thuan'])
    expect(told.code).toBe(0)
    const untold = validateJson(['vi-locale.csv', '--pack', 'ninh-thuan'])
    expect(untold.code).toBe(1)
    expect(codes(untold.report)).toEqual(['ambiguous_number', 'ambiguous_number'])
    const semicolon = validateJson(['semicolon.csv', '--pack', 'ninh-thuan'])
    expect(semicolon.code).toBe(1)
    expect(codes(semicolon.report)).toEqual(['semicolon_delimited'])
  })

  it('runs data-quality rules but leaves completeness to evaluate', () => {
    // ninh-thuan has completeness and one-product-a-year rules: a partial file is still valid.
    const partial = validateJson(['valid.csv', '--pack', 'ninh-thuan'])
    expect(partial.code).toBe(0)
    const fell = validateJson(['regression.csv', '--pack', 'ninh-thuan'])
    expect(fell.code).toBe(0)
    // A failed rule is `rule_failed`, the rule's id in its typed field `rule`.
    expect(fell.report.issues).toEqual([
      expect.objectContaining({
        code: 'rule_failed',
        rule: 'no_regression_household_fibre_rate',
        severity: 'warning',
        file: 'regression.csv',
        row: 3,
        unit: '58',
        period: '2024',
      }),
    ])
  })

  it('checks record files, found by their header or named with --records', () => {
    const found = validateJson(['products-broken.csv', '--pack', 'ninh-thuan'])
    expect(found.code).toBe(1)
    expect(found.report.stats.records).toBe(2)
    expect(
      found.report.issues.map((i: { code: string; row: number; column: string }) => [
        i.code,
        i.row,
        i.column,
      ]),
    ).toEqual([
      ['unknown_record_kind', 2, 'kind'],
      ['record_in_future', 3, 'date'],
      ['unit_not_valid_in_period', 3, 'unit'],
    ])
    const named = validateJson(['valid.csv', '--records', 'products.csv', '--pack', 'ninh-thuan'])
    expect(named.code).toBe(0)
    expect(named.report.stats).toMatchObject({ files: 2, observations: 4, records: 2 })
  })

  it('takes a pack file that extends a built-in pack, and one extending it by path', () => {
    const own = validateJson(['implausible.csv', '--pack', 'province.pack.json'])
    expect(own.code).toBe(1)
    expect(own.report.issues).toEqual([
      expect.objectContaining({
        code: 'rule_failed',
        rule: 'fibre_rate_plausible',
        severity: 'error',
        row: 2,
      }),
    ])
    expect(validateJson(['implausible.csv', '--pack', 'ninh-thuan']).code).toBe(0)
    expect(validateJson(['implausible.csv', '--pack', 'child.pack.json']).code).toBe(1)
  })

  it('exits 2 with where and how to fix when the pack is broken', () => {
    const invalid = tiendo(['validate', 'valid.csv', '--pack', 'broken.pack.json', '--lang', 'en'])
    expect(invalid.code).toBe(2)
    expect(invalid.stdout).toBe('')
    expect(invalid.stderr).toContain('The pack `broken.pack.json` is not valid')
    expect(invalid.stderr).toContain('broken.pack.json /rules/0/severity')
    expect(invalid.stderr).toContain('How to fix:')
    const syntax = tiendo([
      'validate',
      'valid.csv',
      '--pack',
      'bad-syntax.pack.json',
      '--lang',
      'vi',
    ])
    expect(syntax.code).toBe(2)
    expect(syntax.stderr).toMatch(/bad-syntax\.pack\.json:4:1 không phải JSON hợp lệ/)
    const missing = tiendo(['validate', 'valid.csv', '--pack', 'nowhere.json', '--lang', 'en'])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('The pack `nowhere.json` was not found')
    const none = tiendo(['validate', 'valid.csv', '--lang', 'en'])
    expect(none.code).toBe(2)
    expect(none.stderr).toContain('`--pack` is missing.')
    for (const run of [invalid, syntax, missing, none]) expect(run.stderr).not.toMatch(/\n\s+at /)
  })

  it('exits 2, naming the limit and its option, when a limit stops a file being read', () => {
    for (const [flag, limit] of [
      ['--max-file-bytes', 'maxFileBytes'],
      ['--max-rows', 'maxRows'],
      ['--max-columns', 'maxColumns'],
    ]) {
      const { code, report } = validateJson(['valid.csv', '--pack', 'ninh-thuan', flag!, '1'])
      expect(code, flag).toBe(2)
      const issue = report.issues.find((i: { code: string }) => i.code === 'limit_exceeded')
      expect(issue.message).toContain(`${limit} = 1`)
      expect(issue.hint).toContain(flag)
    }
    const inMemory = validateJson([
      'valid.json',
      '--pack',
      'ninh-thuan',
      '--max-in-memory-bytes',
      '1',
    ])
    expect(inMemory.code).toBe(2)
    // A cell over its limit rejects its row only: the rest of the file was validated.
    const cell = validateJson(['valid.csv', '--pack', 'ninh-thuan', '--max-cell-chars', '3'])
    expect(cell.code).toBe(1)
  })

  it('reports a file without a header as one issue that shows the header', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tiendo-header-'))
    writeFileSync(
      join(dir, 'rows.csv'),
      'household_fibre_rate,58,2024,81.7\nsmartphone_user_rate,58,2024,87.5\n',
    )
    const run = tiendo(
      ['validate', 'rows.csv', '--pack', 'ninh-thuan', '--format', 'json', '--lang', 'en'],
      { cwd: dir },
    )
    expect(run.code).toBe(1)
    const { issues } = JSON.parse(run.stdout)
    expect(issues.map((i: { code: string }) => i.code)).toEqual(['missing_column'])
    expect(issues[0].hint).toContain(
      'The first row must be the header `indicator,unit,period,value`',
    )
  })

  it('exits 2 when a file cannot be read, or the usage is wrong', () => {
    const missing = validateJson(['nope.csv', '--pack', 'ninh-thuan'])
    expect(missing.code).toBe(2)
    expect(codes(missing.report)).toEqual(['file_not_found'])
    expect(tiendo(['validate', '--pack', 'ninh-thuan']).code).toBe(2)
    expect(
      tiendo(['validate', 'valid.csv', '--pack', 'ninh-thuan', '--today', '2025-02-30']).code,
    ).toBe(2)
    expect(
      tiendo(['validate', 'valid.csv', '--pack', 'ninh-thuan', '--max-rows', 'many']).code,
    ).toBe(2)
    const sheet = validateJson(['valid.xlsx', '--sheet', 'Nope', '--pack', 'ninh-thuan'])
    expect(sheet.code).toBe(2)
    expect(codes(sheet.report)).toEqual(['sheet_not_found'])
  })

  it('exits 2 when a CSV record runs past maxCellChars × maxColumns (the rest was not read)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tiendo-record-'))
    try {
      // An unclosed quote runs the record on to the end of the file.
      writeFileSync(
        join(dir, 'unclosed.csv'),
        `indicator,unit,period,value\nhousehold_fibre_rate,58,2024,"81\n${'household_fibre_rate,58,2023,80\n'.repeat(20)}`,
      )
      const run = tiendo(
        [
          'validate',
          'unclosed.csv',
          '--pack',
          'ninh-thuan',
          '--max-cell-chars',
          '10',
          '--max-columns',
          '4',
          '--format',
          'json',
          '--lang',
          'en',
        ],
        { cwd: dir },
      )
      expect(run.code).toBe(2)
      const { issues } = JSON.parse(run.stdout)
      const limit = issues.find((issue: { code: string }) => issue.code === 'limit_exceeded')
      expect(limit.message).toContain('the rest of the file was not read')
      // The typed fields say the same for a program, right after the code.
      expect(limit).toMatchObject({
        limit: 'maxCellChars',
        max: 40,
        measure: 'record_chars',
        stoppedReading: true,
      })
      expect(Object.keys(limit).slice(0, 2)).toEqual(['code', 'limit'])
      // A cell that is merely too long rejects its row: bad data, exit 1.
      writeFileSync(
        join(dir, 'long.csv'),
        'indicator,unit,period,value\nhousehold_fibre_rate,58,2024,81.700000000\n',
      )
      const cell = tiendo(
        [
          'validate',
          'long.csv',
          '--pack',
          'ninh-thuan',
          '--max-cell-chars',
          '8',
          '--today',
          '2025-01-01',
        ],
        { cwd: dir },
      )
      expect(cell.code).toBe(1)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('exits 2 for a JSON file that is no JSON, 1 for an NDJSON file with one bad line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tiendo-json-'))
    try {
      const row = '{"indicator":"household_fibre_rate","unit":"58","period":"2023","value":"80"}'
      writeFileSync(join(dir, 'broken.json'), `[${row},\n{"indicator": oops}]`)
      writeFileSync(join(dir, 'lines.ndjson'), `${row}\n{"indicator": oops}\n`)
      const run = (file: string) =>
        tiendo(['report', file, '--pack', 'ninh-thuan', '--format', 'json', ...TODAY], { cwd: dir })
      const json = run('broken.json')
      expect(json.code).toBe(2)
      expect(JSON.parse(json.stdout).cannotRead).toBe(true)
      const lines = run('lines.ndjson')
      expect(lines.code).toBe(1)
      expect(JSON.parse(lines.stdout).cannotRead).toBe(false)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('exits 2 when reading stops part way (bytes not UTF-8, a quote never closed), as at --max-rows', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tiendo-stopped-'))
    try {
      const head = 'indicator,unit,period,value,note\nhousehold_fibre_rate,58,2023,80,a\n'
      const tail = 'household_fibre_rate,58,2022,79,c\n'
      // "Thuận" saved as Windows-1258 on line 3: 0xF2 is no UTF-8.
      const latin = Buffer.from([0x54, 0x68, 0x75, 0xe2, 0xf2, 0x6e])
      const line3 = Buffer.from('household_fibre_rate,58,2024,81,')
      writeFileSync(
        join(dir, 'latin.csv'),
        Buffer.concat([Buffer.from(head), line3, latin, Buffer.from(`\n${tail}`)]),
      )
      writeFileSync(join(dir, 'quote.csv'), `${head}household_fibre_rate,58,2024,81,"b\n${tail}`)
      for (const [file, code] of [
        ['latin.csv', 'invalid_utf8'],
        ['quote.csv', 'unclosed_quote'],
      ] as const) {
        const args = [file, '--pack', 'ninh-thuan', '--format', 'json', '--lang', 'en', ...TODAY]
        const run = tiendo(['validate', ...args], { cwd: dir })
        expect(run.code, file).toBe(2)
        const report = JSON.parse(run.stdout)
        expect(codes(report), file).toEqual([code])
        // The row before the line was read and checked.
        expect(report.stats.rows, file).toBe(1)
        // The report says why: the file was not read to its end.
        const full = tiendo(['report', ...args], { cwd: dir })
        expect(full.code, file).toBe(2)
        expect(JSON.parse(full.stdout).cannotRead, file).toBe(true)
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('stops at --max-rows with a hint naming the flag', () => {
    const { code, report } = validateJson(['broken.csv', '--max-rows', '2', '--pack', 'ninh-thuan'])
    // The rest of the file was not validated: exit 2 (see docs/cli.md, exit codes).
    expect(code).toBe(2)
    const limit = report.issues.find((issue: { code: string }) => issue.code === 'limit_exceeded')
    expect(limit.hint).toContain('--max-rows')
    expect(limit).toMatchObject({ limit: 'maxRows', max: 2, measure: 'rows', stoppedReading: true })
    expect(report.stats.rows).toBe(2)
  })
})

describe('tiendo validate --format', () => {
  const run = (format: string, file = 'broken.csv') =>
    tiendo(['validate', file, '--pack', 'ninh-thuan', '--format', format, '--lang', 'en', ...TODAY])

  it('junit: well-formed XML with one failure per error', () => {
    const { code, stdout } = run('junit')
    expect(code).toBe(1)
    const names: string[] = []
    const parser = new SaxesParser()
    parser.on('opentag', (tag) => names.push(tag.name))
    parser.write(stdout).close()
    expect(names.filter((name) => name === 'failure')).toHaveLength(7)
    expect(stdout).toContain('<testsuite name="broken.csv" tests="7" failures="7"')
  })

  it('sarif: a 2.1.0 log with file and line locations', () => {
    const { stdout } = run('sarif')
    const log = JSON.parse(stdout)
    expect(log.version).toBe('2.1.0')
    const result = log.runs[0].results[0]
    expect(result).toMatchObject({ ruleId: 'unknown_indicator', level: 'error' })
    expect(result.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'broken.csv' },
      region: { startLine: 2 },
    })
    const json = JSON.parse(run('sarif', 'broken.json').stdout)
    expect(json.runs[0].results[0].locations[0].logicalLocations[0].fullyQualifiedName).toBe(
      '/1/value',
    )
  })

  it('github: workflow-command annotations on file and line', () => {
    const { stdout } = run('github')
    const lines = stdout.trim().split('\n')
    expect(lines).toHaveLength(7)
    expect(lines[0]).toMatch(
      /^::error file=broken\.csv,line=2,title=tiendo unknown_indicator::The indicator/,
    )
  })

  it('markdown: a heading, counts and a table', () => {
    const { stdout } = run('markdown')
    expect(stdout).toContain('## ❌ The data is not valid')
    expect(stdout).toContain('| Severity | Where | Code | Problem | How to fix |')
    expect(stdout).toContain('`unknown_indicator`')
  })

  it('pretty: colour only when asked, never on a pipe', () => {
    const plain = run('pretty')
    expect(plain.stdout).toContain('broken.csv:2')
    expect(plain.stdout).not.toContain('\u001b[')
    const forced = tiendo(['validate', 'broken.csv', '--pack', 'ninh-thuan', ...TODAY], {
      env: { FORCE_COLOR: '1' },
    })
    expect(forced.stdout).toContain('\u001b[31m')
    const none = tiendo(['validate', 'broken.csv', '--pack', 'ninh-thuan', ...TODAY], {
      env: { FORCE_COLOR: '1', NO_COLOR: '1' },
    })
    expect(none.stdout).not.toContain('\u001b[')
    // No progress bar either: stderr is not a terminal.
    expect(none.stderr).toBe('')
  })

  it('pretty: every line fits the terminal, 80 columns without one, COLUMNS else', () => {
    // The location stays first on its line (an editor's `file:row`); the rest wraps under it.
    for (const [env, columns] of [
      [{}, 80],
      [{ COLUMNS: '60' }, 60],
    ] as const) {
      for (const command of ['validate', 'evaluate']) {
        const { stdout } = tiendo(
          [command, 'broken.csv', '--pack', 'ninh-thuan', '--lang', 'vi', ...TODAY],
          { env },
        )
        const lines = stdout.trimEnd().split('\n')
        for (const line of lines) expect([...line].length, line).toBeLessThanOrEqual(columns)
        expect(lines.some((line) => line.startsWith('broken.csv:2 '))).toBe(true)
      }
    }
  })

  it('--output writes the report to a file, and nothing to stdout', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tiendo-'))
    const out = join(dir, 'report.json')
    const { code, stdout } = tiendo([
      'validate',
      'valid.csv',
      '--pack',
      'ninh-thuan',
      '--format',
      'json',
      '--output',
      out,
    ])
    expect(code).toBe(0)
    expect(stdout).toBe('')
    expect(JSON.parse(readFileSync(out, 'utf8')).valid).toBe(true)
  })
})
