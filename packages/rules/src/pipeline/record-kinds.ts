/**
 * The kinds of record a pack counts (`dx_product`): a record of another kind counts in no
 * figure, and a kind written another way is most likely one of these.
 */
import type { Pack } from '@tiendo/schema'

/** The record kinds a pack counts: by its indicators' derivations and its rules' params. @internal */
export function recordKinds(pack: Pack): Set<string> {
  const kinds = new Set<string>()
  for (const indicator of pack.indicators ?? []) {
    const derivation = indicator.derivation as { kind?: string; record?: string } | undefined
    if (derivation?.kind === 'record_count' && derivation.record) kinds.add(derivation.record)
  }
  for (const rule of pack.rules ?? []) {
    const params = ('template' in rule ? rule.params : undefined) as
      | Record<string, unknown>
      | undefined
    if (typeof params?.record === 'string') kinds.add(params.record)
    if (!('template' in rule)) collectCountedKinds(rule.conditions, kinds, 0)
  }
  return kinds
}

/** Adds the `kind` of every `record_count` fact a plain rule's conditions name. */
function collectCountedKinds(node: unknown, kinds: Set<string>, depth: number): void {
  if (depth > 64 || node === null || typeof node !== 'object') return
  if (Array.isArray(node)) {
    for (const item of node) collectCountedKinds(item, kinds, depth + 1)
    return
  }
  const object = node as Record<string, unknown>
  const params = object.params as Record<string, unknown> | undefined
  if (object.fact === 'record_count' && typeof params?.kind === 'string') kinds.add(params.kind)
  for (const value of Object.values(object)) collectCountedKinds(value, kinds, depth + 1)
}
