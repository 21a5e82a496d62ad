/**
 * The page's Content Security Policy: the page's own script and styles, its worker started
 * from a `blob:` URL (inlined into the script so the page also works opened from a folder),
 * no `unsafe-eval`, no inline script or style, and no connection at all — files are read
 * in the browser and never sent anywhere. The build writes it into `index.html`; a server
 * may send it as a header too (see the README).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  'worker-src blob:',
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ')
