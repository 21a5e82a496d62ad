import type { IssueMessages } from '@tiendo/schema'
import type { IoIssueFields } from '../issue-fields'
import { file } from './en/file'
import { json } from './en/json'
import { limits } from './en/limits'
import { number } from './en/number'
import { table } from './en/table'
import { xlsx } from './en/xlsx'

/** The English messages of every `@tiendo/io` code, one file a concern (`en/`). */
export const en: IssueMessages<IoIssueFields> = {
  ...file,
  ...limits,
  ...table,
  ...json,
  ...xlsx,
  ...number,
}
