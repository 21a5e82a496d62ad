/**
 * The built site (as `npm run build` writes it): a static folder with `index.html` at the
 * top, one classic script and one stylesheet of its own, the policy in the page, nothing
 * from elsewhere, and no Node API in the bundle.
 */

import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../src/build/csp'
import { SITE } from './support/paths'

describe('the built site', () => {
  it('is index.html with its own script and stylesheet, loadable from a folder', async () => {
    const html = await readFile(join(SITE, 'index.html'), 'utf8')
    const references = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1])
    expect(references).toEqual([
      'data:,',
      expect.stringMatching(/^\.\/assets\/index-[\w-]+\.js$/),
      expect.stringMatching(/^\.\/assets\/style-[\w-]+\.css$/),
    ])
    // A classic deferred script: browsers refuse module scripts from `file://`.
    expect(html).toMatch(/<script defer src="\.\/assets\/index-[\w-]+\.js"><\/script>/)
    expect(html).not.toContain('type="module"')
    expect(html).not.toContain('crossorigin')
  })

  it('carries its Content Security Policy: no eval, no inline script, no connection', async () => {
    const html = await readFile(join(SITE, 'index.html'), 'utf8')
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
    )
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'")
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'none'")
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|unsafe-inline/)
    expect(html).not.toMatch(/<script>|<script [^>]*>[^<]/)
    expect(html).not.toMatch(/<style|style="/)
  })

  it('bundles no Node module and reads no environment', async () => {
    const scripts = (await readdir(join(SITE, 'assets'))).filter((name) => name.endsWith('.js'))
    expect(scripts).toHaveLength(1)
    const code = await readFile(join(SITE, 'assets', scripts[0]!), 'utf8')
    expect(code).not.toMatch(/["'`]node:[a-z]/)
    expect(code).not.toMatch(/process\.env\b/)
    // The worker is inlined into the one script (the page works from a folder).
    expect(code).toContain('createObjectURL')
  })
})
