import type { Command } from '../command'
import { schemaCommand } from './schema'

/** Every `tiendo` command, in the order help lists them. */
export const commands: readonly Command[] = [schemaCommand]
