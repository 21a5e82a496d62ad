/**
 * Pack files on disk (the Node entry): a path whose `extends` may name built-in packs or
 * files beside it — never outside the folder of the pack given, never by URL.
 */
import { readFile, realpath, stat } from 'node:fs/promises'
import { dirname, extname, isAbsolute, relative, resolve, sep } from 'node:path'
import { BUILT_IN_PACK_IDS, getBuiltInPack } from '@tiendo/packs'
import type { ExtendsContext } from '@tiendo/rules'
import type { LocalizedText } from '@tiendo/schema'
import { closestId } from '@tiendo/schema/internal'
import {
  builtInId,
  type LoadedPack,
  loadPackInput,
  PACK_HINT,
  parsePackText,
  resolveAndCompile,
} from '../pack/load-pack'
import type { PackInput } from '../run/options'
import { PipelineError } from '../run/pipeline-error'

/**
 * Loads a pack: a built-in id (`ninh-thuan`), a pack object, a pack file's text, or the path
 * of a JSON pack file (relative to `cwd`, which defaults to `process.cwd()`), whose `extends`
 * may name a built-in id or a path relative to the file. A pack that cannot be read, is not
 * JSON, or fails validation throws a {@link PipelineError} with every problem located by file
 * and JSON Pointer.
 */
export async function loadPack(
  input: PackInput | undefined,
  cwd: string = process.cwd(),
): Promise<LoadedPack> {
  if (input === undefined) {
    throw new PipelineError(
      'pack_missing',
      { vi: 'Chưa chỉ ra bộ quy tắc.', en: 'No pack was given.' },
      {
        vi: `Chỉ ra bộ quy tắc: \`--pack ninh-thuan\` (dựng sẵn: ${BUILT_IN_PACK_IDS.join(', ')}) hoặc \`--pack tinh.pack.json\`.`,
        en: `Name the pack: \`--pack ninh-thuan\` (built-in: ${BUILT_IN_PACK_IDS.join(', ')}) or \`--pack province.pack.json\`.`,
      },
    )
  }
  if (typeof input !== 'string' || builtInId(input) !== undefined) return loadPackInput(input)
  const ref = input
  const path = resolve(cwd, ref)
  if (!isJsonFile(path)) {
    const why = looksLikeId(ref) ? notBuiltIn(ref) : NOT_JSON_FILE
    throw refused(packFileText(ref, why), 'pack_not_found')
  }
  const parsed = await readPackFile(path, ref)
  // `extends` of packs from elsewhere may only reach files beside the pack given, or below it.
  const folder = await realpath(dirname(path))
  return resolveFile(parsed, ref, { name: shownPath(cwd, path), folder }, cwd)
}

/** A refusal of the pack, with the pack hint. */
function refused(text: LocalizedText, code: 'pack_not_found' | 'pack_extends_refused') {
  return new PipelineError(code, text, PACK_HINT)
}

/** The pack given on the command line when it is a file: its name in messages, its folder. */
interface PackFile {
  readonly name: string
  readonly folder: string
}

function resolveFile(input: unknown, ref: string, file: PackFile, cwd: string) {
  return resolveAndCompile(input, ref, {
    ref: file.name,
    resolveRef: (extendsRef, from) => confine(extendsRef, from, file, cwd),
    load: async (name) => {
      const id = builtInId(name)
      if (id) return getBuiltInPack(id)
      const path = resolve(cwd, name)
      // A symbolic link inside the folder may point out of it: check where it really is.
      const real = await realpath(path).catch(() => path)
      if (!inside(file.folder, real)) {
        throw refused(outsideFolder(shownPath(cwd, file.folder)), 'pack_extends_refused')
      }
      return readPackFile(path, name)
    },
  })
}

/**
 * The name of the pack an `extends` points at: a built-in id, or a `.json` file resolved
 * against the folder of the pack naming it, inside the folder of the pack given. Anything
 * else (an absolute path, a URL, `../` out of the folder) is refused, never read.
 */
function confine(extendsRef: string, from: ExtendsContext, file: PackFile, cwd: string): string {
  const id = builtInId(extendsRef)
  if (id) return id
  const refuse = (why: LocalizedText) => new PipelineError('pack_extends_refused', why)
  if (isAbsolute(extendsRef) || /^[a-zA-Z]:[\\/]/.test(extendsRef) || extendsRef.startsWith('\\')) {
    throw refuse(ABSOLUTE)
  }
  if (/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(extendsRef)) throw refuse(URL_REF)
  if (from.ref === undefined || builtInId(from.ref)) throw refuse(FROM_BUILT_IN)
  const path = resolve(cwd, dirname(from.ref), extendsRef)
  if (!inside(file.folder, path) && !inside(dirname(resolve(cwd, file.name)), path)) {
    throw refuse(outsideFolder(shownPath(cwd, file.folder)))
  }
  if (!isJsonFile(path))
    throw refuse(looksLikeId(extendsRef) ? notBuiltIn(extendsRef) : NOT_JSON_FILE)
  return shownPath(cwd, path)
}

/** Whether `path` is `folder` or below it. */
function inside(folder: string, path: string): boolean {
  const rest = relative(folder, path)
  return rest === '' || (rest !== '..' && !rest.startsWith(`..${sep}`) && !isAbsolute(rest))
}

/** A path as the user would write it: relative to the working folder when under it. */
function shownPath(cwd: string, path: string): string {
  const rest = relative(cwd, path)
  return rest !== '' && inside(cwd, path) ? rest : path
}

const isJsonFile = (path: string) => extname(path).toLowerCase() === '.json'

/** The largest pack file read: packs are small; a bigger file is a mistake or an attack. */
export const MAX_PACK_FILE_BYTES = 10 * 1024 * 1024

const ABSOLUTE: LocalizedText = {
  vi: 'đó là đường dẫn tuyệt đối; `extends` chỉ nhận mã bộ dựng sẵn hoặc đường dẫn tương đối tới tệp .json trong thư mục của bộ quy tắc',
  en: "it is an absolute path; `extends` takes a built-in id or a relative path to a .json file in the pack's folder",
}
const URL_REF: LocalizedText = {
  vi: 'đó là một URL; Tiendo không bao giờ tải bộ quy tắc qua mạng — tải tệp về cạnh bộ quy tắc rồi ghi đường dẫn tương đối',
  en: 'it is a URL; Tiendo never fetches packs — download the file beside the pack and give its relative path',
}
const FROM_BUILT_IN: LocalizedText = {
  vi: 'bộ quy tắc dựng sẵn chỉ kế thừa bộ dựng sẵn',
  en: 'a built-in pack extends built-in packs only',
}
const NOT_JSON_FILE: LocalizedText = {
  vi: 'chỉ đọc tệp bộ quy tắc có đuôi .json',
  en: 'only pack files ending in .json are read',
}
/** A name without a folder or an extension (`vn-nationl`): meant as a built-in pack's id. */
const looksLikeId = (ref: string) => /^[a-z0-9][a-z0-9_-]*$/i.test(ref)

const notBuiltIn = (ref: string): LocalizedText => {
  const known = BUILT_IN_PACK_IDS.map((id) => `\`${id}\``).join(', ')
  const near = closestId(ref, BUILT_IN_PACK_IDS)
  return {
    vi: `không có bộ quy tắc dựng sẵn nào tên \`${ref}\`${near === undefined ? '' : ` (có phải \`${near}\`?)`}; bộ dựng sẵn: ${known}`,
    en: `no built-in pack is called \`${ref}\`${near === undefined ? '' : ` (did you mean \`${near}\`?)`}; the built-in packs are ${known}`,
  }
}
const outsideFolder = (folder: string): LocalizedText => ({
  vi: `đường dẫn trỏ ra ngoài thư mục của bộ quy tắc đã cho (${folder}); \`extends\` chỉ đọc tệp trong thư mục đó hoặc thư mục con`,
  en: `it points outside the folder of the pack given (${folder}); \`extends\` reads files in that folder or below it only`,
})

/** `The pack x: reason.` */
const packFileText = (shown: string, why: LocalizedText): LocalizedText => ({
  vi: `Không dùng được bộ quy tắc \`${shown}\`: ${why.vi}.`,
  en: `Cannot use the pack \`${shown}\`: ${why.en}.`,
})

/**
 * Reads and parses a pack file, or stops with where it is broken. A file that is not JSON
 * is described by line, column and what was expected there, never quoted: an `extends` may
 * have named a file that is not the user's to show.
 */
async function readPackFile(path: string, shown: string): Promise<unknown> {
  let text: string
  try {
    const info = await stat(path)
    if (info.isDirectory()) {
      throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' })
    }
    if (info.size > MAX_PACK_FILE_BYTES) {
      throw new PipelineError(
        'pack_unreadable',
        packFileText(shown, {
          vi: `tệp nặng ${info.size} byte, vượt giới hạn 10 MB (${MAX_PACK_FILE_BYTES} byte) của tệp bộ quy tắc`,
          en: `the file is ${info.size} bytes, over the 10 MB limit of pack files (${MAX_PACK_FILE_BYTES} bytes)`,
        }),
        {
          vi: 'Một bộ quy tắc chỉ vài trăm KB; kiểm tra đã chỉ đúng tệp chưa, hoặc tách bộ quy tắc thành nhiều tệp bằng `extends`.',
          en: 'A pack is a few hundred KB at most; check this is the right file, or split the pack in files with `extends`.',
        },
      )
    }
    text = await readFile(path, 'utf8')
  } catch (error) {
    if (error instanceof PipelineError) throw error
    const code = (error as { code?: unknown }).code
    const missing = code === 'ENOENT'
    throw new PipelineError(
      missing ? 'pack_not_found' : 'pack_unreadable',
      missing
        ? {
            vi: `Không tìm thấy bộ quy tắc \`${shown}\` (${path}).`,
            en: `The pack \`${shown}\` was not found (${path}).`,
          }
        : {
            vi: `Không đọc được bộ quy tắc \`${shown}\`: ${String(code ?? error)}.`,
            en: `Cannot read the pack \`${shown}\`: ${String(code ?? error)}.`,
          },
      PACK_HINT,
    )
  }
  return parsePackText(text, shown)
}
