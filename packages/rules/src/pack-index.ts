import type { Indicator, Pack, Target } from '@tiendo/schema'
import type { PackIndex } from './params'

/** What of a pack templates and facts look things up in. */
export type PackTables = Pick<Pack, 'indicators' | 'targets' | 'methodology'>

/** Indexes a pack's indicators and targets by id. @internal */
export function indexPack(pack: PackTables): PackIndex {
  return {
    indicators: new Map((pack.indicators ?? []).map((i): [string, Indicator] => [i.id, i])),
    targets: new Map((pack.targets ?? []).map((t): [string, Target] => [t.id, t])),
    methodology: pack.methodology,
  }
}
