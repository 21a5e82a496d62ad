import { readFile, realpath, stat } from 'node:fs/promises'
import { dirname, extname, isAbsolute, relative, resolve, sep } from 'node:path'
import { locateJsonSyntaxError } from '@tiendo/io'
import { BUILT_IN_PACK_IDS, getBuiltInPack, isBuiltInPackId } from '@tiendo/packs'
import type { CompiledPack, ExtendsContext } from '@tiendo/rules'
import { compilePack, locateIssueInPackFiles, resolvePack } from '@tiendo/rules'
import type { LocalizedText, Pack, TiendoIssue } from '@tiendo/schema'
import { CliError } from '../cli-error'

/** A pack ready to use: resolved (its `extends` merged) and compiled. */
export interface LoadedPack {
  readonly pack: Pack
  readonly compiled: CompiledPack
  /** The ids of the packs merged, from the one given to the root. */
  readonly chain: readonly string[]
}

/** `@tiendo/packs/packs/ninh-thuan.json`, the package path of a built-in pack. */
const PACKAGE_PATH = /^@tiendo\/packs\/packs\/([a-z0-9-]+)\.json$/

/**
 * Loads `--pack`: a built-in id (`ninh-thuan`) or the path of a JSON pack file, whose
 * `extends` may name a built-in id or a path relative to the file. A pack that cannot be
 * read, is not JSON, or fails validation stops the command (exit code 2) with every problem
 * located by file and JSON Pointer.
 */
export async function loadPack(ref: string | undefined, cwd: string): Promise<LoadedPack> {
  if (ref === undefined) {
    throw new CliError(
      { vi: 'Thiếu `--pack`.', en: '`--pack` is missing.' },
      {
        vi: `Chỉ ra bộ quy tắc: \`--pack ninh-thuan\` (dựng sẵn: ${BUILT_IN_PACK_IDS.join(', ')}) hoặc \`--pack tinh.pack.json\`.`,
        en: `Name the pack: \`--pack ninh-thuan\` (built-in: ${BUILT_IN_PACK_IDS.join(', ')}) or \`--pack province.pack.json\`.`,
      },
    )
  }
  const builtIn = builtInId(ref)
  if (builtIn) return resolveAndCompile(getBuiltInPack(builtIn), ref, undefined, cwd)
  const path = resolve(cwd, ref)
  if (!isJsonFile(path)) throw new CliError(packFileText(ref, NOT_JSON_FILE), PACK_HINT)
  const input = await readPackFile(path, ref)
  // `extends` of packs from elsewhere may only reach files beside the pack given, or below it.
  const folder = await realpath(dirname(path))
  return resolveAndCompile(input, ref, { name: shownPath(cwd, path), folder }, cwd)
}

/** The pack given on the command line when it is a file: its name in messages, its folder. */
interface PackFile {
  readonly name: string
  readonly folder: string
}

async function resolveAndCompile(
  input: unknown,
  ref: string,
  file: PackFile | undefined,
  cwd: string,
): Promise<LoadedPack> {
  const resolved = await resolvePack(input, {
    ref: file?.name,
    resolveRef: (extendsRef, from) => confine(extendsRef, from, file, cwd),
    load: async (name) => {
      const id = builtInId(name)
      if (id) return getBuiltInPack(id)
      const path = resolve(cwd, name)
      // A symbolic link inside the folder may point out of it: check where it really is.
      const real = await realpath(path).catch(() => path)
      if (file !== undefined && !inside(file.folder, real)) {
        throw new CliError(outsideFolder(shownPath(cwd, file.folder)))
      }
      return readPackFile(path, name)
    },
  })
  if (!resolved.ok) throw invalidPack(ref, resolved.issues)
  const compiled = compilePack(resolved.pack)
  if (!compiled.ok) {
    // Compiling sees the merged pack: point each problem back at the file that wrote the item.
    const located = compiled.issues.map((issue) => locateIssueInPackFiles(resolved.origins, issue))
    throw invalidPack(ref, located)
  }
  return { pack: resolved.pack, compiled: compiled.pack, chain: resolved.chain }
}

/**
 * The name of the pack an `extends` points at: a built-in id, or a `.json` file resolved
 * against the folder of the pack naming it, inside the folder of the pack given. Anything
 * else (an absolute path, a URL, `../` out of the folder) is refused, never read.
 */
function confine(
  extendsRef: string,
  from: ExtendsContext,
  file: PackFile | undefined,
  cwd: string,
): string {
  const id = builtInId(extendsRef)
  if (id) return id
  if (isAbsolute(extendsRef) || /^[a-zA-Z]:[\\/]/.test(extendsRef) || extendsRef.startsWith('\\')) {
    throw new CliError(ABSOLUTE)
  }
  if (/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(extendsRef)) throw new CliError(URL_REF)
  if (file === undefined || from.ref === undefined || builtInId(from.ref)) {
    throw new CliError(FROM_BUILT_IN)
  }
  const path = resolve(cwd, dirname(from.ref), extendsRef)
  if (!inside(file.folder, path) && !inside(dirname(resolve(cwd, file.name)), path)) {
    throw new CliError(outsideFolder(shownPath(cwd, file.folder)))
  }
  if (!isJsonFile(path)) throw new CliError(NOT_JSON_FILE)
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
const outsideFolder = (folder: string): LocalizedText => ({
  vi: `đường dẫn trỏ ra ngoài thư mục của bộ quy tắc đã cho (${folder}); \`extends\` chỉ đọc tệp trong thư mục đó hoặc thư mục con`,
  en: `it points outside the folder of the pack given (${folder}); \`extends\` reads files in that folder or below it only`,
})

const PACK_HINT: LocalizedText = {
  vi: `Dùng mã bộ dựng sẵn (${BUILT_IN_PACK_IDS.join(', ')}) hoặc đường dẫn tới tệp .json; \`extends\` tương đối theo thư mục của tệp và không ra ngoài thư mục của bộ quy tắc đã cho.`,
  en: `Use a built-in id (${BUILT_IN_PACK_IDS.join(', ')}) or the path of a .json file; a relative \`extends\` is relative to the file's folder and stays inside the folder of the pack given.`,
}

/** `The pack x: reason.` */
const packFileText = (shown: string, why: LocalizedText): LocalizedText => ({
  vi: `Không dùng được bộ quy tắc \`${shown}\`: ${why.vi}.`,
  en: `Cannot use the pack \`${shown}\`: ${why.en}.`,
})

function builtInId(ref: string): string | undefined {
  if (isBuiltInPackId(ref)) return ref
  const match = PACKAGE_PATH.exec(ref)
  return match && isBuiltInPackId(match[1]!) ? match[1] : undefined
}

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
      throw new CliError(
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
    if (error instanceof CliError) throw error
    const code = (error as { code?: unknown }).code
    const missing = code === 'ENOENT'
    throw new CliError(
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
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  try {
    return JSON.parse(json)
  } catch {
    const found = locateJsonSyntaxError(json)
    const where = found ? `:${found.line}:${found.column}` : ''
    const expected = found
      ? { vi: `: cần ${found.expected.vi} ở đó`, en: `: expected ${found.expected.en} there` }
      : { vi: '', en: '' }
    throw new CliError(
      {
        vi: `Bộ quy tắc ${shown}${where} không phải JSON hợp lệ${expected.vi}.`,
        en: `The pack ${shown}${where} is not valid JSON${expected.en}.`,
      },
      {
        vi: 'Sửa cú pháp JSON ở vị trí đó (dấu phẩy, ngoặc, dấu nháy kép). `tiendo schema pack` in JSON Schema để trình soạn thảo kiểm tra.',
        en: 'Fix the JSON syntax there (commas, brackets, double quotes). `tiendo schema pack` prints a JSON Schema an editor can check against.',
      },
    )
  }
}

/** Every problem of a pack, one a line, with file and JSON Pointer. */
function invalidPack(ref: string, issues: readonly TiendoIssue[]): CliError {
  const shown = issues.slice(0, 20)
  const more = issues.length - shown.length
  const lines = (lang: 'vi' | 'en') =>
    shown
      .map((issue) => {
        const where = [issue.location?.file ?? ref, issue.location?.path].filter(Boolean).join(' ')
        const hint = issue.hint ? ` (${issue.hint[lang]})` : ''
        return `\n  ${where}: ${issue.message[lang]}${hint}`
      })
      .join('') +
    (more > 0 ? (lang === 'vi' ? `\n  … và ${more} lỗi nữa` : `\n  … and ${more} more`) : '')
  return new CliError(
    {
      vi: `Bộ quy tắc \`${ref}\` không hợp lệ (${issues.length} lỗi):${lines('vi')}`,
      en: `The pack \`${ref}\` is not valid (${issues.length} ${issues.length === 1 ? 'problem' : 'problems'}):${lines('en')}`,
    },
    {
      vi: 'Sửa từng chỗ theo đường dẫn JSON Pointer; `tiendo schema pack --output pack.schema.json` giúp trình soạn thảo kiểm tra.',
      en: 'Fix each place by its JSON Pointer path; `tiendo schema pack --output pack.schema.json` lets an editor check the file.',
    },
  )
}
