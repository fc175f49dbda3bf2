// Builds the ingest test fixtures (good and broken) from one clean Vietnamese text.
// Run: node --import tsx scripts/make-ingest-fixtures.ts   (needs soffice, pango-view, tesseract)
// Outputs are committed; rerun only to change them.
import { execFileSync } from 'node:child_process';
import { createDeflateRaw } from 'node:zlib';
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph, ImageRun } from 'docx';
import { encodeTcvn3, encodeVni } from '#src/ingest/encodings.ts';

const good = 'tests/fixtures/ingest';
const broken = 'tests/fixtures/broken';
const clean = readFileSync(join(good, 'clean-vi.txt'), 'utf8');
const tmp = mkdtempSync(join(tmpdir(), 'lantoa-fx-'));

// Legacy encodings of the same text.
writeFileSync(join(broken, 'tcvn3.txt'), encodeTcvn3(clean));
writeFileSync(join(broken, 'vni.txt'), encodeVni(clean));

// DOCX from the clean text, then a PDF with a text layer from it.
const docx = new Document({ sections: [{ children: clean.split('\n').map((line) => new Paragraph({ text: line })) }] });
writeFileSync(join(good, 'report.docx'), await Packer.toBuffer(docx));
execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', tmp, join(good, 'report.docx')], { stdio: 'ignore' });
copyFileSync(join(tmp, 'report.pdf'), join(good, 'report.pdf'));

// A "scan": the first part of the text rendered to an image at 200 dpi, and a PDF holding only that image.
const excerpt = clean.split('\n').slice(0, 14).join('\n');
execFileSync('pango-view', ['--font=Liberation Serif 13', '--dpi=200', '--margin=60', '-q', '-o', join(good, 'scan-page.png'), `--text=${excerpt}`]);
const png = readFileSync(join(good, 'scan-page.png'));
const imgDoc = new Document({ sections: [{ children: [new Paragraph({ children: [new ImageRun({ type: 'png', data: png, transformation: { width: 600, height: Math.round((600 * png.readUInt32BE(20)) / png.readUInt32BE(16)) } })] })] }] });
writeFileSync(join(tmp, 'scan.docx'), await Packer.toBuffer(imgDoc));
execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', tmp, join(tmp, 'scan.docx')], { stdio: 'ignore' });
copyFileSync(join(tmp, 'scan.pdf'), join(good, 'scan.pdf'));

// An image with no text: a blank page.
execFileSync('pango-view', ['--font=Liberation Serif 13', '--dpi=100', '--margin=200', '-q', '-o', join(broken, 'no-text.png'), '--text= ']);

// Broken files.
writeFileSync(join(broken, 'empty.txt'), '');
let seed = 42;
const junk = Buffer.alloc(4096, 0).map(() => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) & 0xff);
writeFileSync(join(broken, 'junk.bin'), junk);
const pdf = readFileSync(join(good, 'report.pdf'));
writeFileSync(join(broken, 'truncated.pdf'), pdf.subarray(0, Math.floor(pdf.length / 3)));
const docxBytes = readFileSync(join(good, 'report.docx'));
const corrupt = Buffer.from(docxBytes);
corrupt.fill(0x55, 200, Math.min(corrupt.length - 200, 200 + 4000)); // smash compressed data and headers
writeFileSync(join(broken, 'corrupt.docx'), corrupt);
writeFileSync(join(broken, 'english.txt'), 'Annual report on the digital transformation programme.\n\n' + 'The committee reviewed the results of the communication campaign and agreed that the work is on track. '.repeat(20));
writeFileSync(join(broken, 'zip-bomb.docx'), await zipBomb(false));
writeFileSync(join(broken, 'zip-bomb-lying.docx'), await zipBomb(true));
rmSync(tmp, { recursive: true, force: true });
console.log('fixtures written');

/** A zip shaped like a DOCX whose word/document.xml inflates to 200 MB; `lie` declares 4 KB instead. */
async function zipBomb(lie: boolean): Promise<Buffer> {
  const size = 200 * 1024 * 1024;
  const chunk = Buffer.alloc(1024 * 1024, 0x20);
  const deflate = createDeflateRaw({ level: 9 });
  const parts: Buffer[] = [];
  deflate.on('data', (d: Buffer) => parts.push(d));
  const done = new Promise((r) => deflate.on('end', r));
  for (let i = 0; i < size / chunk.length; i++) if (!deflate.write(chunk)) await new Promise((r) => deflate.once('drain', r));
  deflate.end();
  await done;
  const body = Buffer.concat(parts);
  const crc = crc32OfRepeated(0x20, size);
  const entries = [
    { name: '[Content_Types].xml', data: Buffer.from('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'), stored: true },
    { name: 'word/document.xml', data: body, stored: false },
  ];
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const usize = e.stored ? e.data.length : lie ? 4096 : size;
    const ecrc = e.stored ? crc32(e.data) : crc;
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0); h.writeUInt16LE(20, 4); h.writeUInt16LE(0, 6); h.writeUInt16LE(e.stored ? 0 : 8, 8);
    h.writeUInt32LE(ecrc, 14); h.writeUInt32LE(e.data.length, 18); h.writeUInt32LE(usize, 22); h.writeUInt16LE(name.length, 26);
    local.push(h, name, e.data);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0); c.writeUInt16LE(20, 4); c.writeUInt16LE(20, 6); c.writeUInt16LE(e.stored ? 0 : 8, 10);
    c.writeUInt32LE(ecrc, 16); c.writeUInt32LE(e.data.length, 20); c.writeUInt32LE(usize, 24); c.writeUInt16LE(name.length, 28);
    c.writeUInt32LE(offset, 42);
    central.push(c, name);
    offset += 30 + name.length + e.data.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(entries.length, 8); end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12); end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, cd, end]);
}

function crc32(buf: Buffer, start = 0xffffffff): number {
  let c = start;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}
function crc32OfRepeated(byte: number, n: number): number {
  const block = Buffer.alloc(1024 * 1024, byte);
  let c = 0xffffffff;
  for (let i = 0; i < n / block.length; i++) c = (crc32(block, c) ^ 0xffffffff) >>> 0;
  return (c ^ 0xffffffff) >>> 0;
}
