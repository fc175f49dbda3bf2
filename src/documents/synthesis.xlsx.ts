// The synthesis annex as XLSX: a sheet of totals, one sheet per indicator group (one row per
// unit, one column per indicator), and the difficulties and recommendations. A qualified value
// stays a number (so it can be filtered) but is shaded and carries a note ("ít nhất", "khoảng");
// totals are written as text with their qualifier, never as a formula that would hide it.
import ExcelJS from 'exceljs';
import type { Synthesis } from '#src/core/synthesis/synthesis.ts';
import { standingLabels } from '#src/core/synthesis/synthesis.ts';
import { formatCell, formatTotal, totalNote } from '#src/core/synthesis/format.ts';
import type { UnitCell } from '#src/core/rollup/rollup.ts';

const qualifierNotes: Record<string, string> = { approx: 'khoảng (số ước tính)', at_least: 'ít nhất (số tối thiểu)', at_most: 'không quá (số tối đa)', range: 'khoảng giá trị' };

/** Excel sheet names: at most 31 characters, none of : \ / ? * [ ], unique. */
export function sheetName(name: string, used: Set<string>): string {
  const base = name.replace(/[:\\/?*[\]]/g, '-').replace(/\s+/g, ' ').trim().slice(0, 28).trim() || 'Trang';
  let n = base;
  for (let i = 2; used.has(n.toLocaleLowerCase('vi')); i++) n = `${base.slice(0, 26)} ${i}`;
  used.add(n.toLocaleLowerCase('vi'));
  return n;
}

function styleHeader(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  row.eachCell((c) => {
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEDEDED' } };
    c.border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
  });
}

export function buildSynthesisWorkbook(s: Synthesis): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Lan Tỏa';
  wb.created = new Date();
  const used = new Set<string>();
  const area = s.scope.provinceName ? `${s.scope.provinceKind} ${s.scope.provinceName}` : 'cả nước';

  const sum = wb.addWorksheet(sheetName('Tổng hợp', used));
  sum.addRow([`Tổng hợp kết quả tuyên truyền Nghị quyết số 57-NQ/TW — ${area} — ${s.scope.periodLabel}`]).font = { bold: true, size: 13 };
  sum.addRow([`Chỉ gồm báo cáo đã được chấp nhận${s.scope.includeSubmitted ? ' và báo cáo đã gửi chưa duyệt (được đánh dấu)' : ''}. Ô tô màu vàng: số không chính xác (xem ghi chú của ô).`]);
  sum.addRow([]);
  styleHeader(sum.addRow(['Nhóm', 'Mã', 'Chỉ tiêu', 'Đơn vị tính', 'Kết quả', 'Giá trị (số)', 'Giá trị lớn nhất', 'Số đơn vị báo cáo', 'Ghi chú']));
  for (const g of s.groups) {
    for (const i of g.indicators) {
      const t = s.totals.find((x) => x.indicator === i.code);
      if (!t) continue;
      sum.addRow([g.name, i.code, i.name, i.unit, formatTotal(t), t.value, t.max !== t.value ? t.max : null, t.unitsReporting, totalNote(t)]);
    }
  }
  sum.columns.forEach((col, i) => (col.width = [28, 24, 50, 12, 24, 14, 14, 12, 40][i] ?? 14));

  for (const g of s.groups) {
    const ws = wb.addWorksheet(sheetName(g.name, used));
    styleHeader(ws.addRow(['STT', 'Mã đơn vị', s.scope.kind === 'nation' ? 'Tỉnh, thành phố' : 'Đơn vị', 'Tình trạng báo cáo', ...g.indicators.map((i) => `${i.name} (${i.unit})`)]));
    s.units.forEach((u, idx) => {
      const row = ws.addRow([idx + 1, u.code, u.displayName + (u.mergedFrom.length ? ` (gồm ${u.mergedFrom.join(', ')})` : ''), standingLabels[u.standing], ...g.indicators.map((i) => u.cells[i.code]?.value ?? null)]);
      g.indicators.forEach((i, k) => {
        const c: UnitCell | undefined = u.cells[i.code];
        if (!c) return;
        const q = c.qualifiers.filter((x) => x !== 'exact');
        if (q.length) {
          const cell = row.getCell(5 + k);
          cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
          cell.note = `${formatCell(c, i.aggregation, i.unit)} — ${q.map((x) => qualifierNotes[x]).join(', ')}`;
        }
      });
    });
    const totalRow = ws.addRow(['', '', 'Tổng hợp', '', ...g.indicators.map((i) => {
      const t = s.totals.find((x) => x.indicator === i.code);
      return t ? formatTotal(t) : '';
    })]);
    totalRow.font = { bold: true };
    ws.columns.forEach((col, i) => (col.width = i === 0 ? 6 : i === 1 ? 22 : i === 2 ? 32 : i === 3 ? 18 : 18));
    ws.views = [{ state: 'frozen', xSplit: 3, ySplit: 1 }];
  }

  const d = wb.addWorksheet(sheetName('Khó khăn', used));
  styleHeader(d.addRow(['Nhóm khó khăn', 'Số đơn vị', 'Đơn vị nêu', 'Trích dẫn']));
  for (const x of s.difficulties) d.addRow([x.name, x.units.length, x.units.join(', '), x.quotes.map((q) => `“${q.text}” (${q.unit})`).join('\n')]);
  d.columns.forEach((col, i) => (col.width = [40, 10, 40, 80][i] ?? 20));

  const r = wb.addWorksheet(sheetName('Kiến nghị', used));
  styleHeader(r.addRow(['Cơ quan nhận kiến nghị', 'Đơn vị', 'Nội dung']));
  for (const x of s.recommendations) for (const it of x.items) r.addRow([x.addressee, it.unit, it.text]);
  r.columns.forEach((col, i) => (col.width = [36, 28, 90][i] ?? 20));
  return wb;
}

export async function renderSynthesisXlsx(s: Synthesis): Promise<Buffer> {
  return Buffer.from(await buildSynthesisWorkbook(s).xlsx.writeBuffer());
}
