import { resolve } from 'node:path'
import { writeFileAtomic } from '@tiendo/io'
import { CliError } from './cli-error'
import type { CommandContext } from './command'

/**
 * Sends a command's result to `--output FILE` (written atomically: a reader never sees half
 * a file) or to standard output.
 */
export async function emit(context: CommandContext, text: string): Promise<void> {
  const output = context.options.output
  if (typeof output !== 'string') {
    context.stdout.write(text)
    return
  }
  const path = resolve(context.cwd, output)
  try {
    await writeFileAtomic(path, text)
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    throw new CliError(
      { vi: `Không ghi được tệp ${path}: ${detail}`, en: `Cannot write ${path}: ${detail}` },
      {
        vi: 'Kiểm tra thư mục tồn tại và có quyền ghi.',
        en: 'Check that the folder exists and is writable.',
      },
    )
  }
}
