import { existsSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { writeFileAtomic } from '@tiendo/io'
import { CliError } from './cli-error'
import type { CommandContext } from './command'

/**
 * Sends a command's result to `--output FILE` (written atomically: a reader never sees half
 * a file) or to standard output.
 */
export async function emit(
  context: CommandContext,
  text: string | Iterable<string | Uint8Array>,
): Promise<void> {
  const output = context.options.output
  if (typeof output !== 'string') {
    if (typeof text === 'string') context.stdout.write(text)
    else writePieces(context, text)
    return
  }
  await writeOutputFile(resolve(context.cwd, output), text)
}

/**
 * Writes a file atomically (text, or the bytes of a Word or Excel file), or stops with why it
 * could not be written, in both languages. A missing folder is not created: a mistyped path
 * should not leave folders behind.
 */
export async function writeOutputFile(
  path: string,
  data: string | Uint8Array | Iterable<string | Uint8Array>,
): Promise<void> {
  try {
    await writeFileAtomic(path, data)
  } catch (error) {
    throw cannotWrite(path, (error as { code?: unknown }).code)
  }
}

function cannotWrite(path: string, code: unknown): CliError {
  const folder = dirname(path)
  // ENOENT from a folder that is there (`/proc`): it takes no new file; say so, not that it is missing.
  const reason = code === 'ENOENT' && existsSync(folder) ? 'EACCES' : code
  switch (reason) {
    case 'ENOENT':
      return new CliError(
        {
          vi: `Không ghi được tệp ${path}: thư mục ${folder} không tồn tại.`,
          en: `Cannot write ${path}: the folder ${folder} does not exist.`,
        },
        {
          vi: `Tạo thư mục trước (\`mkdir -p ${folder}\`) hoặc sửa đường dẫn \`--output\`; Tiendo không tự tạo thư mục.`,
          en: `Create the folder first (\`mkdir -p ${folder}\`) or correct the \`--output\` path; Tiendo does not create folders.`,
        },
      )
    case 'ENOTDIR':
      return new CliError(
        {
          vi: `Không ghi được tệp ${path}: một phần của đường dẫn là tệp, không phải thư mục.`,
          en: `Cannot write ${path}: part of the path is a file, not a folder.`,
        },
        { vi: 'Sửa đường dẫn `--output`.', en: 'Correct the `--output` path.' },
      )
    case 'EISDIR':
      return new CliError(
        {
          vi: `Không ghi được tệp ${path}: đó là một thư mục.`,
          en: `Cannot write ${path}: it is a folder.`,
        },
        {
          vi: 'Ghi tên tệp sau thư mục, ví dụ `--output bao-cao/ket-qua.json`.',
          en: 'Give a file name inside the folder, e.g. `--output reports/result.json`.',
        },
      )
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new CliError(
        {
          vi: `Không ghi được tệp ${path}: không có quyền ghi vào thư mục ${folder}.`,
          en: `Cannot write ${path}: no permission to write in the folder ${folder}.`,
        },
        {
          vi: 'Chọn thư mục có quyền ghi, hoặc xin quyền ghi.',
          en: 'Choose a folder you can write to, or ask for write access.',
        },
      )
    default:
      return new CliError(
        {
          vi: `Không ghi được tệp ${path} (${String(reason ?? 'lỗi không rõ')}).`,
          en: `Cannot write ${path} (${String(reason ?? 'unknown error')}).`,
        },
        {
          vi: 'Kiểm tra thư mục tồn tại, có quyền ghi và còn chỗ trống.',
          en: 'Check that the folder exists, is writable and has free space.',
        },
      )
  }
}

/**
 * Pieces to standard output in slices of about a megabyte: few writes, never the whole text.
 * Pieces are gathered in a list and joined once per slice (adding each to a string would
 * build a rope that is flattened again when written); pieces of UTF-8 bytes are read as text.
 */
function writePieces(context: CommandContext, pieces: Iterable<string | Uint8Array>): void {
  const decoder = new TextDecoder()
  let pending: string[] = []
  let length = 0
  for (const piece of pieces) {
    const text = typeof piece === 'string' ? piece : decoder.decode(piece, { stream: true })
    pending.push(text)
    length += text.length
    if (length >= 1 << 20) {
      context.stdout.write(pending.join(''))
      pending = []
      length = 0
    }
  }
  pending.push(decoder.decode())
  const rest = pending.join('')
  if (rest !== '') context.stdout.write(rest)
}
