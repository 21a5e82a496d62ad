import type { Pack, TiendoIssue, Unit } from '@tiendo/schema'
import { packIssue } from './issues'
import { refNames, unitKey } from './unit-validity'

type Keyed<T> = { items: T[]; keyOf: (item: T) => string }

/** Replaces items with the same key in place, appends the rest. */
function overlay<T>({ items, keyOf }: Keyed<T>, own: readonly T[] | undefined): T[] {
  if (own === undefined) return items
  const result = [...items]
  const at = new Map(result.map((item, index) => [keyOf(item), index]))
  for (const item of own) {
    const index = at.get(keyOf(item))
    if (index === undefined) {
      at.set(keyOf(item), result.length)
      result.push(item)
    } else {
      result[index] = item
    }
  }
  return result
}

const WORDS = {
  indicators: { vi: 'chỉ tiêu', en: 'indicator' },
  units: { vi: 'đơn vị', en: 'unit' },
  targets: { vi: 'mục tiêu', en: 'target' },
  rules: { vi: 'quy tắc', en: 'rule' },
  composites: { vi: 'chỉ số tổng hợp', en: 'composite' },
} as const

/**
 * A pack merged onto the pack it extends: its `remove` drops inherited items by id (units
 * by reference: a code drops every unit with it, `code@date` the one starting that day),
 * then its items replace inherited ones with the same id (units: the same code and start)
 * in place, and the rest are appended. Its own id, version, title, description and
 * `communes` stand (none of these is inherited);
 * the methodology is inherited when it names none, and `derive` options merge field by
 * field. Composites are keyed by the indicator they write to. Removing what is not inherited is an
 * issue (`file` is where the child pack came from).
 * @internal
 */
export function mergePacks(
  parent: Pack,
  child: Pack,
  file: string | undefined,
): { pack: Pack; issues: TiendoIssue[] } {
  const issues: TiendoIssue[] = []
  const remove = child.remove ?? {}
  const location = file === undefined ? {} : { file }
  const inherited = {
    indicators: (parent.indicators ?? []).map((item) => (id: string) => item.id === id),
    units: (parent.units ?? []).map((unit) => (ref: string) => refNames(ref, unit)),
    targets: (parent.targets ?? []).map((item) => (id: string) => item.id === id),
    rules: (parent.rules ?? []).map((item) => (id: string) => item.id === id),
    composites: (parent.composites ?? []).map((item) => (id: string) => item.indicator === id),
  }
  for (const list of ['indicators', 'units', 'targets', 'rules', 'composites'] as const) {
    ;(remove[list] ?? []).forEach((id, index) => {
      if (inherited[list].some((names) => names(id))) return
      const { vi, en } = WORDS[list]
      issues.push(
        packIssue(
          'remove_unknown',
          ['remove', list, index],
          { id, what_vi: vi, what_en: en },
          location,
        ),
      )
    })
  }
  const byId = <T extends { id: string }>(list: 'indicators' | 'targets' | 'rules', items: T[]) => {
    const dropped = new Set(remove[list] ?? [])
    return items.filter((item) => !dropped.has(item.id))
  }
  const units = (parent.units ?? []).filter(
    (unit: Unit) => !(remove.units ?? []).some((ref) => refNames(ref, unit)),
  )
  const id = (item: { id: string }) => item.id
  const droppedComposites = new Set(remove.composites ?? [])
  const composites = (parent.composites ?? []).filter(
    (item) => !droppedComposites.has(item.indicator),
  )
  const derive =
    parent.derive === undefined && child.derive === undefined
      ? undefined
      : { ...parent.derive, ...child.derive }
  const merged: Pack = {
    ...(child.$schema === undefined ? {} : { $schema: child.$schema }),
    id: child.id,
    version: child.version,
    title: child.title,
    ...(child.description === undefined ? {} : { description: child.description }),
    // The bundled communes a pack includes are its own choice, as its title is: not inherited.
    ...(child.communes === undefined ? {} : { communes: child.communes }),
    ...((child.methodology ?? parent.methodology) === undefined
      ? {}
      : { methodology: child.methodology ?? parent.methodology }),
    indicators: overlay(
      { items: byId('indicators', parent.indicators ?? []), keyOf: id },
      child.indicators,
    ),
    units: overlay({ items: units, keyOf: unitKey }, child.units),
    targets: overlay({ items: byId('targets', parent.targets ?? []), keyOf: id }, child.targets),
    rules: overlay({ items: byId('rules', parent.rules ?? []), keyOf: id }, child.rules),
    composites: overlay({ items: composites, keyOf: (item) => item.indicator }, child.composites),
    ...(derive === undefined ? {} : { derive }),
  }
  return { pack: merged, issues }
}
