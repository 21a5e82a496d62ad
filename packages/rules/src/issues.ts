import type { LocalizedText, SourceLocation, TiendoIssue } from '@tiendo/schema'
import { formatPath, toJsonPointer } from '@tiendo/schema'
import { MEASURE_WORDS } from '@tiendo/schema/internal'

/** A path into a pack: `['rules', 3, 'conditions', 'all', 0, 'fact']`. */
export type PackPath = readonly (string | number)[]

/** What a message needs: the field (human form) and the details of the problem. */
interface Details {
  readonly field: string
  readonly [key: string]: unknown
}

type Wording = (d: Details) => { message: LocalizedText; hint: LocalizedText }

const q = (value: unknown) => `\`${String(value)}\``
const list = (values: unknown) =>
  Array.isArray(values) ? values.map((v) => `\`${String(v)}\``).join(', ') : ''
const fieldVi = (d: Details) => (d.field === '' ? 'Gói quy tắc' : `Trường \`${d.field}\``)
const fieldEn = (d: Details) => (d.field === '' ? 'The pack' : `Field \`${d.field}\``)

/**
 * The codes of the problems `@tiendo/rules` finds in a pack, as a list (`unknown_indicator`
 * among them, which is also a row's problem).
 */
export const PACK_PROBLEM_CODES = [
  'unknown_fact',
  'unknown_operator',
  'unsafe_operator',
  'operator_fact_type',
  'operator_value',
  'path_not_allowed',
  'unknown_param',
  'param_required',
  'param_type',
  'unknown_indicator',
  'ratio_without_parts',
  'carry_needs',
  'unknown_composite_index',
  'unknown_target',
  'unknown_unit_ref',
  'unknown_successor',
  'unknown_unit_kind',
  'target_indicator',
  'target_out_of_bounds',
  'target_not_whole',
  'indicator_direction',
  'unknown_placeholder',
  'template_params',
  'too_many_rules',
  'too_many_conditions',
  'condition_depth',
  'pack_not_resolved',
  'extends_cycle',
  'extends_depth',
  'extends_load',
  'remove_unknown',
  'no_periods',
  'no_scopes',
] as const satisfies readonly PackProblemCode[]

/** The codes of the problems `@tiendo/rules` finds in a pack. Stable: tools key on them. */
export type PackProblemCode =
  | 'unknown_fact'
  | 'unknown_operator'
  | 'unsafe_operator'
  | 'operator_fact_type'
  | 'operator_value'
  | 'path_not_allowed'
  | 'unknown_param'
  | 'param_required'
  | 'param_type'
  | 'unknown_indicator'
  | 'ratio_without_parts'
  | 'carry_needs'
  | 'unknown_composite_index'
  | 'unknown_target'
  | 'unknown_unit_ref'
  | 'unknown_successor'
  | 'unknown_unit_kind'
  | 'target_indicator'
  | 'target_out_of_bounds'
  | 'target_not_whole'
  | 'indicator_direction'
  | 'unknown_placeholder'
  | 'template_params'
  | 'too_many_rules'
  | 'too_many_conditions'
  | 'condition_depth'
  | 'pack_not_resolved'
  | 'extends_cycle'
  | 'extends_depth'
  | 'extends_load'
  | 'remove_unknown'
  | 'no_periods'
  | 'no_scopes'

// Compile-time check that the list names every code.
const _listNamesEveryCode: Exclude<
  PackProblemCode,
  (typeof PACK_PROBLEM_CODES)[number]
> extends never
  ? true
  : never = true
void _listNamesEveryCode

/**
 * The problems `@tiendo/rules` finds in a pack, by stable code, worded in both languages
 * with a hint on how to fix each.
 */
const WORDINGS = {
  unknown_fact: (d) => ({
    message: {
      vi: `${fieldVi(d)} dùng dữ kiện không tồn tại ${q(d.fact)}.`,
      en: `${fieldEn(d)} names an unknown fact ${q(d.fact)}.`,
    },
    hint: {
      vi: `Dùng một trong các dữ kiện: ${list(d.known)}.`,
      en: `Use one of the facts: ${list(d.known)}.`,
    },
  }),
  unknown_operator: (d) => ({
    message: {
      vi: `${fieldVi(d)} dùng toán tử không tồn tại ${q(d.operator)}.`,
      en: `${fieldEn(d)} names an unknown operator ${q(d.operator)}.`,
    },
    hint: {
      vi: `Dùng một trong các toán tử: ${list(d.known)}.`,
      en: `Use one of the operators: ${list(d.known)}.`,
    },
  }),
  unsafe_operator: (d) => ({
    message: {
      vi: `${fieldVi(d)} dùng toán tử ${q(d.operator)}, vốn so sánh số thực của JavaScript nên không chính xác (0.1 + 0.2 > 0.3).`,
      en: `${fieldEn(d)} uses ${q(d.operator)}, which compares JavaScript floating-point numbers inexactly (0.1 + 0.2 > 0.3).`,
    },
    hint: { vi: `Dùng ${q(d.use)} thay thế.`, en: `Use ${q(d.use)} instead.` },
  }),
  operator_fact_type: (d) => ({
    message: {
      vi: `${fieldVi(d)}: toán tử ${q(d.operator)} không so sánh được dữ kiện ${q(d.fact)} (giá trị kiểu ${d.returns}).`,
      en: `${fieldEn(d)}: operator ${q(d.operator)} cannot compare fact ${q(d.fact)} (its value is ${d.returns}).`,
    },
    hint: {
      vi: 'Số thập phân so sánh bằng `decimalEq`, `decimalGte`…; văn bản và giá trị đúng/sai bằng `equal`, `notEqual`, `in`, `notIn`.',
      en: 'Compare decimals with `decimalEq`, `decimalGte`…; text and booleans with `equal`, `notEqual`, `in`, `notIn`.',
    },
  }),
  operator_value: (d) => ({
    message: {
      vi: `${fieldVi(d)} không phải giá trị mà toán tử ${q(d.operator)} cần (${d.expected_vi}).`,
      en: `${fieldEn(d)} is not the value operator ${q(d.operator)} needs (${d.expected_en}).`,
    },
    hint: {
      vi: 'Viết số thập phân dạng chuỗi như `"20"`, cặp `["0", "100"]` cho `decimalBetween`, danh sách cho `in`/`notIn`, hoặc `{ "fact": … }`.',
      en: 'Write decimals as strings such as `"20"`, a pair `["0", "100"]` for `decimalBetween`, a list for `in`/`notIn`, or `{ "fact": … }`.',
    },
  }),
  path_not_allowed: (d) => ({
    message: {
      vi: `${fieldVi(d)}: dữ kiện ${q(d.fact)} không phải đối tượng nên không có \`path\`.`,
      en: `${fieldEn(d)}: fact ${q(d.fact)} is not an object, so it takes no \`path\`.`,
    },
    hint: {
      vi: `Bỏ \`path\`; chỉ các dữ kiện ${list(d.objects)} mới có thuộc tính để chọn.`,
      en: `Remove \`path\`; only the facts ${list(d.objects)} have properties to pick.`,
    },
  }),
  unknown_param: (d) => ({
    message: {
      vi: `${fieldVi(d)} không phải tham số của ${d.owner}.`,
      en: `${fieldEn(d)} is not a parameter of ${d.owner}.`,
    },
    hint: {
      vi: `Tham số dùng được: ${list(d.known)}.`,
      en: `Parameters it takes: ${list(d.known)}.`,
    },
  }),
  param_required: (d) => ({
    message: {
      vi: `${fieldVi(d)} là bắt buộc với ${d.owner}.`,
      en: `${fieldEn(d)} is required by ${d.owner}.`,
    },
    hint: { vi: `Thêm ${q(d.name)}: ${d.expected_vi}.`, en: `Add ${q(d.name)}: ${d.expected_en}.` },
  }),
  param_type: (d) => ({
    message: {
      vi: `${fieldVi(d)} phải là ${d.expected_vi}.`,
      en: `${fieldEn(d)} must be ${d.expected_en}.`,
    },
    hint: {
      vi: `Sửa giá trị của ${q(d.name)} thành ${d.expected_vi}.`,
      en: `Change ${q(d.name)} to ${d.expected_en}.`,
    },
  }),
  unknown_indicator: (d) => ({
    message: {
      vi: `${fieldVi(d)} dùng chỉ tiêu ${q(d.indicator)} không có trong gói.`,
      en: `${fieldEn(d)} names indicator ${q(d.indicator)}, which the pack does not define.`,
    },
    hint: {
      vi: 'Khai báo chỉ tiêu trong `indicators` của gói (hoặc gói mà nó kế thừa), hoặc sửa lỗi chính tả.',
      en: 'Declare the indicator under `indicators` in the pack (or a pack it extends), or fix the spelling.',
    },
  }),
  ratio_without_parts: (d) => ({
    message: {
      vi: `${fieldVi(d)}: chỉ tiêu ${q(d.indicator)} tổng hợp theo \`ratio_of_sums\` (cộng tử số và mẫu số) nhưng không khai báo tử số và mẫu số.`,
      en: `${fieldEn(d)}: indicator ${q(d.indicator)} aggregates by \`ratio_of_sums\` (adding numerators and denominators) but declares neither.`,
    },
    hint: {
      vi: 'Thêm `"derivation": { "kind": "ratio", "numerator": "…", "denominator": "…", "factor": "100" }` với hai chỉ tiêu đếm của gói; hoặc dùng `"aggregation": { "method": "none" }` nếu không tổng hợp được một cách trung thực (không bao giờ lấy trung bình các tỷ lệ).',
      en: 'Add `"derivation": { "kind": "ratio", "numerator": "…", "denominator": "…", "factor": "100" }` naming two count indicators of the pack; or use `"aggregation": { "method": "none" }` where nothing honest aggregates (rates are never averaged).',
    },
  }),
  carry_needs: (d) => ({
    message: {
      vi: `${fieldVi(d)}: quy tắc ghép ${q(d.rule)} của chỉ tiêu ${q(d.indicator)} cần ${d.needs_vi}.`,
      en: `${fieldEn(d)}: the carry rule ${q(d.rule)} of indicator ${q(d.indicator)} needs ${d.needs_en}.`,
    },
    hint: {
      vi: 'Khai báo phần còn thiếu, hoặc chọn quy tắc ghép khác (`sum`, `mean`, `refuse`…).',
      en: 'Declare what is missing, or choose another carry rule (`sum`, `mean`, `refuse`…).',
    },
  }),
  unknown_composite_index: (d) => ({
    message: {
      vi: `${fieldVi(d)} nêu chỉ số thành phần ${q(d.index)} không có trong \`indices\` của chỉ số tổng hợp.`,
      en: `${fieldEn(d)} names the index ${q(d.index)}, which the composite's \`indices\` do not define.`,
    },
    hint: {
      vi: 'Dùng `id` của một chỉ số trong `indices`, hoặc sửa lỗi chính tả.',
      en: 'Use the `id` of one of the `indices`, or fix the spelling.',
    },
  }),
  unknown_target: (d) => ({
    message: {
      vi: `${fieldVi(d)} dùng mục tiêu ${q(d.target)} không có trong gói.`,
      en: `${fieldEn(d)} names target ${q(d.target)}, which the pack does not define.`,
    },
    hint: {
      vi: 'Khai báo mục tiêu trong `targets` của gói, hoặc sửa lỗi chính tả.',
      en: 'Declare the target under `targets` in the pack, or fix the spelling.',
    },
  }),
  unknown_unit_ref: (d) => ({
    message: {
      vi: `${fieldVi(d)} nêu đơn vị ${q(d.ref)} không có trong gói.`,
      en: `${fieldEn(d)} names the unit ${q(d.ref)}, which the pack does not define.`,
    },
    hint: {
      vi: 'Sửa mã theo `tiendo units --pack …` (đơn vị mới sau sắp xếp ghi `mã@ngày bắt đầu hiệu lực`, ví dụ `56@2025-07-01`), hoặc khai báo đơn vị trong `units`.',
      en: 'Correct the code from `tiendo units --pack …` (a unit formed by a reorganisation is written `code@validity start`, e.g. `56@2025-07-01`), or declare the unit under `units`.',
    },
  }),
  unknown_successor: (d) => ({
    message: {
      vi: `${fieldVi(d)} nêu đơn vị kế thừa ${q(d.ref)}, nhưng không đơn vị nào của gói có mã đó${d.after ? ` và có hiệu lực từ ngày sau ${d.after}` : ''}.`,
      en: `${fieldEn(d)} names the successor ${q(d.ref)}, but no unit of the pack has that ${d.after ? `code and is valid the day after ${d.after}` : 'key'}.`,
    },
    hint: {
      vi: 'Ghi đơn vị kế thừa bằng `mã@ngày bắt đầu hiệu lực` (ví dụ `56@2025-07-01`) và khai báo đơn vị đó trong `units`; không có nó, chuỗi số liệu không được ghép sang đơn vị mới.',
      en: 'Name the successor by `code@validity start` (e.g. `56@2025-07-01`) and declare that unit under `units`; without it, no series is carried onto the new unit.',
    },
  }),
  unknown_unit_kind: (d) => ({
    message: {
      vi: `${fieldVi(d)} nêu loại đơn vị ${q(d.kind)}, nhưng không đơn vị nào của gói thuộc loại đó; có phải ${q(d.near)}?`,
      en: `${fieldEn(d)} names the unit kind ${q(d.kind)}, which no unit of the pack has; did you mean ${q(d.near)}?`,
    },
    hint: {
      vi: 'Sửa loại đơn vị theo `tiendo units --pack …` (cột loại); với loại sai, quy tắc hay mục tiêu không áp dụng cho đơn vị nào.',
      en: 'Correct the kind from `tiendo units --pack …` (the kind column); with a wrong kind the rule or target applies to no unit at all.',
    },
  }),
  target_indicator: (d) => ({
    message: {
      vi: `${fieldVi(d)}: mục tiêu ${q(d.target)} là của chỉ tiêu ${q(d.actual)}, không phải ${q(d.indicator)}.`,
      en: `${fieldEn(d)}: target ${q(d.target)} is set for indicator ${q(d.actual)}, not ${q(d.indicator)}.`,
    },
    hint: {
      vi: 'Chọn mục tiêu của đúng chỉ tiêu, hoặc bỏ `target` để dùng mục tiêu áp dụng.',
      en: 'Name a target of the same indicator, or drop `target` to use the one that applies.',
    },
  }),
  target_out_of_bounds: (d) => ({
    message:
      d.met === 'always'
        ? {
            vi: `${fieldVi(d)}: ${d.owner_vi} đặt ${q(d.asks)}, nhưng chỉ tiêu ${q(d.indicator)} chỉ nhận giá trị trong giới hạn [${d.min}, ${d.max}], nên giá trị nào cũng đạt mục tiêu.`,
            en: `${fieldEn(d)}: ${d.owner_en} asks for ${q(d.asks)}, but indicator ${q(d.indicator)} takes values within [${d.min}, ${d.max}] only, so every value meets it.`,
          }
        : {
            vi: `${fieldVi(d)}: ${d.owner_vi} đặt ${q(d.asks)}, nhưng chỉ tiêu ${q(d.indicator)} chỉ nhận giá trị trong giới hạn [${d.min}, ${d.max}], nên không giá trị nào đạt được mục tiêu.`,
            en: `${fieldEn(d)}: ${d.owner_en} asks for ${q(d.asks)}, but indicator ${q(d.indicator)} takes values within [${d.min}, ${d.max}] only, so no value meets it.`,
          },
    hint:
      d.met === 'always'
        ? {
            vi: 'Ghi mục tiêu theo đơn vị đo của chỉ tiêu (phần trăm ghi `80`, không ghi `0.8`) và chọn mức mà không phải giá trị nào cũng đạt, hoặc sửa `bounds` của chỉ tiêu. Nếu chỉ cần đánh giá xu hướng của chỉ tiêu thì bỏ nó đi.',
            en: 'Write the target in the indicator’s unit of measure (a percent as `80`, not `0.8`) at a level not every value meets, or correct the indicator’s `bounds`. To assess the indicator’s trend alone, remove it.',
          }
        : {
            vi: 'Ghi mục tiêu theo đơn vị đo của chỉ tiêu (phần trăm ghi `80`, không ghi `800`), chọn phép so sánh đạt được (`gte` 100, không phải `gt` 100, cho mức 100%), hoặc sửa `bounds` của chỉ tiêu.',
            en: 'Write the target in the indicator’s unit of measure (a percent as `80`, not `800`), choose a comparison that can be met (`gte` 100, not `gt` 100, for 100%), or correct the indicator’s `bounds`.',
          },
  }),
  target_not_whole: (d) => {
    const measure = MEASURE_WORDS[String(d.measure)]
    const takes = {
      vi: `chỉ tiêu ${q(d.indicator)} tính bằng số nguyên (${measure?.vi ?? d.measure})`,
      en: `indicator ${q(d.indicator)} takes whole numbers (${measure?.en ?? d.measure})`,
    }
    return d.thousands === undefined
      ? {
          message: {
            vi: `${fieldVi(d)}: ${d.owner_vi} đặt giá trị ${q(d.value)}, không phải số nguyên, nhưng ${takes.vi}.`,
            en: `${fieldEn(d)}: ${d.owner_en} sets ${q(d.value)}, not a whole number, but ${takes.en}.`,
          },
          hint: {
            vi: 'Ghi một số nguyên. Nếu chỉ tiêu được phép có số lẻ, khai báo `wholeNumbers: false` cho chỉ tiêu.',
            en: 'Write a whole number. If the indicator may take decimals, declare `wholeNumbers: false` on it.',
          },
        }
      : {
          message: {
            vi: `${fieldVi(d)}: ${d.owner_vi} đặt giá trị ${q(d.value)}, nhưng ${takes.vi}: có lẽ là ${d.thousands}, viết với dấu chấm phân cách hàng nghìn.`,
            en: `${fieldEn(d)}: ${d.owner_en} sets ${q(d.value)}, but ${takes.en}: it may mean ${d.thousands}, written with dots between thousands.`,
          },
          hint: {
            vi: `Ghi \`"${d.thousands}"\`, không có dấu phân cách hàng nghìn. Nếu chỉ tiêu được phép có số lẻ, khai báo \`wholeNumbers: false\` cho chỉ tiêu.`,
            en: `Write \`"${d.thousands}"\`, without thousands separators. If the indicator may take decimals, declare \`wholeNumbers: false\` on it.`,
          },
        }
  },
  indicator_direction: (d) => ({
    message: {
      vi: `${fieldVi(d)}: ${d.owner} cần chỉ tiêu có hướng \`increase\` hoặc \`decrease\`, nhưng ${q(d.indicator)} có hướng ${q(d.direction)}.`,
      en: `${fieldEn(d)}: ${d.owner} needs an indicator whose direction is \`increase\` or \`decrease\`, but ${q(d.indicator)} is ${q(d.direction)}.`,
    },
    hint: {
      vi: 'Dùng mẫu `bounds` cho chỉ tiêu có khoảng mục tiêu, hoặc nêu rõ `direction` trong tham số khi mẫu cho phép.',
      en: 'Use the `bounds` template for a target band, or give `direction` in the params where the template takes it.',
    },
  }),
  unknown_placeholder: (d) => ({
    message: {
      vi: `${fieldVi(d)} có chỗ điền không tồn tại ${q(d.placeholder)}.`,
      en: `${fieldEn(d)} has an unknown placeholder ${q(d.placeholder)}.`,
    },
    hint: {
      vi: 'Dùng `{unit}`, `{unit_name}`, `{unit_kind}`, `{period}`, `{rule}`, `{failed}`, `{fact:TÊN}` hoặc `{expected:TÊN}` với TÊN là một dữ kiện trong điều kiện của quy tắc; viết `{{` và `}}` cho dấu ngoặc nhọn.',
      en: 'Use `{unit}`, `{unit_name}`, `{unit_kind}`, `{period}`, `{rule}`, `{failed}`, `{fact:NAME}` or `{expected:NAME}` with NAME a fact in the rule’s conditions; write `{{` and `}}` for braces.',
    },
  }),
  template_params: (d) => ({
    message: {
      vi: `${fieldVi(d)}: mẫu ${q(d.template)} ${d.reason_vi}.`,
      en: `${fieldEn(d)}: template ${q(d.template)} ${d.reason_en}.`,
    },
    hint: { vi: String(d.hint_vi), en: String(d.hint_en) },
  }),
  too_many_rules: (d) => ({
    message: {
      vi: `Gói có ${d.count} quy tắc, vượt giới hạn ${d.max}.`,
      en: `The pack has ${d.count} rules, more than the limit of ${d.max}.`,
    },
    hint: {
      vi: 'Gộp các quy tắc giống nhau bằng phạm vi (`scope`) hoặc mẫu, hoặc nâng giới hạn `maxRules` nếu gói đáng tin.',
      en: 'Merge similar rules through their `scope` or a template, or raise `maxRules` if the pack is trusted.',
    },
  }),
  too_many_conditions: (d) => ({
    message: {
      vi: `Gói có ${d.count} điều kiện so sánh, vượt giới hạn ${d.max}.`,
      en: `The pack has ${d.count} comparisons, more than the limit of ${d.max}.`,
    },
    hint: {
      vi: 'Rút gọn điều kiện, hoặc nâng giới hạn `maxConditions` nếu gói đáng tin.',
      en: 'Simplify the conditions, or raise `maxConditions` if the pack is trusted.',
    },
  }),
  condition_depth: (d) => ({
    message: {
      vi: `${fieldVi(d)} lồng \`all\`/\`any\`/\`not\` sâu hơn ${d.max} tầng.`,
      en: `${fieldEn(d)} nests \`all\`/\`any\`/\`not\` more than ${d.max} levels deep.`,
    },
    hint: {
      vi: 'Làm phẳng điều kiện, hoặc tách thành nhiều quy tắc.',
      en: 'Flatten the conditions, or split them into several rules.',
    },
  }),
  pack_not_resolved: (d) => ({
    message: {
      vi: `${fieldVi(d)} vẫn còn \`extends\`/\`remove\`: gói chưa được hợp nhất với gói nó kế thừa.`,
      en: `${fieldEn(d)} still has \`extends\`/\`remove\`: the pack has not been merged with the pack it extends.`,
    },
    hint: {
      vi: 'Gọi `resolvePack` trước `compilePack`.',
      en: 'Call `resolvePack` before `compilePack`.',
    },
  }),
  extends_cycle: (d) => ({
    message: {
      vi: `Các gói kế thừa nhau thành vòng: ${d.cycle}.`,
      en: `The packs extend each other in a cycle: ${d.cycle}.`,
    },
    hint: {
      vi: 'Bỏ `extends` ở một gói trong vòng.',
      en: 'Remove `extends` from one pack of the cycle.',
    },
  }),
  extends_depth: (d) => ({
    message: {
      vi: `Chuỗi kế thừa (\`extends\`) sâu hơn ${d.max} tầng: ${d.chain}.`,
      en: `The chain of \`extends\` goes deeper than ${d.max}: ${d.chain}.`,
    },
    hint: {
      vi: 'Kế thừa trực tiếp từ gói gốc hơn, hoặc nâng giới hạn `maxExtendsDepth`.',
      en: 'Extend a pack nearer the root, or raise `maxExtendsDepth`.',
    },
  }),
  extends_load: (d) => ({
    message: {
      vi: `Không nạp được gói ${q(d.ref)} mà \`extends\` trỏ tới: ${d.reason}.`,
      en: `Could not load pack ${q(d.ref)}, named by \`extends\`: ${d.reason}.`,
    },
    hint: {
      vi: 'Dùng mã gói có sẵn (`vn-national`, `ninh-thuan`, `khanh-hoa`) hoặc đường dẫn tương đối đến một tệp gói tồn tại.',
      en: 'Use a built-in pack id (`vn-national`, `ninh-thuan`, `khanh-hoa`) or a relative path to an existing pack file.',
    },
  }),
  remove_unknown: (d) => ({
    message: {
      vi: `${fieldVi(d)} muốn bỏ ${q(d.id)} nhưng gói được kế thừa không có ${d.what_vi} này.`,
      en: `${fieldEn(d)} removes ${q(d.id)}, but the inherited pack has no such ${d.what_en}.`,
    },
    hint: {
      vi: 'Bỏ dòng này, hoặc sửa mã cho đúng với gói được kế thừa.',
      en: 'Delete the entry, or correct the id to one the inherited pack defines.',
    },
  }),
  no_periods: (d) => ({
    message: {
      vi: `Quy tắc ${q(d.rule)} không có kỳ nào để đánh giá: quy tắc, lần chạy và số liệu đều không nêu kỳ nào, nên quy tắc không được đánh giá.`,
      en: `Rule ${q(d.rule)} has no periods to evaluate: neither the rule, the run nor the data name one, so it was not evaluated.`,
    },
    hint: {
      vi: 'Nêu `scope.from`/`scope.to` hoặc `scope.periods` trong quy tắc, hoặc `from`/`to` khi đánh giá (`--from`/`--to` của `tiendo`).',
      en: 'Give `scope.from`/`scope.to` or `scope.periods` in the rule, or `from`/`to` to the evaluation (`--from`/`--to` of `tiendo`).',
    },
  }),
  no_scopes: (d) => ({
    message: {
      vi: `Quy tắc ${q(d.rule)} không áp dụng cho đơn vị nào trong các kỳ ${d.periods}.`,
      en: `Rule ${q(d.rule)} applies to no unit in ${d.periods}.`,
    },
    hint: {
      vi: 'Kiểm tra `scope.unitKinds` và `scope.units` của quy tắc có khớp với loại và mã đơn vị trong dữ liệu không.',
      en: 'Check that the rule’s `scope.unitKinds` and `scope.units` match the unit kinds and codes in the data.',
    },
  }),
} satisfies Record<PackProblemCode, Wording>

/**
 * A Tiendo issue for a problem at a path in a pack (`/rules/3/conditions/all/0/fact`).
 * @internal
 */
export function packIssue(
  code: PackProblemCode,
  path: PackPath,
  details: Record<string, unknown> = {},
  location: Partial<SourceLocation> = {},
): TiendoIssue {
  const { message, hint } = WORDINGS[code]({ ...details, field: formatPath(path) })
  return {
    code,
    severity: 'error',
    message,
    hint,
    location: { path: toJsonPointer(path), ...location },
  }
}
