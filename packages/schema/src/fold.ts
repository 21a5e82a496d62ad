/**
 * A name without case, accents or separators: `Giá trị` → `gia_tri`, `Tổng cộng` →
 * `tong_cong`. How a clerk's header names, words and values are recognised. @internal
 */
export function fold(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .trim()
    .replace(/[\s\-./]+/g, '_')
}
