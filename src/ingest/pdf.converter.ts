// Reads a PDF's text layer with pdfjs-dist (legacy build, which runs in Node). Pages whose
// layer is (nearly) empty are reported so the caller can OCR the file as a scan.
import { AppError } from '#src/errors.ts';
import { scannedPageChars } from './limits.ts';

export interface PdfTextLayer { pages: string[]; totalPages: number; scannedPages: number[] }

interface TextItemLike { str?: string; hasEOL?: boolean }

export async function parsePdfTextLayer(bytes: Uint8Array, maxPages: number): Promise<PdfTextLayer> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let doc;
  try {
    doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false, verbosity: 0 }).promise;
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    if (/password/i.test(msg)) throw new AppError('FILE_UNSUPPORTED', 'Tệp PDF có mật khẩu; hãy gửi bản không đặt mật khẩu.', { internal: msg });
    throw new AppError('FILE_CORRUPT', 'Tệp PDF bị hỏng hoặc không đầy đủ, không đọc được.', { internal: `pdfjs: ${msg}` });
  }
  try {
    const totalPages = doc.numPages;
    const pages: string[] = [];
    const scannedPages: number[] = [];
    for (let p = 1; p <= Math.min(totalPages, maxPages); p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      let text = '';
      for (const item of content.items as TextItemLike[]) {
        text += item.str ?? '';
        if (item.hasEOL) text += '\n';
      }
      page.cleanup();
      // Vietnamese is not hyphenated, so a line ending in '-' is a wrapped code like "57-NQ/TW".
      pages.push(text.replace(/(\S)-\n(?=\S)/g, '$1-').normalize('NFC'));
      if (text.replace(/\s+/g, '').length < scannedPageChars) scannedPages.push(p);
    }
    return { pages, totalPages, scannedPages };
  } catch (e) {
    throw new AppError('FILE_CORRUPT', 'Tệp PDF bị hỏng hoặc không đầy đủ, không đọc được.', { internal: `pdfjs page: ${e instanceof Error ? e.message : String(e)}` });
  } finally {
    await doc.destroy();
  }
}
