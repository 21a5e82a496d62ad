import type { IssueMessages } from '@tiendo/schema'
import type { IoIssueFields } from '../issue-fields'
import { file } from './vi/file'
import { json } from './vi/json'
import { limits } from './vi/limits'
import { number } from './vi/number'
import { table } from './vi/table'
import { xlsx } from './vi/xlsx'

/** The Vietnamese messages of every `@tiendo/io` code, one file a concern (`vi/`). */
export const vi: IssueMessages<IoIssueFields> = {
  ...file,
  ...limits,
  ...table,
  ...json,
  ...xlsx,
  ...number,
}
