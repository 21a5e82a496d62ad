const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/**
 * Escapes text for HTML and SVG, in element content and quoted attributes alike. Packs and
 * data are untrusted: every piece of text a report shows goes through here. Control
 * characters other than tab and line breaks are dropped (XML cannot carry them).
 */
export function escapeHtml(text: string): string {
  return (
    text
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
      .replace(/[&<>"']/g, (char) => ENTITIES[char]!)
  )
}
