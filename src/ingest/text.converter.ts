// Reads a plain-text file (any OCR quality): decodes its encoding to NFC Unicode and
// normalises line endings; the Vietnamese repair happens later in core/extraction.
import { decodeText, type TextEncoding } from './encodings.ts';

export function convertText(bytes: Buffer): { text: string; encoding: TextEncoding; warnings: string[] } {
  const d = decodeText(bytes);
  // eslint-disable-next-line no-control-regex
  const text = d.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').replace(/[\x00-\x08\x0b\x0e-\x1f]/g, '');
  return { text, encoding: d.encoding, warnings: d.warnings };
}
