import type { Language, TiendoIssue } from '@tiendo/schema'
import { escapeControls } from './control-text'
import { issueLabel } from './issue-label'

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const

// GitHub's workflow-command escaping: data escapes %, CR, LF; properties also `:` and `,`.
// Any other control character (ESC, NUL, a bidi override) is written as an escape first.
function escapeData(text: string): string {
  return escapeControls(text, true).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

/**
 * Issues as GitHub Actions workflow commands (`::error file=…,line=…,title=…::message`),
 * which GitHub shows as annotations on the submitted file.
 */
export function issuesToGithubAnnotations(issues: readonly TiendoIssue[], lang: Language): string {
  return issues
    .map((issue) => {
      const properties: string[] = []
      const location = issue.location
      if (location?.file) properties.push(`file=${escapeProperty(location.file)}`)
      if (location?.row !== undefined) properties.push(`line=${location.row}`)
      properties.push(`title=${escapeProperty(`tiendo ${issueLabel(issue)}`)}`)
      const where = location?.column
        ? ` [${location.column}]`
        : location?.path
          ? ` [${location.path}]`
          : ''
      const hint = issue.hint ? ` — ${issue.hint[lang]}` : ''
      return `::${COMMAND[issue.severity]} ${properties.join(',')}::${escapeData(`${issue.message[lang]}${where}${hint}`)}\n`
    })
    .join('')
}
