import type { OptionSpec } from '../command'

/** `--store`: a DuckDB store of submissions. */
export const storeOption: OptionSpec = {
  name: 'store',
  type: 'string',
  valueName: 'FILE.duckdb',
  description: {
    vi: 'Kho DuckDB lưu các lần nộp: các tệp đã cho được nạp vào kho (tệp có nội dung đã có thì không nạp lại), rồi lệnh chạy trên mọi lần nộp trong kho. Tệp kho được tạo nếu chưa có.',
    en: 'A DuckDB store of submissions: the files given are ingested (a file whose content it holds is not loaded again), then the command runs over every submission in the store. The store file is created when absent.',
  },
}
