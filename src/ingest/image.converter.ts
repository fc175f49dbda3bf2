// Reads text from an image (PNG, JPEG, TIFF) by OCR with the Vietnamese model.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ocrImages, type OcrEngine, type OcrOptions } from './ocr.ts';

export async function convertImage(bytes: Buffer, ext: string, opts: OcrOptions): Promise<{ text: string; engine: OcrEngine }> {
  const dir = await mkdtemp(join(tmpdir(), 'lantoa-img-'));
  try {
    const file = join(dir, `page.${ext}`);
    await writeFile(file, bytes);
    const r = await ocrImages([file], opts);
    return { text: (r.texts[0] ?? '').normalize('NFC'), engine: r.engine };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
