// Turns the bytes of a plain-text file into NFC Unicode. Communes still send text typed in
// the legacy Vietnamese encodings TCVN3 (ABC, .VnTime fonts) and VNI-Windows (VNI-Times),
// and occasionally Windows-1258; these are detected and converted, anything else is
// rejected with an error that names what was found.
import { AppError } from '#src/errors.ts';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'tcvn3' | 'vni-windows' | 'windows-1258';

export const encodingLabels: Record<TextEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16',
  'utf-16be': 'UTF-16',
  tcvn3: 'TCVN3 (ABC)',
  'vni-windows': 'VNI-Windows',
  'windows-1258': 'Windows-1258',
};

/**
 * Upper half (0x80–0xFF) of TCVN 5712:1993, as glibc's TCVN5712-1 table publishes it.
 * TCVN3 (VN3, the ABC fonts) uses the same positions for lowercase letters and Ă Â Ê Ô Ơ Ư Đ;
 * the capitals VN1 adds in the gaps do no harm when decoding VN3. 0xB0–0xB4 are combining
 * tone marks, which NFC folds into the preceding letter.
 */
const TCVN_HIGH = [
  0x00c0, 0x1ea2, 0x00c3, 0x00c1, 0x1ea0, 0x1eb6, 0x1eac, 0x00c8, 0x1eba, 0x1ebc, 0x00c9, 0x1eb8, 0x1ec6, 0x00cc, 0x1ec8, 0x0128,
  0x00cd, 0x1eca, 0x00d2, 0x1ece, 0x00d5, 0x00d3, 0x1ecc, 0x1ed8, 0x1edc, 0x1ede, 0x1ee0, 0x1eda, 0x1ee2, 0x00d9, 0x1ee6, 0x0168,
  0x00a0, 0x0102, 0x00c2, 0x00ca, 0x00d4, 0x01a0, 0x01af, 0x0110, 0x0103, 0x00e2, 0x00ea, 0x00f4, 0x01a1, 0x01b0, 0x0111, 0x1eb0,
  0x0300, 0x0309, 0x0303, 0x0301, 0x0323, 0x00e0, 0x1ea3, 0x00e3, 0x00e1, 0x1ea1, 0x1eb2, 0x1eb1, 0x1eb3, 0x1eb5, 0x1eaf, 0x1eb4,
  0x1eae, 0x1ea6, 0x1ea8, 0x1eaa, 0x1ea4, 0x1ec0, 0x1eb7, 0x1ea7, 0x1ea9, 0x1eab, 0x1ea5, 0x1ead, 0x00e8, 0x1ec2, 0x1ebb, 0x1ebd,
  0x00e9, 0x1eb9, 0x1ec1, 0x1ec3, 0x1ec5, 0x1ebf, 0x1ec7, 0x00ec, 0x1ec9, 0x1ec4, 0x1ebe, 0x1ed2, 0x0129, 0x00ed, 0x1ecb, 0x00f2,
  0x1ed4, 0x1ecf, 0x00f5, 0x00f3, 0x1ecd, 0x1ed3, 0x1ed5, 0x1ed7, 0x1ed1, 0x1ed9, 0x1edd, 0x1edf, 0x1ee1, 0x1edb, 0x1ee3, 0x00f9,
  0x1ed6, 0x1ee7, 0x0169, 0x00fa, 0x1ee5, 0x1eeb, 0x1eed, 0x1eef, 0x1ee9, 0x1ef1, 0x1ef3, 0x1ef7, 0x1ef9, 0x00fd, 0x1ef5, 0x1ed0,
];

const tcvnDecode = new Map<number, string>(TCVN_HIGH.map((cp, i) => [0x80 + i, String.fromCodePoint(cp)]));
const tcvnEncode = new Map<string, number>();
// Prefer the VN3 lowercase positions when encoding (the later, lowercase block wins).
TCVN_HIGH.forEach((cp, i) => {
  const ch = String.fromCodePoint(cp);
  if (!tcvnEncode.has(ch) || ch === ch.toLowerCase()) tcvnEncode.set(ch, 0x80 + i);
});

export function decodeTcvn3(bytes: Buffer): string {
  let out = '';
  for (const b of bytes) out += b < 0x80 ? String.fromCharCode(b) : (tcvnDecode.get(b) ?? '\uFFFD');
  return out.normalize('NFC');
}

/** Encodes NFC text as TCVN3; used to make fixtures. Capitals with tones are lowered as VN3 fonts did. */
export function encodeTcvn3(text: string): Buffer {
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const cp = ch.codePointAt(0) ?? 0x3f;
    if (cp < 0x80) out.push(cp);
    else out.push(tcvnEncode.get(ch) ?? tcvnEncode.get(ch.toLowerCase()) ?? 0x3f);
  }
  return Buffer.from(out);
}

/*
 * VNI-Windows writes a Vietnamese letter as a base letter followed by one Windows-1252
 * character standing for the mark (published VNI chart). Tone marks after a plain or horned
 * vowel: ø grave, ù acute, û hook, õ tilde, ï dot. After a circumflex they are fused with it:
 * â (none) à á å ã ä; after a breve: ê (none) è é ú ü ë. ô = ơ, ö = ư, ñ = đ, i and y with
 * tones have their own characters (ì í æ ó ò, î = ỵ). Capitals use the capital forms.
 */
const TONES = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'] as const;
const VNI_PLAIN_TONE = ['', 'ø', 'ù', 'û', 'õ', 'ï'];
const VNI_CIRC = ['â', 'à', 'á', 'å', 'ã', 'ä'];
const VNI_BREVE = ['ê', 'è', 'é', 'ú', 'ü', 'ë'];
const VNI_I = ['i', 'ì', 'í', 'æ', 'ó', 'ò'];

function buildVni(): Map<string, string> {
  const m = new Map<string, string>(); // unicode letter -> VNI string (lowercase)
  for (let t = 0; t < 6; t++) {
    const tone = TONES[t] ?? '';
    for (const v of ['a', 'e', 'o', 'u', 'y']) m.set((v + tone).normalize('NFC'), v + (VNI_PLAIN_TONE[t] ?? ''));
    for (const v of ['a', 'e', 'o']) m.set((v + '\u0302' + tone).normalize('NFC'), v + (VNI_CIRC[t] ?? ''));
    m.set(('a\u0306' + tone).normalize('NFC'), 'a' + (VNI_BREVE[t] ?? ''));
    m.set(('o\u031b' + tone).normalize('NFC'), 'ô' + (VNI_PLAIN_TONE[t] ?? ''));
    m.set(('u\u031b' + tone).normalize('NFC'), 'ö' + (VNI_PLAIN_TONE[t] ?? ''));
    m.set(('i' + tone).normalize('NFC'), VNI_I[t] ?? 'i');
  }
  m.set('ỵ', 'î');
  m.set('đ', 'ñ');
  for (const [k, v] of [...m]) if (k.toUpperCase() !== k) m.set(k.toUpperCase(), v.toUpperCase());
  for (const [k, v] of [...m]) if (k === v) m.delete(k);
  return m;
}
const vniEncode = buildVni();
const vniDecode = new Map<string, string>([...vniEncode].map(([u, v]) => [v, u]));

export function decodeVni(bytes: Buffer): string {
  const s = new TextDecoder('windows-1252').decode(bytes);
  let out = '';
  for (let i = 0; i < s.length; ) {
    const two = s.slice(i, i + 2);
    const hit2 = two.length === 2 ? vniDecode.get(two) : undefined;
    if (hit2) { out += hit2; i += 2; continue; }
    const one = s[i] ?? '';
    out += vniDecode.get(one) ?? one;
    i += 1;
  }
  return out.normalize('NFC');
}

/** Encodes NFC text as VNI-Windows; used to make fixtures. */
export function encodeVni(text: string): Buffer {
  let s = '';
  for (const ch of text.normalize('NFC')) s += vniEncode.get(ch) ?? ch;
  const out: number[] = [];
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0x3f;
    out.push(cp < 0x100 ? cp : 0x3f);
  }
  return Buffer.from(out);
}

// --- Detection: decode with each candidate and count words that are valid Vietnamese syllables.
const ONSET = '(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?';
const NUCLEUS = '(?:uyê|uya|ươ|uô|iê|yê|ưa|ia|ya|ua|oa|oă|oe|uâ|uê|uy|[aăâeêioôơuưy])';
const CODA = '(?:ch|ng|nh|[cmnptiyou])?';
const SYLLABLE = new RegExp(`^${ONSET}${NUCLEUS}${CODA}$`);

function stripTone(word: string): string {
  return word.normalize('NFD').replace(/[\u0300\u0301\u0303\u0309\u0323]/g, '').normalize('NFC');
}

/** Share of non-ASCII words that are well-formed Vietnamese syllables (NaN when there are none). */
export function vietnameseScore(text: string): { words: number; good: number } {
  let words = 0;
  let good = 0;
  for (const w of text.toLowerCase().split(/[^\p{L}]+/u)) {
    if (!w || /^\p{ASCII}*$/u.test(w)) continue;
    words++;
    const marks = (w.normalize('NFD').match(/[\u0300\u0301\u0303\u0309\u0323]/g) ?? []).length;
    if (marks <= 1 && SYLLABLE.test(stripTone(w))) good++;
  }
  return { words, good };
}

export interface DecodedText { text: string; encoding: TextEncoding; warnings: string[] }

/** Decodes a text file's bytes to NFC Unicode, or throws FILE_ENCODING naming the encoding. */
export function decodeText(bytes: Buffer): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)).normalize('NFC'), encoding: 'utf-16le', warnings: [] };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)).normalize('NFC'), encoding: 'utf-16be', warnings: [] };
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text: text.normalize('NFC'), encoding: 'utf-8', warnings: [] };
  } catch {
    // Not UTF-8: some legacy 8-bit encoding.
  }
  const candidates: { encoding: TextEncoding; text: string }[] = [
    { encoding: 'tcvn3', text: decodeTcvn3(bytes) },
    { encoding: 'vni-windows', text: decodeVni(bytes) },
    { encoding: 'windows-1258', text: new TextDecoder('windows-1258').decode(bytes).normalize('NFC') },
  ];
  const scored = candidates
    .map((c) => ({ ...c, ...vietnameseScore(c.text) }))
    .map((c) => ({ ...c, ratio: c.words ? c.good / c.words : 0 }))
    .sort((a, b) => b.good - a.good || b.ratio - a.ratio);
  const best = scored[0];
  if (best && best.words >= 3 && best.ratio >= 0.8) {
    const warnings = [`Tệp dùng bảng mã cũ ${encodingLabels[best.encoding]}; đã chuyển sang Unicode.`];
    if (best.encoding === 'tcvn3') warnings.push('Bảng mã TCVN3 không phân biệt chữ hoa có dấu; một số chữ hoa có thể đã thành chữ thường.');
    return { text: best.text, encoding: best.encoding, warnings };
  }
  const guess = best && best.words >= 3 && best.ratio >= 0.4 ? encodingLabels[best.encoding] : undefined;
  throw new AppError(
    'FILE_ENCODING',
    guess
      ? `Tệp văn bản không dùng UTF-8; có vẻ là bảng mã ${guess} nhưng không chuyển đổi được chắc chắn. Hãy lưu lại tệp với bảng mã Unicode (UTF-8).`
      : 'Tệp văn bản không dùng UTF-8 và không nhận ra bảng mã (đã thử TCVN3, VNI-Windows, Windows-1258). Hãy lưu lại tệp với bảng mã Unicode (UTF-8).',
    { internal: `undecodable text; best=${best?.encoding} ratio=${best?.ratio.toFixed(2)} words=${best?.words}`, details: { guess: best?.encoding } },
  );
}
