import type { CompiledPack } from '@tiendo/rules'
import type { Pack } from '@tiendo/schema'
import type { CommandContext } from '../command'
import { stringOption } from '../options'
import { createProgress } from '../progress'
import { loadPack } from './load-pack'
import { readerOptions, todayOption } from './read-options'
import { readSubmission, type Submission, type SubmissionFiles } from './read-submission'
import { requireFiles } from './require-files'

/** What every data command starts from: its files, the pack, and the files read against it. */
export interface CommandInput {
  readonly input: SubmissionFiles
  readonly pack: Pack
  readonly compiled: CompiledPack
  readonly submission: Submission
}

/** Checks a command has files, loads `--pack`, and reads the files against it. */
export async function loadInput(context: CommandContext, command: string): Promise<CommandInput> {
  const input = requireFiles(context, command)
  const read = readerOptions(context)
  const today = todayOption(context)
  const { pack, compiled } = await loadPack(stringOption(context.options.pack), context.cwd)
  const submission = await readSubmission(input, pack, {
    read,
    today,
    progress: createProgress(context.stderr, context.lang),
    cwd: context.cwd,
  })
  return { input, pack, compiled, submission }
}
