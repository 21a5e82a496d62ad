import type { Language, TiendoIssue } from '@tiendo/schema'
import { issueLabel } from './issue-label'
import { unitAndPeriod } from './issue-scope'
import { locationText } from './location-text'

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const

/** What the SARIF log says about the tool that wrote it. */
export interface SarifToolInfo {
  version: string
  informationUri?: string
}

/** Options of {@link issuesToSarif}: where the files are, and where a result with none goes. */
export interface SarifOptions {
  /**
   * The folder the command ran in. A file inside it is written relative to it (as code
   * scanning wants: relative to the repository's root); any other as a `file://` URI. Without
   * it, absolute paths become `file://` URIs and relative ones stay relative.
   */
  readonly cwd?: string | undefined
  /**
   * The file a result with no file of its own is shown against: the records a failed rule
   * counted, the data its figures came from, or the pack. GitHub code scanning refuses a whole
   * log when any result has no file. Defaults to none (such a result then has only a logical
   * location: its unit and period).
   */
  readonly fileOf?: ((issue: TiendoIssue) => string | undefined) | undefined
}

/**
 * Issues as a SARIF 2.1.0 log, which code-scanning tools show against the file and line.
 * Every result has a file (its own, else the one `options.fileOf` gives) and a line (the
 * first, for a result about a whole file or a place in a JSON file); JSON files' JSON Pointer,
 * and a result's unit and period, go into its `logicalLocations`, an XLSX sheet into the
 * location's message.
 */
export function issuesToSarif(
  issues: readonly TiendoIssue[],
  lang: Language,
  tool: SarifToolInfo,
  options: SarifOptions = {},
): string {
  const codes = [...new Set(issues.map(issueLabel))].sort()
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'tiendo',
            version: tool.version,
            ...(tool.informationUri ? { informationUri: tool.informationUri } : {}),
            rules: codes.map((code) => ({ id: code, name: code })),
          },
        },
        results: issues.map((issue) => {
          const text = issue.hint
            ? `${issue.message[lang]} ${issue.hint[lang]}`
            : issue.message[lang]
          const location = locationOf(issue, options)
          return {
            ruleId: issueLabel(issue),
            ruleIndex: codes.indexOf(issueLabel(issue)),
            level: LEVEL[issue.severity],
            message: { text },
            ...(location === undefined ? {} : { locations: [location] }),
            properties: {
              ...(issue.location?.column ? { column: issue.location.column } : {}),
              ...(issue.location?.sheet ? { sheet: issue.location.sheet } : {}),
              ...(issue.indicator ? { indicator: issue.indicator } : {}),
              ...(issue.unit ? { unit: issue.unit } : {}),
              ...(issue.period ? { period: issue.period } : {}),
            },
          }
        }),
      },
    ],
  }
  return `${JSON.stringify(log, null, 2)}\n`
}

/** The result's one location: its file and line, and what names the place within. */
function locationOf(issue: TiendoIssue, options: SarifOptions) {
  const own = issue.location
  const file = own?.file || options.fileOf?.(issue) || undefined
  const logical = [
    ...(own?.path ? [{ fullyQualifiedName: own.path, kind: 'element' }] : []),
    ...(issue.unit || issue.period
      ? [{ name: issue.period ?? issue.unit, fullyQualifiedName: unitAndPeriod(issue) }]
      : []),
  ]
  if (file === undefined && logical.length === 0) return undefined
  // A sheet has no place in a SARIF region: the location's message keeps it.
  const where = own?.file === file && own?.sheet ? locationText(own) : undefined
  return {
    ...(file === undefined
      ? {}
      : {
          physicalLocation: {
            artifactLocation: { uri: artifactUri(file, options.cwd) },
            // GitHub needs a line: a whole file (or a place in a JSON file) is its first.
            region: { startLine: own?.file === file && own.row !== undefined ? own.row : 1 },
          },
        }),
    ...(logical.length === 0 ? {} : { logicalLocations: logical }),
    ...(where === undefined ? {} : { message: { text: where } }),
  }
}

const ABSOLUTE = /^(?:\/|[A-Za-z]:\/)/

/**
 * A file as a SARIF URI: relative to `cwd` when inside it, else `file://` when absolute;
 * forward slashes, and each path segment percent-encoded (a drive's colon kept).
 */
function artifactUri(file: string, cwd?: string): string {
  const path = file.replace(/\\/g, '/')
  if (cwd !== undefined) {
    const base = normalize(cwd.replace(/\\/g, '/'))
    const full = normalize(ABSOLUTE.test(path) ? path : `${base}/${path}`)
    const prefix = base.endsWith('/') ? base : `${base}/`
    if (full.startsWith(prefix)) return encodePath(full.slice(prefix.length))
    return fileUri(full)
  }
  return ABSOLUTE.test(path) ? fileUri(normalize(path)) : encodePath(path)
}

/** `.` and `..` resolved, repeated slashes made one. */
function normalize(path: string): string {
  const absolute = path.startsWith('/')
  const parts: string[] = []
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..' && parts.length > 0 && parts.at(-1) !== '..') parts.pop()
    else if (part !== '..' || !absolute) parts.push(part)
  }
  return `${absolute ? '/' : ''}${parts.join('/')}`
}

function fileUri(path: string): string {
  return `file://${path.startsWith('/') ? '' : '/'}${encodePath(path)}`
}

// Each path segment percent-encoded; a Windows drive (`C:`) kept as it is.
function encodePath(path: string): string {
  return path
    .split('/')
    .map((part, i) => (i === 0 && /^[A-Za-z]:$/.test(part) ? part : encodeURIComponent(part)))
    .join('/')
}
