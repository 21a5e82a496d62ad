/**
 * The words of the Word report that the other formats do not use: the decree's fixed
 * elements, the fields left to fill in, the section headings and the sentences of the body.
 * The national title is Vietnamese in both languages. @internal
 */

/** Quốc hiệu and Tiêu ngữ (Decree 30/2020/NĐ-CP, Appendix I, Part II, item 1): never translated. */
export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc'

export const DOCX_WORDS = {
  vi: {
    documentType: 'BÁO CÁO',
    number: 'Số',
    /** The abbreviation of a báo cáo in a document's symbol (Appendix III). */
    symbolPrefix: 'BC',
    date: (day: string, month: string, year: string) => `ngày ${day} tháng ${month} năm ${year}`,
    fill: {
      number: '……',
      body: '[TÊN CƠ QUAN BAN HÀNH]',
      bodyAbbreviation: '[viết tắt]',
      place: '[Địa danh]',
      day: '…',
      month: '…',
      year: '……',
      authority: '[QUYỀN HẠN, CHỨC VỤ]',
      name: '[Họ và tên]',
      recipient: '[Cơ quan nhận]',
    },
    fillNote:
      'Các ô tô vàng trong ngoặc vuông là phần cần điền trước khi trình ký (số văn bản, ngày, người ký, nơi nhận).',
    recipients: 'Nơi nhận',
    archive: 'Lưu: VT',
    sections: {
      summary: 'TÓM TẮT',
      targets: 'TIẾN ĐỘ THỰC HIỆN CÁC CHỈ TIÊU',
      rules: 'KẾT QUẢ KIỂM TRA QUY TẮC',
      data: 'KIỂM TRA DỮ LIỆU',
      derived: 'SỐ LIỆU TÍNH RA',
      sources: 'NGUỒN DỮ LIỆU VÀ PHƯƠNG PHÁP',
    },
    counts: (c: { achieved: number; onTrack: number; offTrack: number; noData: number }) =>
      `Trong số các chỉ tiêu được theo dõi: ${c.achieved} chỉ tiêu đã đạt; ${c.onTrack} chỉ tiêu đúng tiến độ; ${c.offTrack} chỉ tiêu chậm tiến độ (cần tăng tốc, tiến triển hạn chế hoặc đi lùi); ${c.noData} chỉ tiêu chưa đủ số liệu để đánh giá.`,
    trendsLine: (n: number) =>
      `Ngoài ra có ${n} chuỗi số liệu không gắn chỉ tiêu, được theo dõi theo xu hướng (Phụ lục I).`,
    latestLine: 'Số liệu mới nhất',
    observedGrowth: 'tăng trưởng bình quân năm quan sát được',
    neededGrowth: 'tăng trưởng bình quân năm cần thiết để đạt chỉ tiêu',
    projection: (period: string, value: string) => `dự báo đến ${period}: ${value}`,
    verdict: 'Đánh giá',
    chartCaption: 'Biểu đồ',
    noChart: 'Chưa có đủ số liệu để vẽ biểu đồ.',
    withoutDataLine: (n: number) => `${n} chỉ tiêu chưa có số liệu:`,
    failedUnits: (rule: string, n: number, severity: string) =>
      `Quy tắc “${rule}” (mức ${severity}): ${n} trường hợp (đơn vị × kỳ) không đạt:`,
    noFailures: 'Không có đơn vị nào vi phạm quy tắc.',
    seeAppendix: (n: string) => `Chi tiết tại Phụ lục ${n}.`,
    derivedNote:
      'Số liệu tính ra là số liệu không do đơn vị nộp mà được Tiendo tính từ số liệu đã nộp (tổng hợp từ đơn vị cấp dưới, đếm bản ghi, ghép chuỗi qua sắp xếp đơn vị hành chính); mỗi số liệu được đánh dấu “tính ra” kèm cách tính.',
    dataIssuesNone: 'Không phát hiện vấn đề nào trong dữ liệu.',
    appendix: 'Phụ lục',
    moreRows: (n: number) =>
      `… và ${n} dòng nữa: xem bảng tính Excel (tiendo report --format xlsx) hoặc báo cáo JSON.`,
    appendixOf: (symbol: string) => `(Kèm theo Báo cáo số ${symbol})`,
    appendices: {
      progress: 'TIẾN ĐỘ ĐẾN CHỈ TIÊU VÀ XU HƯỚNG',
      figures: 'TOÀN BỘ SỐ LIỆU',
      rules: 'CÁC TRƯỜNG HỢP KHÔNG ĐẠT QUY TẮC',
      withheld: 'SỐ LIỆU KHÔNG TÍNH ĐƯỢC VÀ VẤN ĐỀ DỮ LIỆU',
    },
    generatedBy: (pack: string) => `Báo cáo do Tiendo lập từ gói quy tắc ${pack}.`,
  },
  en: {
    documentType: 'REPORT',
    number: 'No.',
    symbolPrefix: 'BC',
    date: (day: string, month: string, year: string) => `${day} ${month} ${year}`,
    fill: {
      number: '……',
      body: '[ISSUING BODY]',
      bodyAbbreviation: '[abbreviation]',
      place: '[Place]',
      day: '…',
      month: '…',
      year: '……',
      authority: '[AUTHORITY, TITLE]',
      name: '[Full name]',
      recipient: '[Recipient]',
    },
    fillNote:
      'The yellow fields in square brackets are to be filled in before signing (number, date, signer, recipients).',
    recipients: 'Recipients',
    archive: 'Archived: VT',
    sections: {
      summary: 'SUMMARY',
      targets: 'PROGRESS TO TARGETS',
      rules: 'RULE CHECKS',
      data: 'DATA VALIDATION',
      derived: 'DERIVED FIGURES',
      sources: 'DATA SOURCES AND METHOD',
    },
    counts: (c: { achieved: number; onTrack: number; offTrack: number; noData: number }) =>
      `Of the targets followed: ${c.achieved} achieved; ${c.onTrack} on track; ${c.offTrack} off track (needing acceleration, with limited progress or deteriorating); ${c.noData} without enough data to assess.`,
    trendsLine: (n: number) =>
      `A further ${n} series without a target are followed on their trend (Appendix I).`,
    latestLine: 'Latest figure',
    observedGrowth: 'observed annual growth',
    neededGrowth: 'annual growth needed to meet the target',
    projection: (period: string, value: string) => `projected for ${period}: ${value}`,
    verdict: 'Verdict',
    chartCaption: 'Chart',
    noChart: 'Not enough data to draw a chart.',
    withoutDataLine: (n: number) => `${n} targets have no data yet:`,
    failedUnits: (rule: string, n: number, severity: string) =>
      `Rule “${rule}” (${severity}): ${n} cases (unit × period) failed:`,
    noFailures: 'No unit failed a rule.',
    seeAppendix: (n: string) => `Details in Appendix ${n}.`,
    derivedNote:
      'Derived figures were not submitted by any unit: Tiendo computed them from the figures submitted (aggregated from child units, counted from records, carried across administrative reorganisations); each is marked “derived” with how it was computed.',
    dataIssuesNone: 'No issue was found in the data.',
    appendix: 'Appendix',
    moreRows: (n: number) =>
      `… and ${n} more rows: see the Excel workbook (tiendo report --format xlsx) or the JSON report.`,
    appendixOf: (symbol: string) => `(Attached to Report No. ${symbol})`,
    appendices: {
      progress: 'PROGRESS TO TARGETS AND TRENDS',
      figures: 'EVERY FIGURE',
      rules: 'RULE FAILURES',
      withheld: 'FIGURES NOT DERIVED AND DATA ISSUES',
    },
    generatedBy: (pack: string) => `Report prepared by Tiendo from the pack ${pack}.`,
  },
} as const

/** Roman numerals for the sections and appendices (I–XX). */
export function roman(n: number): string {
  const numerals: [number, string][] = [
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ]
  let rest = n
  let out = ''
  for (const [value, numeral] of numerals) {
    while (rest >= value) {
      out += numeral
      rest -= value
    }
  }
  return out
}
