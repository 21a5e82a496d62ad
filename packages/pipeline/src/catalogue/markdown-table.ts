import { markdownText } from '@tiendo/io/internal'

/**
 * A Markdown table of a catalogue: the header, then a line a row, the first cell (a code) in
 * backticks and every cell escaped as untrusted text. @internal
 */
export function markdownTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
): string[] {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map(
      ([code, ...rest]) =>
        `| \`${markdownText(code ?? '')}\` | ${rest.map(markdownText).join(' | ')} |`,
    ),
  ]
}
