import type { IssueRegistry, NoIssueFields, Pack, TiendoIssue, Unit } from '@tiendo/schema'
import { COMMUNE_PROVINCE_CODES, vietnamCommunes, vietnamUnits } from './vietnam-units'

/** A pack with the bundled communes it names added to its units, or what stops them. */
export interface PackWithCommunes {
  /** The pack, its units followed by the communes it includes (the same pack when it names none). */
  readonly pack: Pack
  /** A province code in `communes` that has no communes (`unknown_commune_province`). */
  readonly issues: readonly TiendoIssue[]
}

/** The typed fields of each code of this package. */
export interface PacksIssueFields {
  readonly unknown_commune_province: NoIssueFields
}

/** The issue codes of this package: severity, what each means, typed fields. Stable. */
export const PACKS_ISSUE_CODES: IssueRegistry<PacksIssueFields> = {
  unknown_commune_province: {
    severity: 'error',
    meaning: {
      vi: 'Một mã trong `communes` của bộ quy tắc không phải một trong 34 tỉnh, thành phố từ ngày 1/7/2025, nên không có xã, phường nào được kèm cho mã đó.',
      en: 'A code in a pack’s `communes` is not one of the 34 provinces of 1 July 2025, so no communes are bundled for it.',
    },
    fields: {},
  },
}

/**
 * A resolved pack with the bundled communes of 1 July 2025 its `communes` names: `all`, or
 * those of the provinces listed (see `vietnamCommunes`). A commune whose key
 * (`22333@2025-07-01`) the pack declares itself keeps the pack's declaration. Call it on the
 * pack after `extends` is resolved: `communes` is the pack's own, never inherited, and the
 * provinces the communes belong to come from `vn-national`. `file` locates the issues.
 */
export function includeCommunes(pack: Pack, file?: string): PackWithCommunes {
  const { communes } = pack
  if (communes === undefined || (Array.isArray(communes) && communes.length === 0)) {
    return { pack, issues: [] }
  }
  const issues: TiendoIssue[] = []
  if (communes !== 'all') {
    communes.forEach((code, index) => {
      if (!COMMUNE_PROVINCE_CODES.includes(code)) issues.push(unknownProvince(code, index, file))
    })
  }
  if (issues.length > 0) return { pack, issues }
  const own = new Set((pack.units ?? []).map(keyOf))
  const added = vietnamCommunes(communes === 'all' ? undefined : communes).filter(
    (unit) => !own.has(keyOf(unit)),
  )
  return { pack: { ...pack, units: [...(pack.units ?? []), ...added] }, issues }
}

function keyOf(unit: Unit): string {
  return unit.validFrom === undefined ? unit.code : `${unit.code}@${unit.validFrom}`
}

function unknownProvince(code: string, index: number, file: string | undefined): TiendoIssue {
  const former = vietnamUnits().find(
    (unit) => unit.code === code && unit.kind === 'province' && unit.validTo !== undefined,
  )
  const successor = former?.successors?.[0]?.unit.split('@')[0]
  const hint =
    former !== undefined && successor !== undefined
      ? {
          vi: `${former.name.vi} (\`${code}\`) đã hợp nhất vào tỉnh mang mã \`${successor}\` từ ngày 01/07/2025: ghi \`${successor}\`.`,
          en: `${former.name.en ?? former.name.vi} (\`${code}\`) merged into the province coded \`${successor}\` on 2025-07-01: write \`${successor}\`.`,
        }
      : {
          vi: `Ghi mã của một trong 34 tỉnh, thành phố từ ngày 01/07/2025 (\`tiendo units --pack vn-national --on 2025-07-01\` liệt kê): ${COMMUNE_PROVINCE_CODES.join(', ')}; hoặc \`"all"\`.`,
          en: `Write the code of one of the 34 provinces of 2025-07-01 (\`tiendo units --pack vn-national --on 2025-07-01\` lists them): ${COMMUNE_PROVINCE_CODES.join(', ')}; or \`"all"\`.`,
        }
  return {
    code: 'unknown_commune_province',
    severity: 'error',
    message: {
      vi: `\`communes\`: \`${code}\` không phải mã một tỉnh, thành phố từ ngày 01/07/2025, nên không có danh sách xã, phường đi kèm.`,
      en: `\`communes\`: \`${code}\` is not the code of a province of 2025-07-01, so no communes are bundled for it.`,
    },
    hint,
    location: { path: `/communes/${index}`, ...(file === undefined ? {} : { file }) },
  }
}
