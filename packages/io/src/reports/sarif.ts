import type { Language, TiendoIssue } from '@tiendo/schema'
import { issueLabel } from './issue-label'

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const

/** What the SARIF log says about the tool that wrote it. */
export interface SarifToolInfo {
  version: string
  informationUri?: string
}

/**
 * Issues as a SARIF 2.1.0 log, which code-scanning tools show against the file and line.
 * JSON files have no line: their JSON Pointer goes into the result's `logicalLocations`.
 */
export function issuesToSarif(
  issues: readonly TiendoIssue[],
  lang: Language,
  tool: SarifToolInfo,
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
          const location = issue.location
          const physical = location?.file
            ? {
                physicalLocation: {
                  artifactLocation: { uri: toUri(location.file) },
                  ...(location.row === undefined ? {} : { region: { startLine: location.row } }),
                },
              }
            : undefined
          const logical = location?.path
            ? [{ fullyQualifiedName: location.path, kind: 'element' }]
            : undefined
          const text = issue.hint
            ? `${issue.message[lang]} ${issue.hint[lang]}`
            : issue.message[lang]
          return {
            ruleId: issueLabel(issue),
            ruleIndex: codes.indexOf(issueLabel(issue)),
            level: LEVEL[issue.severity],
            message: { text },
            ...(physical || logical
              ? { locations: [{ ...physical, ...(logical ? { logicalLocations: logical } : {}) }] }
              : {}),
            properties: {
              ...(location?.column ? { column: location.column } : {}),
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

// SARIF wants URIs: forward slashes, and each path segment percent-encoded.
function toUri(file: string): string {
  return file.replace(/\\/g, '/').split('/').map(encodeURIComponent).join('/')
}
