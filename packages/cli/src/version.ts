import packageJson from '../package.json' with { type: 'json' }

/** The version of `@tiendo/cli`. */
export const version: string = packageJson.version
