import type { Pack } from '@tiendo/schema'
import type { FactSource } from '../fact-source'
import type { Assess } from '../facts/assess'
import { indexPack } from '../pack-index'
import { ScopeFacts } from '../scope-facts'

const noAssess: Assess = () => {
  throw new Error('no assessment in this test')
}

/** The facts of one scope, for tests of single facts. */
export function scopeFacts(
  source: FactSource,
  unit: string,
  period: string,
  pack: Pick<Pack, 'indicators' | 'targets' | 'methodology'> = {},
  assess: Assess = noAssess,
): ScopeFacts {
  const found = source.unit(unit, period)
  if (found === undefined) throw new Error(`no unit ${unit} in ${period}`)
  return new ScopeFacts(source, found, period, indexPack(pack), assess)
}

/** A fact's value as results show it: decimals as strings. */
export function text(value: unknown): unknown {
  return value !== null && typeof value === 'object' && 'toFixed' in value
    ? (value as { toFixed(): string }).toFixed()
    : value
}
