// Reads the body text of a .docx. The zip's central directory is checked first (entry count,
// declared sizes, compression ratio) so a zip bomb is refused before anything is inflated;
// mammoth then runs inside a memory-limited worker (isolate.ts) in case the sizes lie.
import yauzl from 'yauzl';
import mammoth from 'mammoth';
import { AppError } from '#src/errors.ts';
import { zipLimits } from './limits.ts';

const corrupt = (internal: string): AppError => new AppError('FILE_CORRUPT', 'Tệp Word (.docx) bị hỏng hoặc không đầy đủ, không đọc được.', { internal });

export interface ZipSummary { entries: number; totalBytes: number; hasDocumentXml: boolean }

/** Inspects the central directory only; no entry is decompressed. */
export function inspectZip(bytes: Buffer): Promise<ZipSummary> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (err, zip) => {
      if (err || !zip) return reject(corrupt(`zip: ${err?.message ?? 'no zip'}`));
      let entries = 0;
      let totalBytes = 0;
      let hasDocumentXml = false;
      const fail = (e: AppError): void => { zip.close(); reject(e); };
      zip.on('error', (e: Error) => fail(corrupt(`zip: ${e.message}`)));
      zip.on('entry', (entry: yauzl.Entry) => {
        entries++;
        totalBytes += entry.uncompressedSize;
        if (entry.fileName === 'word/document.xml') hasDocumentXml = true;
        const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
        if (entries > zipLimits.maxEntries) return fail(bomb(`too many entries (> ${zipLimits.maxEntries})`));
        if (entry.uncompressedSize > zipLimits.maxEntryBytes) return fail(bomb(`entry ${entry.fileName} declares ${entry.uncompressedSize} bytes`));
        if (totalBytes > zipLimits.maxTotalBytes) return fail(bomb(`total uncompressed ${totalBytes} bytes`));
        if (entry.uncompressedSize > zipLimits.ratioMinBytes && ratio > zipLimits.maxRatio) return fail(bomb(`entry ${entry.fileName} ratio ${ratio.toFixed(0)}`));
        zip.readEntry();
      });
      zip.on('end', () => resolve({ entries, totalBytes, hasDocumentXml }));
      zip.readEntry();
    });
  });
}

function bomb(internal: string): AppError {
  return new AppError('FILE_TOO_LARGE', 'Tệp nén (.docx) có nội dung giải nén quá lớn hoặc bất thường (nghi là "bom nén"); không đọc tệp này.', { internal });
}

/** Checks the zip and that it is a Word document; throws FILE_UNSUPPORTED for other zips (xlsx, odt…). */
export async function checkDocxContainer(bytes: Buffer): Promise<void> {
  const z = await inspectZip(bytes);
  if (!z.hasDocumentXml) throw new AppError('FILE_UNSUPPORTED', 'Tệp nén không phải văn bản Word (.docx); chỉ đọc được .docx, .pdf, ảnh và tệp văn bản.', { internal: 'zip without word/document.xml' });
}

/** Runs inside the worker: body text with paragraphs separated by blank lines as mammoth gives them. */
export async function parseDocxBody(bytes: Buffer): Promise<{ text: string; warnings: string[] }> {
  try {
    const r = await mammoth.extractRawText({ buffer: bytes });
    return { text: r.value.normalize('NFC'), warnings: [] };
  } catch (e) {
    throw corrupt(`mammoth: ${e instanceof Error ? e.message : String(e)}`);
  }
}
