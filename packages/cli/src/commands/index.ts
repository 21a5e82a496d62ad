import type { Command } from '../command'
import { assessCommand } from './assess'
import { evaluateCommand } from './evaluate'
import { initCommand } from './init'
import { reportCommand } from './report'
import { schemaCommand } from './schema'
import { validateCommand } from './validate'

/** Every `tiendo` command, in the order help lists them. */
export const commands: readonly Command[] = [
  validateCommand,
  evaluateCommand,
  assessCommand,
  reportCommand,
  schemaCommand,
  initCommand,
]
