import type { MethodologyProfile } from '@tiendo/schema'
import { MethodologyProfileSchema } from '@tiendo/schema'
import type { CommandContext, OptionSpec } from '../command'

/** `--methodology`, for `assess` and `report`: one profile for every assessment of the run. */
export const methodologyOption: OptionSpec = {
  name: 'methodology',
  type: 'string',
  valueName: MethodologyProfileSchema.options.join('|'),
  choices: MethodologyProfileSchema.options,
  description: {
    vi: 'Hồ sơ phương pháp cho mọi đánh giá của lần chạy này, thay cho hồ sơ mà bộ quy tắc, chỉ tiêu hay mục tiêu nêu. Mặc định theo bộ quy tắc.',
    en: 'The methodology profile for every assessment of this run, over those the pack, its indicators and targets name. Defaults to the pack’s.',
  },
}

/** `--methodology`'s value, when given. */
export function methodologyOf(context: CommandContext): MethodologyProfile | undefined {
  const value = context.options.methodology
  return typeof value === 'string' ? (value as MethodologyProfile) : undefined
}
