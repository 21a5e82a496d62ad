/**
 * Loading the pack of a run: a built-in id, a pack object or a pack file's text, resolved
 * (`extends` merged) and compiled, or a {@link PipelineError} that locates every problem.
 */

import { englishCount } from '@tiendo/io/internal'
import type { DuplicateJsonKey } from '@tiendo/io/parse'
import { findDuplicateJsonKey, locateJsonSyntaxError } from '@tiendo/io/parse'
import { BUILT_IN_PACK_IDS, getBuiltInPack, includeCommunes, isBuiltInPackId } from '@tiendo/packs'
import type { CompiledPack, ResolveOptions } from '@tiendo/rules'
import { compilePack, resolvePack } from '@tiendo/rules'
import { locateIssueInPackFiles } from '@tiendo/rules/internal'
import type { LocalizedText, Pack, TiendoIssue } from '@tiendo/schema'
import type { PackInput } from '../run/options'
import { PipelineError } from '../run/pipeline-error'
import { withNameHints } from './name-hints'

/** A pack ready to use: resolved (its `extends` merged) and compiled. */
export interface LoadedPack {
  readonly pack: Pack
  readonly compiled: CompiledPack
  /** The ids of the packs merged, from the one given to the root. */
  readonly chain: readonly string[]
}

/** `@tiendo/packs/packs/ninh-thuan.json`, the package path of a built-in pack. */
const PACKAGE_PATH = /^@tiendo\/packs\/packs\/([a-z0-9-]+)\.json$/

/** The built-in id a reference names (`ninh-thuan`, or its package path), if any. @internal */
export function builtInId(ref: string): string | undefined {
  if (isBuiltInPackId(ref)) return ref
  const match = PACKAGE_PATH.exec(ref)
  return match && isBuiltInPackId(match[1]!) ? match[1] : undefined
}

/** The hint for a pack that cannot be used. @internal */
export const PACK_HINT: LocalizedText = {
  vi: `Dùng mã bộ dựng sẵn (${BUILT_IN_PACK_IDS.join(', ')}) hoặc đường dẫn tới tệp .json; \`extends\` tương đối theo thư mục của tệp và không ra ngoài thư mục của bộ quy tắc đã cho.`,
  en: `Use a built-in id (${BUILT_IN_PACK_IDS.join(', ')}) or the path of a .json file; a relative \`extends\` is relative to the file's folder and stays inside the folder of the pack given.`,
}

/**
 * Loads a pack given in memory: a built-in id, a pack object, or a pack file's text with its
 * name. An `extends` may name built-in packs only (nothing is fetched). Browser-safe; the
 * Node entry also reads pack files.
 */
export async function loadPackInput(input: PackInput): Promise<LoadedPack> {
  if (typeof input === 'string') {
    const id = builtInId(input)
    if (id === undefined) {
      throw new PipelineError(
        'pack_not_found',
        {
          vi: `\`${input}\` không phải mã một bộ quy tắc dựng sẵn.`,
          en: `\`${input}\` is not the id of a built-in pack.`,
        },
        {
          vi: `Dùng ${BUILT_IN_PACK_IDS.join(', ')}, hoặc đưa nội dung tệp bộ quy tắc ({ name, text }); trong Node, đường dẫn tới tệp .json.`,
          en: `Use ${BUILT_IN_PACK_IDS.join(', ')}, or give the pack file's content ({ name, text }); in Node, the path of a .json file.`,
        },
      )
    }
    return resolveAndCompile(getBuiltInPack(id), input, { load: builtInOnly })
  }
  if ('text' in input && typeof input.text === 'string' && !('id' in input)) {
    return resolveAndCompile(parsePackText(input.text, input.name), input.name, {
      ref: input.name,
      load: builtInOnly,
    })
  }
  return resolveAndCompile(input, (input as Pack).id ?? 'pack', { load: builtInOnly })
}

/** An `extends` of a pack given in memory: built-in packs only. */
async function builtInOnly(ref: string): Promise<Pack> {
  const id = builtInId(ref)
  if (id !== undefined) return getBuiltInPack(id)
  throw new PipelineError(
    'pack_extends_refused',
    {
      vi: `\`extends: "${ref}"\`: bộ quy tắc đưa trực tiếp chỉ kế thừa được bộ dựng sẵn.`,
      en: `\`extends: "${ref}"\`: a pack given in memory extends built-in packs only.`,
    },
    PACK_HINT,
  )
}

/** Resolves and compiles a pack, or throws a {@link PipelineError} locating every problem. @internal */
export async function resolveAndCompile(
  input: unknown,
  ref: string,
  options: ResolveOptions,
): Promise<LoadedPack> {
  const resolved = await resolvePack(input, options)
  if (!resolved.ok) throw invalidPack(ref, await withNameHints(input, resolved.issues, options))
  // The bundled communes the pack names (its own choice, not inherited) join its units.
  const withCommunes = includeCommunes(resolved.pack, options.ref)
  if (withCommunes.issues.length > 0) throw invalidPack(ref, withCommunes.issues)
  const pack = withCommunes.pack
  const compiled = compilePack(pack)
  if (!compiled.ok) {
    // Compiling sees the merged pack: point each problem back at the file that wrote the item.
    const located = compiled.issues.map((issue) => locateIssueInPackFiles(resolved.origins, issue))
    throw invalidPack(ref, located)
  }
  return { pack, compiled: compiled.pack, chain: resolved.chain }
}

/**
 * A pack file's text parsed, or a {@link PipelineError} that says where it is broken: by
 * line, column and what was expected there, never quoting the text. @internal
 */
export function parsePackText(text: string, shown: string): unknown {
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  let parsed: unknown
  try {
    parsed = JSON.parse(json)
  } catch {
    const found = locateJsonSyntaxError(json)
    const where = found ? `:${found.line}:${found.column}` : ''
    const expected = found
      ? { vi: `: cần ${found.expected.vi} ở đó`, en: `: expected ${found.expected.en} there` }
      : { vi: '', en: '' }
    throw new PipelineError(
      'pack_not_json',
      {
        vi: `Bộ quy tắc ${shown}${where} không phải JSON hợp lệ${expected.vi}.`,
        en: `The pack ${shown}${where} is not valid JSON${expected.en}.`,
      },
      found?.comment === true
        ? {
            vi: 'JSON không có chú thích: xóa chú thích `//` hay `/* … */`. Lời giải thích cho người đọc ghi vào trường `description` của bộ quy tắc, chỉ tiêu hay quy tắc.',
            en: 'JSON has no comments: remove the `//` or `/* … */` comment. Notes for readers go in the `description` field of the pack, an indicator or a rule.',
          }
        : {
            vi: 'Sửa cú pháp JSON ở vị trí đó (dấu phẩy, ngoặc, dấu nháy kép). `tiendo schema pack` in JSON Schema để trình soạn thảo kiểm tra.',
            en: 'Fix the JSON syntax there (commas, brackets, double quotes). `tiendo schema pack` prints a JSON Schema an editor can check against.',
          },
    )
  }
  const duplicate = findDuplicateJsonKey(json)
  if (duplicate !== undefined) throw duplicateKey(shown, duplicate)
  return parsed
}

/**
 * A key written twice in one object: JSON readers keep the last, a reviewer reads the first,
 * so an untrusted pack could show one value and use another. Refused, as in data files.
 */
function duplicateKey(shown: string, duplicate: DuplicateJsonKey): PipelineError {
  const { pointer, line, column, firstLine } = duplicate
  // Quoted with its escapes, and cut: a hostile key may hold anything, at any length.
  const key = JSON.stringify(
    duplicate.key.length > 60 ? `${duplicate.key.slice(0, 60)}…` : duplicate.key,
  )
  return new PipelineError(
    'pack_duplicate_key',
    {
      vi: `Bộ quy tắc ${shown}:${line}:${column} ghi khóa ${key} hai lần trong cùng một đối tượng (${pointer}; lần đầu ở dòng ${firstLine}).`,
      en: `The pack ${shown}:${line}:${column} writes the key ${key} twice in one object (${pointer}; first on line ${firstLine}).`,
    },
    {
      vi: 'Xóa một trong hai. Tiendo không chọn giúp: người đọc thấy giá trị đầu, còn chương trình JSON dùng giá trị sau.',
      en: 'Remove one of the two. Tiendo does not pick one: a reader sees the first value, JSON programs use the last.',
    },
  )
}

/** Every problem of a pack, one a line, with file and JSON Pointer. @internal */
export function invalidPack(ref: string, issues: readonly TiendoIssue[]): PipelineError {
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
  return new PipelineError(
    'pack_invalid',
    {
      vi: `Bộ quy tắc \`${ref}\` không hợp lệ (${issues.length} lỗi):${lines('vi')}`,
      en: `The pack \`${ref}\` is not valid (${englishCount(issues.length, 'problem')}):${lines('en')}`,
    },
    {
      vi: 'Sửa từng chỗ theo đường dẫn JSON Pointer; `tiendo schema pack --output pack.schema.json` giúp trình soạn thảo kiểm tra.',
      en: 'Fix each place by its JSON Pointer path; `tiendo schema pack --output pack.schema.json` lets an editor check the file.',
    },
    issues,
  )
}
