// Decides a file's format from its first bytes (magic numbers), never from its extension:
// communes rename files freely and a ".docx" may be anything.

export type SniffedType = 'pdf' | 'zip' | 'png' | 'jpeg' | 'tiff' | 'gif' | 'webp' | 'ole' | 'rtf' | 'text' | 'binary';

const startsWith = (b: Buffer, sig: number[], at = 0): boolean => b.length >= at + sig.length && sig.every((v, i) => b[at + i] === v);

export function sniff(bytes: Buffer): SniffedType {
  // PDF headers may follow a little junk; the spec lets readers search the first 1 KB.
  if (bytes.subarray(0, 1024).includes('%PDF-')) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return 'zip';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return 'tiff';
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return 'gif';
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return 'webp';
  // Old binary Word (.doc) and Excel (.xls) share the OLE compound-file signature.
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole';
  if (bytes.subarray(0, 5).toString('latin1') === '{\\rtf') return 'rtf';
  return looksLikeText(bytes) ? 'text' : 'binary';
}

/**
 * Text has almost no control bytes. UTF-16 text (with BOM) is full of NULs, so the BOM is
 * checked first. Legacy 8-bit Vietnamese encodings use bytes >= 0x80 freely, so only C0
 * controls other than tab/CR/LF/FF count against text.
 */
export function looksLikeText(bytes: Buffer): boolean {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return true;
  const sample = bytes.subarray(0, 64 * 1024);
  if (sample.length === 0) return false;
  let bad = 0;
  for (const b of sample) {
    if (b === 0) return false;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) bad++;
  }
  return bad / sample.length < 0.01;
}
