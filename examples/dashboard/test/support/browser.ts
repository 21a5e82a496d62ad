import { type Browser, chromium, type Page } from 'playwright-core'
import { CHROMIUM } from './paths'

/** Headless Debian Chromium, quiet: no background traffic of its own. */
export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })
}

/** What a page said that it should not: errors, refused policies, requests after load. */
export interface Watch {
  readonly errors: string[]
  /** Requests that left the page after it had loaded (none should). */
  readonly requests: string[]
  /** Marks the page as loaded: requests from now on are recorded. */
  loaded(): void
  /** The page is about to be loaded again: its requests are not recorded until `loaded`. */
  reloading(): void
}

/**
 * Records every console error and uncaught exception of the page and of its workers, every
 * refused policy (`securitypolicyviolation`, recorded before the page's own script runs), and
 * every request made after the page has loaded.
 */
export async function watch(page: Page): Promise<Watch> {
  const errors: string[] = []
  const requests: string[] = []
  let loaded = false
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`)
    })
  })
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`)
  })
  page.on('worker', (worker) => {
    worker.on('console', (message) => {
      if (message.type() === 'error') errors.push(`worker console: ${message.text()}`)
    })
  })
  page.on('request', (request) => {
    if (loaded) requests.push(request.url())
  })
  return {
    errors,
    requests,
    loaded() {
      loaded = true
    },
    reloading() {
      loaded = false
    },
  }
}

/** Waits until the run numbered after `before` has finished, and returns its number. */
export async function waitForRun(
  page: Page,
  before: string | null,
  state = 'done',
): Promise<string> {
  await page.waitForFunction(
    ([previous, wanted]) =>
      document.body.dataset.run !== previous && document.body.dataset.state === wanted,
    [before, state] as const,
    { timeout: 90_000 },
  )
  return (await page.locator('body').getAttribute('data-run')) ?? ''
}

/** The number of the last run started. */
export function runNumber(page: Page): Promise<string | null> {
  return page.locator('body').getAttribute('data-run')
}

/** Waits until the page has drawn every part of its last redraw (they come one task after another). */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('.pending-part') === null)
}
