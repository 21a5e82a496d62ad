import { CliError } from '../cli-error'
import type { CommandContext } from '../command'

/**
 * Stops a command that reads no files when it is given some (`tiendo template mau.xlsx`,
 * `tiendo units 56`): ignoring them would run something else than was asked — a workbook
 * written under another name, every unit listed — and exit 0.
 */
export function refuseFiles(context: CommandContext, command: string): void {
  const [first] = context.files
  if (first === undefined) return
  const written = context.files.join(' ')
  throw new CliError(
    {
      vi: `\`tiendo ${command}\` không nhận tham số \`${written}\`.`,
      en: `\`tiendo ${command}\` takes no arguments (\`${written}\`).`,
    },
    /\.[a-z]+$/i.test(first)
      ? {
          vi: `Để ghi kết quả vào tệp, dùng \`--output ${first}\`; xem \`tiendo ${command} --help\`.`,
          en: `To write the result to a file, write \`--output ${first}\`; see \`tiendo ${command} --help\`.`,
        }
      : {
          vi: `Lệnh này chỉ nhận tùy chọn, giá trị ghi sau tên tùy chọn; xem \`tiendo ${command} --help\`.`,
          en: `It takes only options, each value after its option's name; see \`tiendo ${command} --help\`.`,
        },
  )
}
