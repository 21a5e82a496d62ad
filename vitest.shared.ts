/**
 * Tests inside the monorepo import sibling packages from source (the `@tiendo/source`
 * export condition), so a change is tested without rebuilding its dependencies.
 * Examples do not use this: they consume the built packages as users do.
 */
export const sourceConditions = ['@tiendo/source', 'module', 'node', 'import', 'default']
