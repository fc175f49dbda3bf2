// Vietnamese syllable orthography: the rule-generated syllable inventory (onset + rhyme + tone),
// canonical tone placement (traditional style: hóa, thủy, as in administrative documents),
// and diacritic folding for accent-insensitive matching.

const TONE_MARKS = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323']; // ngang sắc huyền hỏi ngã nặng
const TONE_RE = /[\u0300\u0301\u0303\u0309\u0323]/g;
const MODIFIED = 'ăâêôơư';
const VOWELS = 'aăâeêioôơuưy';

const ONSETS = ['', 'b', 'c', 'ch', 'd', 'đ', 'g', 'gh', 'gi', 'h', 'k', 'kh', 'l', 'm', 'n', 'ng', 'ngh', 'nh', 'p', 'ph', 'qu', 'r', 's', 't', 'th', 'tr', 'v', 'x'];
const RHYMES = (
  'a ai ao au ay an am ang anh ac at ap ach ăn ăm ăng ăc ăt ăp âu ây ân âm âng âc ât âp ' +
  'e eo en em eng ec et ep ê êu ên êm ênh êch êt êp i ia iu in im inh ich it ip iêu iên iêm iêng iêc iêt iêp ' +
  'yêu yên yêm yêt y o oi on om ong oc ot op oa oai oay oan oam oang oanh oac oat oach oăn oăm oăng oăc oăt oe oeo oen oet ooc oong ' +
  'ô ôi ôn ôm ông ôc ôt ôp ơ ơi ơn ơm ơp ơt u ui un um ung uc ut up ua uân uât uâng uây uê uênh uêch uy uya uyên uyêt uynh uych uyt uyu uơ ' +
  'uôi uôn uôm uông uôc uôt ư ưi ưu ưa ưng ưc ưt ưn ươi ươu ươn ươm ương ươc ươt ươp ' +
  // Final k of Central Highlands place names written in Vietnamese script (Đắk Lắk, Krông Pắk).
  'ăk ơk ôk'
).split(' ');

const STOP = /[cptk]$|ch$/;

/** Removes tone marks only (keeps ă â ê ô ơ ư đ). Input/output NFC. */
export function stripTone(s: string): string {
  return s.normalize('NFD').replace(TONE_RE, '').normalize('NFC');
}

/** Lowercase, strip all diacritics, đ→d: the accent-insensitive key used for matching. */
export function foldVietnamese(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .normalize('NFC');
}

/** Index of the tone (0..5) carried by a syllable. */
export function toneOf(s: string): number {
  const m = s.normalize('NFD').match(TONE_RE);
  return m ? TONE_MARKS.indexOf(m[0]) : 0;
}

/**
 * Places `tone` on a lowercase toneless syllable by the traditional rule: on the modified vowel
 * (the last one, so ươ carries it on ơ); else on the last vowel when a final consonant follows;
 * else on the first vowel of a two-vowel open rhyme (hòa, thủy, mùa) or the middle of three.
 */
export function placeTone(base: string, tone: number): string {
  if (tone === 0) return base;
  const chars = [...base];
  let start = 0;
  if (base.startsWith('qu')) start = 2;
  else if (base.startsWith('gi') && chars.length > 2 && VOWELS.includes(chars[2]!)) start = 2;
  const idx: number[] = [];
  for (let i = start; i < chars.length; i++) if (VOWELS.includes(chars[i]!)) idx.push(i);
  if (idx.length === 0) {
    const i = chars.indexOf('i'); // gì
    if (i < 0) return base;
    idx.push(i);
  }
  let pos: number;
  const mod = idx.filter((i) => MODIFIED.includes(chars[i]!));
  if (mod.length) pos = mod[mod.length - 1]!;
  else if (idx[idx.length - 1]! < chars.length - 1) pos = idx[idx.length - 1]!;
  else if (idx.length === 1) pos = idx[0]!;
  else if (idx.length === 2) pos = idx[0]!;
  else pos = idx[1]!;
  chars[pos] = (chars[pos]! + TONE_MARKS[tone]!).normalize('NFC');
  return chars.join('');
}

/** Rewrites a lowercase syllable into canonical (traditional) tone placement. */
export function canonicalSyllable(s: string): string {
  const lower = s.normalize('NFC').toLowerCase();
  return placeTone(stripTone(lower), toneOf(lower));
}

function join(onset: string, rhyme: string): string | null {
  const front = 'ieêy'.includes(rhyme[0]!) || rhyme.startsWith('iê');
  if ((onset === 'c' || onset === 'g' || onset === 'ng') && front) return null;
  if ((onset === 'k' || onset === 'gh' || onset === 'ngh') && !front) return null;
  if (onset === 'qu') {
    // The u of qu is the rhyme's u: qu + uynh, uych, uyt is written quynh, quych, quyt (Quỳnh, quýt).
    if (rhyme === 'uynh' || rhyme === 'uych' || rhyme === 'uyt') return 'q' + rhyme;
    if (rhyme.startsWith('u') || rhyme.startsWith('o') || rhyme.startsWith('ư')) return null;
    return 'qu' + rhyme;
  }
  if (onset === 'gi') {
    if (rhyme.startsWith('y')) return null;
    return rhyme.startsWith('i') ? 'g' + rhyme : 'gi' + rhyme;
  }
  if (rhyme.startsWith('y') && rhyme.length > 1 && onset !== '') return null; // yê* only without onset
  if (rhyme.startsWith('iê') && onset === '') return null; // written yê*
  return onset + rhyme;
}

let inventory: string[] | undefined;
/** Every orthographically valid lowercase syllable with every permitted tone (stop rhymes: sắc/nặng only). */
export function syllableInventory(): string[] {
  if (inventory) return inventory;
  const out = new Set<string>();
  for (const o of ONSETS) {
    for (const r of RHYMES) {
      const base = join(o, r);
      if (!base) continue;
      const tones = STOP.test(base) ? [1, 5] : [0, 1, 2, 3, 4, 5];
      for (const t of tones) out.add(placeTone(base, t));
    }
  }
  inventory = [...out];
  return inventory;
}
