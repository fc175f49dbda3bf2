// The minimal commune document the phrasing and sections harnesses read a case in: the Decree 30
// header, the document's number and date (24/11/2025), its title word and subject line, any
// opening lines, the body, then the recipients and the signature.

export interface MinimalDocument {
  /** "86/BC-UBND", "112/KH-UBND". */
  number: string;
  /** "BÁO CÁO", "KẾ HOẠCH". */
  title: string;
  subject: string;
  /** Lines between the subject and the body (a part heading, a "Căn cứ" paragraph). */
  opening?: string[];
}

export function minimalDocument(d: MinimalDocument, body: string): string {
  return [
    'ỦY BAN NHÂN DÂN            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'XÃ HƯNG THỊNH               Độc lập - Tự do - Hạnh phúc',
    '',
    `${`Số: ${d.number}`.padEnd(28)}Hưng Thịnh, ngày 24 tháng 11 năm 2025`,
    '',
    d.title,
    d.subject,
    '',
    ...(d.opening ?? []).flatMap((l) => [l, '']),
    body,
    '',
    'Nơi nhận:',
    '- Sở Khoa học và Công nghệ;',
    '- Lưu: VT.',
    '',
    'TM. ỦY BAN NHÂN DÂN',
    'CHỦ TỊCH',
    '',
    'Trần Minh Quang',
    '',
  ].join('\n');
}
