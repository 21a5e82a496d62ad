import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const main = fileURLToPath(new URL('../dist/main.js', import.meta.url))
const runMain = (...args: string[]) =>
  execFileSync(process.execPath, [main, ...args], { encoding: 'utf8' })

describe('the main job (npm start)', () => {
  it('prints the founding article figures in Vietnamese by default, keeping bounds and ranges', () => {
    const out = runMain()
    expect(out).toContain('Ninh Thuận — số liệu chuyển đổi số đã công bố')
    expect(out).toMatch(/Tỷ lệ người dân sử dụng điện thoại thông minh\s+87\.5\s+%\s+năm 2024/)
    expect(out).toMatch(/Số doanh nghiệp tham gia sàn thương mại điện tử\s+hơn 90/)
    expect(out).toMatch(/Tỷ lệ sản lượng tiêu thụ qua kênh thương mại số\s+25–30\s+%/)
    expect(out).toMatch(
      /Giá trị thanh toán không dùng tiền mặt\s+363558\s+tỷ đồng\s+9 tháng đầu năm 2024/,
    )
    expect(out).toMatch(/(\d+)\/\1 dòng hợp lệ, 0 lỗi/)
  })

  it('speaks English with --lang en', () => {
    const out = runMain('--lang', 'en')
    expect(out).toMatch(/People using a smartphone\s+87\.5\s+%\s+2024/)
    expect(out).toMatch(/Enterprises on e-commerce platforms\s+more than 90/)
    expect(out).toMatch(/Cashless payment value\s+363558\s+VND billion\s+Jan–Sep 2024/)
    expect(out).not.toContain('dòng hợp lệ')
  })
})
