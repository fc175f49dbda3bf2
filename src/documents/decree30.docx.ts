// Renders an OfficialDocument as DOCX in the layout of Decree 30/2020/NĐ-CP, Appendix I:
// A4 portrait, margins top/bottom 20 mm, left 30 mm, right 15 mm; Times New Roman; a borderless
// two-column header (issuing body | national motto), number and symbol beside place and date
// (italic); document type and subject bold, centred; body 14 pt justified with a 1.27 cm
// first-line indent; "Nơi nhận:" (bold italic 12 pt, list 11 pt) beside the signature block;
// page numbers from page 2, centred at the top.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IBorderOptions,
} from 'docx';
import type { Block, OfficialDocument } from './official-document.ts';

const FONT = 'Times New Roman';
const pt = (n: number) => n * 2; // docx sizes are half-points
const mm = (x: number) => Math.round((x * 1440) / 25.4);
const PAGE = { width: mm(210), height: mm(297) };
const MARGIN = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) };
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const LEFT_COL = Math.round(TEXT_WIDTH * 0.44);
const RIGHT_COL = TEXT_WIDTH - LEFT_COL;

const none: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const noBorders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };
const thin: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const gridBorders = { top: thin, bottom: thin, left: thin, right: thin, insideHorizontal: thin, insideVertical: thin };

function run(text: string, o: { size?: number; bold?: boolean; italic?: boolean } = {}): TextRun {
  return new TextRun({ text, font: FONT, size: pt(o.size ?? 14), bold: o.bold ?? false, italics: o.italic ?? false });
}

function centred(text: string, o: { size?: number; bold?: boolean; italic?: boolean; after?: number; before?: number; line?: number } = {}): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: o.before ?? 0, after: o.after ?? 0, line: o.line ?? 252 }, children: [run(text, o)] });
}

/** A short horizontal rule: an empty paragraph whose bottom border is shortened by indents. */
function rule(widthTwip: number, columnTwip: number): Paragraph {
  const side = Math.max(0, Math.round((columnTwip - widthTwip) / 2));
  return new Paragraph({
    spacing: { before: 0, after: 0, line: 120, lineRule: 'exact' },
    indent: { left: side, right: side },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [run('', { size: 4 })],
  });
}

function cell(children: Paragraph[], width: number, opts: { borders?: typeof noBorders; span?: number; shade?: boolean } = {}): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    borders: opts.borders ?? noBorders,
    columnSpan: opts.span,
    verticalAlign: VerticalAlign.TOP,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    shading: opts.shade ? { fill: 'EDEDED', color: 'auto', type: 'clear' } : undefined,
    children,
  });
}

/** 2025-12-09 → "ngày 09 tháng 12 năm 2025"; null → blanks for the signing date. */
function dateLine(place: string, iso: string | null, year: number): string {
  if (!iso) return `${place}, ngày      tháng      năm ${year}`;
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${place}, ngày ${d < 10 ? `0${d}` : d} tháng ${m < 3 ? `0${m}` : m} năm ${y}`;
}

function headerTable(doc: OfficialDocument): Table {
  const left = [
    ...(doc.superiorBody ? [centred(doc.superiorBody.toLocaleUpperCase('vi'), { size: 12 })] : []),
    centred(doc.issuingBody.toLocaleUpperCase('vi'), { size: 12, bold: true }),
    rule(mm(22), LEFT_COL),
  ];
  const right = [
    centred('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: 12, bold: true }),
    centred('Độc lập - Tự do - Hạnh phúc', { size: 13, bold: true }),
    rule(mm(60), RIGHT_COL),
  ];
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [LEFT_COL, RIGHT_COL],
    borders: noBorders,
    rows: [
      new TableRow({ children: [cell(left, LEFT_COL), cell(right, RIGHT_COL)] }),
      new TableRow({
        children: [
          cell([centred(doc.numberSymbol, { size: 13, before: 120 })], LEFT_COL),
          cell([centred(dateLine(doc.place, doc.date, doc.year), { size: 14, italic: true, before: 120 })], RIGHT_COL),
        ],
      }),
    ],
  });
}

function bodyParagraph(text: string, o: { italic?: boolean; bold?: boolean; indent?: boolean } = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    spacing: { before: 0, after: 120, line: 276 },
    indent: o.indent === false ? undefined : { firstLine: mm(12.7) },
    children: [run(text, { italic: o.italic ?? false, bold: o.bold ?? false })],
  });
}

function renderTable(b: Extract<Block, { kind: 'table' }>): (Paragraph | Table)[] {
  const totalWeight = b.columns.reduce((s, c) => s + c.width, 0);
  const widths = b.columns.map((c) => Math.floor((TEXT_WIDTH * c.width) / totalWeight));
  const align = (a?: 'left' | 'center' | 'right') => (a === 'right' ? AlignmentType.RIGHT : a === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT);
  const p = (text: string, o: { bold?: boolean; align?: 'left' | 'center' | 'right' }) =>
    new Paragraph({ alignment: align(o.align), spacing: { before: 0, after: 0, line: 240 }, children: [run(text, { size: 12, bold: o.bold ?? false })] });
  const header = new TableRow({
    tableHeader: true,
    children: b.columns.map((c, i) => cell([p(c.title, { bold: true, align: 'center' })], widths[i]!, { borders: gridBorders, shade: true })),
  });
  const rows = b.rows.map((r) =>
    r.span
      ? new TableRow({ cantSplit: true, children: [cell([p(r.cells[0] ?? '', { bold: true })], TEXT_WIDTH, { borders: gridBorders, span: b.columns.length })] })
      : new TableRow({ cantSplit: true, children: b.columns.map((c, i) => cell([p(r.cells[i] ?? '', { bold: r.bold ?? false, align: c.align })], widths[i]!, { borders: gridBorders })) }),
  );
  const out: (Paragraph | Table)[] = [];
  if (b.caption) out.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 120, after: 60 }, children: [run(b.caption, { size: 13, bold: true })] }));
  out.push(new Table({ width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: widths, rows: [header, ...rows] }));
  out.push(new Paragraph({ spacing: { after: 120 }, children: [] }));
  return out;
}

function renderBlock(b: Block): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'heading':
      return [new Paragraph({ alignment: AlignmentType.JUSTIFIED, spacing: { before: 120, after: 120 }, indent: { firstLine: mm(12.7) }, keepNext: true, children: [run(b.text, { bold: true, italic: b.level === 2 })] })];
    case 'paragraph':
      return [bodyParagraph(b.text, { italic: b.italic ?? false })];
    case 'bullet':
      return [new Paragraph({ alignment: AlignmentType.JUSTIFIED, spacing: { after: 80, line: 276 }, indent: { firstLine: mm(12.7) }, children: [run(`- ${b.text}`), ...(b.note ? [run(` (${b.note})`, { italic: true })] : [])] })];
    case 'quote':
      return [new Paragraph({ alignment: AlignmentType.JUSTIFIED, spacing: { after: 80, line: 276 }, indent: { left: mm(12.7) }, children: [run(`“${b.text}”`, { italic: true }), run(` (${b.source})`)] })];
    case 'table':
      return renderTable(b);
  }
}

function closingTable(doc: OfficialDocument): Table {
  const recipients = [
    new Paragraph({ spacing: { after: 0 }, children: [run('Nơi nhận:', { size: 12, bold: true, italic: true })] }),
    ...doc.recipients.map((r) => new Paragraph({ spacing: { after: 0, line: 240 }, children: [run(r, { size: 11 })] })),
  ];
  const sign = [
    ...doc.signature.authority.map((a) => centred(a.toLocaleUpperCase('vi'), { size: 14, bold: true })),
    ...Array.from({ length: 4 }, () => centred('', { size: 14 })),
    centred(doc.signature.name ?? '', { size: 14, bold: true }),
  ];
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [LEFT_COL, RIGHT_COL],
    borders: noBorders,
    rows: [new TableRow({ cantSplit: true, children: [cell(recipients, LEFT_COL), cell(sign, RIGHT_COL)] })],
  });
}

export function buildDecree30Document(doc: OfficialDocument): Document {
  const children: (Paragraph | Table)[] = [
    headerTable(doc),
    centred(doc.type.toLocaleUpperCase('vi'), { size: 14, bold: true, before: 360 }),
    centred(doc.subject, { size: 14, bold: true, line: 276 }),
    rule(mm(40), TEXT_WIDTH),
    new Paragraph({ spacing: { after: 120 }, children: [] }),
    ...doc.body.flatMap(renderBlock),
    new Paragraph({ spacing: { after: 120 }, children: [] }),
    closingTable(doc),
  ];
  return new Document({
    creator: 'Lan Tỏa',
    title: doc.title,
    styles: { default: { document: { run: { font: FONT, size: pt(14) } } } },
    sections: [
      {
        properties: {
          page: { size: PAGE, margin: { ...MARGIN, header: mm(10), footer: mm(10) } },
          titlePage: true,
        },
        headers: {
          first: new Header({ children: [] }),
          default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: pt(13) })] })] }),
        },
        children,
      },
    ],
  });
}

export async function renderDecree30Docx(doc: OfficialDocument): Promise<Buffer> {
  return Packer.toBuffer(buildDecree30Document(doc));
}
