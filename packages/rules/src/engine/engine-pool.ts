import type { EngineSlot } from './engine-slot'

/**
 * The engines of a compiled pack. A json-rules-engine `Engine` shares its run state, so two
 * overlapping `run()`s on one skip rules: each evaluation borrows a slot for its whole run
 * and gives it back. Evaluations that overlap get further slots up to `max`, then wait in
 * turn.
 * @internal
 */
export class EnginePool {
  private readonly idle: EngineSlot[] = []
  private readonly waiting: ((slot: EngineSlot) => void)[] = []
  private created = 0

  /** Creates the first engine at once, so a rule the engine refuses fails at load time. */
  constructor(
    private readonly create: () => EngineSlot,
    private readonly max: number,
  ) {
    this.idle.push(create())
    this.created = 1
  }

  /** How many engines exist: one per pack until evaluations overlap. */
  get size(): number {
    return this.created
  }

  /** Runs `task` with a slot no one else is using. */
  async use<T>(task: (slot: EngineSlot) => Promise<T>): Promise<T> {
    const slot = await this.acquire()
    try {
      return await task(slot)
    } finally {
      slot.scope = undefined
      this.release(slot)
    }
  }

  private acquire(): Promise<EngineSlot> {
    const slot = this.idle.pop()
    if (slot !== undefined) return Promise.resolve(slot)
    if (this.created < this.max) {
      this.created++
      return Promise.resolve(this.create())
    }
    return new Promise((resolve) => this.waiting.push(resolve))
  }

  private release(slot: EngineSlot): void {
    const next = this.waiting.shift()
    if (next !== undefined) next(slot)
    else this.idle.push(slot)
  }
}
