import type { TextSink } from './command'

/** The width terminal output wraps to: the terminal's, else `COLUMNS`, else 80. */
export function terminalWidth(
  stdout: TextSink,
  env: Readonly<Record<string, string | undefined>>,
): number {
  const columns = (stdout as { columns?: unknown }).columns
  if (typeof columns === 'number' && columns > 0) return columns
  const fromEnv = Number(env.COLUMNS)
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : 80
}
