import type { Command } from '../command'
import { assessCommand } from './assess'
import { evaluateCommand } from './evaluate'
import { historyCommand } from './history'
import { indicatorsCommand } from './indicators'
import { initCommand } from './init'
import { reportCommand } from './report'
import { schemaCommand } from './schema'
import { templateCommand } from './template'
import { unitsCommand } from './units'
import { validateCommand } from './validate'

/** Every `tiendo` command, in the order help lists them. */
export const commands: readonly Command[] = [
  validateCommand,
  evaluateCommand,
  assessCommand,
  reportCommand,
  historyCommand,
  indicatorsCommand,
  unitsCommand,
  templateCommand,
  schemaCommand,
  initCommand,
]
