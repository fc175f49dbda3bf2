// The synthesis as an official report of the Department of Science and Technology to the
// province: the plain model (OfficialDocument) built from a Synthesis; rendering is elsewhere.
import type { Synthesis } from '#src/core/synthesis/synthesis.ts';
import { standingLabels } from '#src/core/synthesis/synthesis.ts';
import { formatCell, formatTotal, formatViNumber, totalNote, viShortDate } from '#src/core/synthesis/format.ts';
import { indicatorTable, lowerFirst, reportHeader, requestBasis, RESOLUTION_57_PROPAGATION, type Block, type OfficialDocument, type TableRow } from './official-document.ts';

export interface DocumentOptions {
  /** "12/BC-SKHCN"; blank by default, for the clerk to number. */
  number?: string;
  date?: string | null;
  issuingBody?: string;
  superiorBody?: string;
  signerName?: string | null;
  /** e.g. ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]; default ["GIÁM ĐỐC"]. */
  signerAuthority?: string[];
  recipients?: string[];
}

const KEY_COLUMNS = 4;
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'];

function capitalize(s: string): string {
  return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
}

export function synthesisDocument(s: Synthesis, opts: DocumentOptions = {}): OfficialDocument {
  const area = s.scope.provinceName ? `${s.scope.provinceKind} ${s.scope.provinceName}` : 'cả nước';
  const year = Number((opts.date ?? s.scope.to).slice(0, 4)) || new Date().getFullYear();
  const issuingBody = opts.issuingBody ?? 'Sở Khoa học và Công nghệ';
  const superiorBody = opts.superiorBody ?? (s.scope.provinceName ? `UBND ${s.scope.provinceKind} ${s.scope.provinceName}` : '');
  const body: Block[] = [];
  let section = 0;
  const heading = (text: string) => body.push({ kind: 'heading', level: 1, text: `${ROMAN[section++]}. ${text}` });

  // Opening: what was asked and what arrived.
  const c = s.counts;
  const received = c.counted + c.countedUnreviewed;
  const basis = s.scope.request ? requestBasis(s.scope.request, viShortDate) : '';
  body.push({
    kind: 'paragraph',
    text: `${basis}${issuingBody} tổng hợp kết quả ${RESOLUTION_57_PROPAGATION} về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia trên địa bàn ${area}, ${lowerFirst(s.scope.periodLabel)} như sau:`,
  });
  heading('TÌNH HÌNH TIẾP NHẬN BÁO CÁO');
  body.push({
    kind: 'paragraph',
    text: `Có ${formatViNumber(received)}/${formatViNumber(c.expected)} đơn vị cấp xã có báo cáo được tổng hợp${c.countedUnreviewed ? `, trong đó ${formatViNumber(c.countedUnreviewed)} báo cáo đã gửi nhưng chưa được Sở duyệt` : ''}; ${formatViNumber(c.notCounted)} đơn vị có báo cáo chưa được chấp nhận (bản nháp, bị trả lại hoặc chờ duyệt) và ${formatViNumber(c.missing)} đơn vị chưa gửi báo cáo.`,
  });
  // The units that sent nothing are named here, in one paragraph, not as rows of Bảng 2: in a
  // province of a hundred communes most rows would say only "Chưa báo cáo".
  const missing = s.units.filter((u) => u.standing === 'missing');
  if (missing.length) {
    body.push({ kind: 'paragraph', text: `Các đơn vị chưa gửi báo cáo (${formatViNumber(missing.length)}): ${missing.map((u) => capitalize(u.displayName)).join(', ')}.` });
  }
  body.push({ kind: 'paragraph', italic: true, text: 'Số liệu dưới đây chỉ gồm các báo cáo đã được chấp nhận. Số liệu đơn vị ghi "hơn", "trên" được cộng như số tối thiểu ("ít nhất"); số ghi "khoảng", "gần" được cộng như số ước tính ("khoảng") và không được coi là số chính xác.' });

  heading('KẾT QUẢ THỰC HIỆN');
  if (s.totals.length === 0) body.push({ kind: 'paragraph', text: 'Chưa có số liệu từ báo cáo đã được chấp nhận.' });
  else {
    body.push(
      indicatorTable(
        'Bảng 1. Tổng hợp kết quả theo chỉ tiêu',
        40,
        [
          { title: 'Kết quả', width: 20, align: 'right' },
          { title: 'Số đơn vị báo cáo', width: 12, align: 'center' },
          { title: 'Ghi chú', width: 22 },
        ],
        s.groups.map((g) => ({
          name: g.name,
          rows: g.indicators.flatMap((i) => {
            const t = s.totals.find((x) => x.indicator === i.code);
            return t ? [{ name: i.name, cells: [formatTotal(t), formatViNumber(t.unitsReporting), totalNote(t)] }] : [];
          }),
        })),
      ),
    );
  }

  heading('CÁC MÔ HÌNH, CÁCH LÀM HAY');
  if (s.models.length === 0) body.push({ kind: 'paragraph', text: 'Các báo cáo chưa nêu mô hình, cách làm hay.' });
  for (const m of s.models) body.push({ kind: 'bullet', text: m.text, note: m.unit });

  heading('KẾT QUẢ THEO ĐƠN VỊ');
  const key = s.rankings.slice(0, KEY_COLUMNS).map((r) => r.indicator);
  for (const r of s.rankings.slice(0, KEY_COLUMNS)) {
    body.push({ kind: 'paragraph', text: `${r.indicator.name}: ${r.top.map((x) => `${x.unit} (${formatCell(x.cell, r.indicator.aggregation)})`).join('; ')}.` });
  }
  const unitRows: TableRow[] = s.units.filter((u) => u.standing !== 'missing').map((u, i) => ({
    cells: [
      String(i + 1),
      capitalize(u.displayName) + (u.mergedFrom.length ? ` (gồm ${u.mergedFrom.join(', ')})` : ''),
      standingLabels[u.standing],
      ...key.map((k) => (u.cells[k.code] ? formatCell(u.cells[k.code]!, k.aggregation, k.unit) : '')),
    ],
  }));
  if (unitRows.length === 0) body.push({ kind: 'paragraph', text: 'Chưa có đơn vị nào gửi báo cáo.' });
  else body.push({
    kind: 'table',
    caption: `Bảng 2. Kết quả chủ yếu của các đơn vị đã gửi báo cáo (chi tiết tại Phụ lục kèm theo)`,
    columns: [
      { title: 'TT', width: 6, align: 'center' },
      { title: s.scope.kind === 'nation' ? 'Tỉnh, thành phố' : 'Đơn vị', width: 28 },
      { title: 'Tình trạng báo cáo', width: 16 },
      ...key.map((k) => ({ title: `${k.name} (${k.unit})`, width: 50 / Math.max(1, key.length), align: 'right' as const })),
    ],
    rows: unitRows,
  });

  heading('KHÓ KHĂN, VƯỚNG MẮC');
  if (s.difficulties.length === 0) body.push({ kind: 'paragraph', text: 'Các báo cáo chưa nêu khó khăn, vướng mắc.' });
  s.difficulties.forEach((d, i) => {
    body.push({ kind: 'heading', level: 2, text: `${i + 1}. ${d.name} (${formatViNumber(d.units.length)} đơn vị nêu: ${d.units.join(', ')})` });
    for (const q of d.quotes) body.push({ kind: 'quote', text: q.text, source: q.unit });
  });

  heading('KIẾN NGHỊ, ĐỀ XUẤT');
  if (s.recommendations.length === 0) body.push({ kind: 'paragraph', text: 'Các báo cáo chưa nêu kiến nghị, đề xuất.' });
  s.recommendations.forEach((r, i) => {
    body.push({ kind: 'heading', level: 2, text: `${i + 1}. ${r.addressee.startsWith('Kiến nghị chung') ? r.addressee : `Đối với ${r.addressee}`} (${formatViNumber(r.units.length)} đơn vị)` });
    for (const it of r.items) body.push({ kind: 'bullet', text: it.text, note: it.unit });
  });

  body.push({ kind: 'paragraph', text: `Trên đây là báo cáo tổng hợp kết quả ${RESOLUTION_57_PROPAGATION} trên địa bàn ${area} của ${issuingBody}./.` });

  const subject = `Tổng hợp kết quả ${RESOLUTION_57_PROPAGATION} trên địa bàn ${area}, ${lowerFirst(s.scope.periodLabel)}`;
  return {
    ...reportHeader({ superiorBody, issuingBody, symbol: 'BC-SKHCN', number: opts.number, place: s.scope.provinceName ?? 'Hà Nội', date: opts.date ?? null, year }),
    subject,
    body,
    recipients: opts.recipients ?? [
      `- UBND ${s.scope.provinceKind ?? ''} ${s.scope.provinceName ?? ''} (để báo cáo);`.replace(/\s+/g, ' '),
      '- Giám đốc Sở (để báo cáo);',
      '- UBND các xã, phường, đặc khu;',
      '- Lưu: VT.',
    ],
    signature: { authority: opts.signerAuthority ?? ['Giám đốc'], name: opts.signerName ?? null },
    title: subject,
  };
}
