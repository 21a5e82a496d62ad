/**
 * A refused policy inside the worker (which runs under the page's Content Security Policy)
 * is said on the console, as the page's own are: a site that forbids `eval` shows at once if
 * anything in the worker still tries it.
 */

self.addEventListener('securitypolicyviolation', (event) => {
  console.error(
    `Content Security Policy refused in the worker: ${event.violatedDirective} (${event.blockedURI})`,
  )
})
