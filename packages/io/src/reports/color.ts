/**
 * Whether to colour terminal output: never when `NO_COLOR` is set (https://no-color.org),
 * always when `FORCE_COLOR` is set to anything but `0`, otherwise only on a terminal that is
 * not `TERM=dumb`.
 */
export function shouldUseColor(
  stream: { isTTY?: boolean },
  env: Readonly<Record<string, string | undefined>>,
): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0'
  // A dumb terminal (Emacs' shell, some CI consoles) prints escape codes as text.
  if (env.TERM === 'dumb') return false
  return stream.isTTY === true
}

/** ANSI styles that collapse to plain text when colour is off. */
export interface Palette {
  red(text: string): string
  yellow(text: string): string
  green(text: string): string
  cyan(text: string): string
  dim(text: string): string
  bold(text: string): string
}

const ansi = (open: number, close: number) => (text: string) =>
  `\u001b[${open}m${text}\u001b[${close}m`
const plain = (text: string) => text

/** The palette for colour on or off. */
export function palette(color: boolean): Palette {
  if (!color)
    return { red: plain, yellow: plain, green: plain, cyan: plain, dim: plain, bold: plain }
  return {
    red: ansi(31, 39),
    yellow: ansi(33, 39),
    green: ansi(32, 39),
    cyan: ansi(36, 39),
    dim: ansi(2, 22),
    bold: ansi(1, 22),
  }
}
