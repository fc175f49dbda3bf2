// Builds the syllable unigram/bigram language model for the Vietnamese repair from the clean
// text the project ships in corpus/ (see corpus/README.md) plus the *tune* split of the project's
// own labelled documents. Holdout documents and the mangled seeds are never read.
// Output: src/core/vietnamese/model/lm.json. Usage: npx tsx scripts/build-language-model.ts
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { canonicalSyllable, syllableInventory } from '#src/core/vietnamese/syllable.ts';
import { NUM } from '#src/core/vietnamese/repair.ts';

const MIN_BIGRAM = 2; // prune singletons: they are mostly noise and dominate the file size
// Trigrams of running text (same tokens and weights as the bigrams), kept from this weighted count
// up: a phrase the written corpus has once (weight 3) or a tune document and the help pages
// share. Chosen on the tune split (docs/language-model.md, "Trigrams").
const MIN_TRIGRAM = Number(process.env.MIN_TRIGRAM ?? 3);

const inventory = new Set(syllableInventory());
const files = ['corpus/admin-vi.txt', 'corpus/names-vi.txt', 'corpus/libreoffice-help-vi.txt'];
// The larger written administrative corpus (corpus/admin-vi-<domain>.txt, decision 013).
const written = readdirSync('corpus')
  .filter((f) => /^admin-vi-.+\.txt$/.test(f))
  .sort()
  .map((f) => `corpus/${f}`);
files.push(...written);
const split = JSON.parse(readFileSync('tests/fixtures/own/split.json', 'utf8')) as { tune: string[]; holdout: string[] };
// LM_WITHOUT_OWN=1 leaves the tune documents out, so that `eval-repair.ts --tune` scores text the
// model has not seen (used only to choose weights; the shipped model includes them).
for (const id of process.env.LM_WITHOUT_OWN ? [] : split.tune) {
  const f = `tests/fixtures/own/${id}/clean.txt`;
  if (existsSync(f)) files.push(f);
}

const uni = new Map<string, number>();
const bi = new Map<string, number>();
const tri = new Map<string, number>();
// Syllables of proper names (capitalised words in the names corpus): the repair scores
// capitalised runs ("Vũ Hữu …") with this class model as well as with the general bigrams.
const nameUni = new Map<string, number>();
// First syllables of lines that are a bare personal name (2–4 capitalised words): surnames.
const surnameUni = new Map<string, number>();
for (const line of readFileSync('corpus/names-vi.txt', 'utf8').normalize('NFC').split('\n')) {
  if (/^(?:\p{Lu}\p{Ll}*\s){1,3}\p{Lu}\p{Ll}*$/u.test(line.trim())) {
    const s = canonicalSyllable(line.trim().split(/\s+/)[0]!);
    if (inventory.has(s)) surnameUni.set(s, (surnameUni.get(s) ?? 0) + 1);
  }
  for (const w of line.split(/[\s,]+/)) {
    if (!/^\p{Lu}\p{Ll}*$/u.test(w)) continue;
    const s = canonicalSyllable(w);
    if (inventory.has(s)) nameUni.set(s, (nameUni.get(s) ?? 0) + 1);
  }
}
// Middle and given names by position: the last syllable of a personal name is its given name,
// the ones between the surname and it are middle names. From the bare name lines of the names
// corpus (frequency-weighted lists written for the project) and from a broad public list of
// given names (corpus/person-names-vi.txt, "F|M|G <middle> <given>" lines).
const middleUni = new Map<string, number>();
const givenUni = new Map<string, number>();
const countName = (syllables: string[], withSurname: boolean, weight: number): void => {
  const ss = syllables.map(canonicalSyllable);
  if (!ss.every((s) => inventory.has(s))) return;
  const last = ss[ss.length - 1]!;
  givenUni.set(last, (givenUni.get(last) ?? 0) + weight);
  for (const m of ss.slice(withSurname ? 1 : 0, -1)) middleUni.set(m, (middleUni.get(m) ?? 0) + weight);
};
// The public list has no frequencies (a rare name counts as much as a common one): it adds
// coverage at a quarter of the weight of a name drawn from the frequency-ordered lists.
const LIST_WEIGHT = 0.25;
for (const line of readFileSync('corpus/names-vi.txt', 'utf8').normalize('NFC').split('\n')) {
  if (/^(?:\p{Lu}\p{Ll}*\s){1,3}\p{Lu}\p{Ll}*$/u.test(line.trim())) countName(line.trim().split(/\s+/), true, 1);
}
// Gender of given and middle names: how often a syllable ends (given) or opens (middle) a name the
// public list files as a woman's or a man's, [women, men]. The repair ties the given name to the
// middle name before it with these (a woman's middle name makes a woman's given name likelier).
const givenGender = new Map<string, [number, number]>();
const middleGender = new Map<string, [number, number]>();
const countGender = (into: Map<string, [number, number]>, s: string, woman: boolean): void => {
  const c = into.get(s) ?? [0, 0];
  c[woman ? 0 : 1]++;
  into.set(s, c);
};
// Pairs of the public list: a middle name and the given name after it ("Bích Ngọc", "Quốc
// Khánh"), how often each pair is listed. Real names gather in such pairs; the repair reads a
// given name after its middle name by them as well as by gender (docs/language-model.md). The
// list leaves out the two commonest middle names, Thị and Văn (see below), so its few pairs
// with them ("Văn Minh") say nothing of the names they open and are not counted.
const namePairs = new Map<string, number>();
for (const line of readFileSync('corpus/person-names-vi.txt', 'utf8').normalize('NFC').split('\n')) {
  const g = /^([FMG]) (.+)$/.exec(line.trim());
  if (g?.[2]) {
    const ss = g[2].split(/\s+/);
    countName(ss, false, LIST_WEIGHT);
    const cs = ss.map(canonicalSyllable);
    if (cs.length >= 2 && cs.every((x) => inventory.has(x)) && !['thị', 'văn'].includes(cs[cs.length - 2]!)) {
      const pair = cs.slice(-2).join(' ');
      namePairs.set(pair, (namePairs.get(pair) ?? 0) + 1);
    }
    if (g[1] !== 'G' && cs.every((x) => inventory.has(x))) {
      countGender(givenGender, cs[cs.length - 1]!, g[1] === 'F');
      for (const mid of cs.slice(0, -1)) countGender(middleGender, mid, g[1] === 'F');
    }
  }
  const sn = /^S (\S+)$/.exec(line.trim());
  if (sn?.[1]) {
    const s = canonicalSyllable(sn[1]);
    if (inventory.has(s)) surnameUni.set(s, (surnameUni.get(s) ?? 0) + 1);
  }
}
// General knowledge of Vietnamese naming the list cannot show (it files given names without
// them): Thị is a woman's middle name and Văn a man's, the two most common middle names. Counted
// as 50 names each, so the few exceptions keep a chance.
for (const [mid, woman] of [['thị', true], ['văn', false]] as const) for (let k = 0; k < 50; k++) countGender(middleGender, mid, woman);
// Rarer names by position (corpus/person-names-extra-vi.txt, written by build-names-corpus.ts):
// half a count each (0.5: 1 flipped close calls between rare spellings, 0.25 gained less; on
// eval-names' unseen sample), in their position only. A syllable nothing else attests is
// attested (below), so a rare name ("Lựu", "Pắn") can be read in a name line.
const EXTRA_WEIGHT = Number(process.env.EXTRA_NAME_WEIGHT ?? 0.5);
const extraNames: string[] = [];
for (const line of readFileSync('corpus/person-names-extra-vi.txt', 'utf8').normalize('NFC').split('\n')) {
  const e = /^([SMG]) (\S+)$/.exec(line.trim());
  if (!e) continue;
  const s = canonicalSyllable(e[2]!);
  if (!inventory.has(s)) continue;
  const into = e[1] === 'S' ? surnameUni : e[1] === 'M' ? middleUni : givenUni;
  into.set(s, (into.get(s) ?? 0) + EXTRA_WEIGHT);
  extraNames.push(s);
}
const WRITTEN_WEIGHT = Number(process.env.WRITTEN_WEIGHT ?? 3);
// Proper names as a class: how often a lower-case word of running text is followed, inside its
// sentence, by a capitalised word (a name: "đảo Phú Quý", "xã Tân Lập", "của Sở …"), out of all
// the words that follow it there. The repair scores a capitalised word after a lower-case one by
// this share (P(NAME | previous word)), since the scan keeps the capital: "đảo" is often followed
// by a name, "đào" (as in "đào tạo") almost never. Counted with the weights of the bigrams.
const followed = new Map<string, number>();
const followedByName = new Map<string, number>();
const TITLE_CASE = /^\p{Lu}\p{Ll}/u;
const LOWER_CASE = /^\p{Ll}+$/u;
let tokens = 0;
for (const f of files) {
  // In-domain administrative text is scarce next to the software help pages; weight it up. The
  // written corpus is large and in one voice (the project's): weighted WRITTEN_WEIGHT, chosen on
  // the tune split (docs/decisions/013-written-administrative-corpus.md).
  const weight = f.includes('libreoffice') ? 1 : written.includes(f) ? WRITTEN_WEIGHT : 3;
  for (const line of readFileSync(f, 'utf8').normalize('NFC').split('\n')) {
    // Numbers stay in the stream as one token so "năm <num>" and "số <num>" are learned.
    const withNums = line.replace(/(^|\s)\d+([.,/]\d+)*(?=\s|$)/g, `$1${NUM}`);
    for (const chunk of withNums.split(/[^\p{L}\s<>]+/u)) {
      let prev: string | null = null;
      let prev2: string | null = null;
      let lowerPrev: string | null = null;
      for (const raw of chunk.split(/\s+/)) {
        if (!raw) continue;
        if (lowerPrev && raw !== NUM) {
          followed.set(lowerPrev, (followed.get(lowerPrev) ?? 0) + weight);
          if (TITLE_CASE.test(raw)) followedByName.set(lowerPrev, (followedByName.get(lowerPrev) ?? 0) + weight);
        }
        const s = raw === NUM ? NUM : canonicalSyllable(raw);
        lowerPrev = LOWER_CASE.test(raw) && inventory.has(s) ? s : null;
        if (!inventory.has(s) && s !== NUM) {
          prev = prev2 = null;
          continue;
        }
        tokens += weight;
        uni.set(s, (uni.get(s) ?? 0) + weight);
        if (prev) bi.set(`${prev} ${s}`, (bi.get(`${prev} ${s}`) ?? 0) + weight);
        if (prev2 && prev) tri.set(`${prev2} ${prev} ${s}`, (tri.get(`${prev2} ${prev} ${s}`) ?? 0) + weight);
        prev2 = prev;
        prev = s;
      }
    }
  }
}
// The Tesseract vie word list attests syllables (and word-internal pairs) without frequencies.
for (const word of readFileSync('corpus/tesseract-vie-wordlist.txt', 'utf8').split('\n')) {
  const parts = word.split(/\s+/).filter(Boolean).map(canonicalSyllable);
  parts.forEach((s, i) => {
    if (!inventory.has(s)) return;
    uni.set(s, (uni.get(s) ?? 0) + 1);
    const next = parts[i + 1];
    if (next && inventory.has(next)) bi.set(`${s} ${next}`, (bi.get(`${s} ${next}`) ?? 0) + MIN_BIGRAM);
  });
}
// A public lexicon of words (corpus/lexicon-vi.txt, from @vntk/dictionary; see
// scripts/build-lexicon.ts) attests common compounds the prose corpus lacks ("lạc hậu",
// "chuyên sâu"): each word adds LEXICON_UNIGRAM to its syllables and LEXICON_BIGRAM to its
// word-internal pairs. No frequencies, so a rare word counts as much as a common one; the
// weights were chosen on the tune split (docs/decisions/012-public-lexicon.md).
const LEXICON_UNIGRAM = Number(process.env.LEXICON_UNIGRAM ?? 1);
const LEXICON_BIGRAM = Number(process.env.LEXICON_BIGRAM ?? 1);
// Syllables the lexicon alone attests would become repair candidates; rare ones ("lẹt") then win
// over frequent neighbours the scan garbled ("lượt"). Unless LEXICON_NEW_SYLLABLES=1, the lexicon
// only re-weights syllables the corpus and the Tesseract list already attest.
const attested = new Set(uni.keys());
const lexiconNew = process.env.LEXICON_NEW_SYLLABLES === '1';
if (LEXICON_UNIGRAM > 0 || LEXICON_BIGRAM > 0) {
  for (const word of readFileSync('corpus/lexicon-vi.txt', 'utf8').normalize('NFC').split('\n')) {
    const parts = word.split(/\s+/).filter(Boolean).map(canonicalSyllable);
    if (!parts.every((s) => inventory.has(s) && (lexiconNew || attested.has(s)))) continue;
    parts.forEach((s, i) => {
      if (LEXICON_UNIGRAM > 0) uni.set(s, (uni.get(s) ?? 0) + LEXICON_UNIGRAM);
      const next = parts[i + 1];
      if (next && LEXICON_BIGRAM > 0) bi.set(`${s} ${next}`, (bi.get(`${s} ${next}`) ?? 0) + LEXICON_BIGRAM);
    });
  }
}
// The extra names' syllables that nothing else attests get one count, after the lexicon (which
// re-weights only what was attested before it): prose counts stay as they were.
for (const s of extraNames) if (!uni.has(s)) uni.set(s, 1);
const bigrams: Record<string, number> = {};
for (const [k, v] of [...bi].sort((a, b) => b[1] - a[1])) if (v >= MIN_BIGRAM) bigrams[k] = v;
// A trigram is kept only when it tells more than the bigram the decoder would use without it:
// P(c | a b) at least TRIGRAM_GAIN times P(c | b) (or the backed-off unigram, as in repair.ts).
const TRIGRAM_GAIN = Number(process.env.TRIGRAM_GAIN ?? 10);
let uniTotal = 0;
for (const v of uni.values()) uniTotal += v;
const bigramP = (b: string, c: string): number => {
  const n = bigrams[`${b} ${c}`];
  return n !== undefined ? n / (uni.get(b) ?? n) : (0.4 * (uni.get(c) ?? 0)) / uniTotal;
};
// Stored grouped by first and second syllable, one string per first syllable (the flat "a b c"
// keys were twice the size): "b1:c1,c2 6;b2:c3" is a b1 c1 and a b1 c2 (count 6), a b2 c3; a
// count left out is TRIGRAM_UNIT, the most common one (one occurrence in the written corpus
// or a tune document, weight 3).
const TRIGRAM_UNIT = 3;
const grouped = new Map<string, Map<string, string[]>>();
let trigramCount = 0;
for (const [k, v] of [...tri].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  if (v < MIN_TRIGRAM) continue;
  const [a, b, c] = k.split(' ') as [string, string, string];
  const pair = bigrams[`${a} ${b}`] ?? v;
  if (v / pair < TRIGRAM_GAIN * bigramP(b, c)) continue;
  const byB = grouped.get(a) ?? new Map<string, string[]>();
  grouped.set(a, byB);
  const list = byB.get(b) ?? [];
  byB.set(b, list);
  list.push(v === TRIGRAM_UNIT ? c : `${c} ${v}`);
  trigramCount++;
}
const trigrams = Object.fromEntries([...grouped].map(([a, byB]) => [a, [...byB].map(([b, cs]) => `${b}:${cs.join(',')}`).join(';')]));
const unigrams = Object.fromEntries([...uni].sort((a, b) => b[1] - a[1]));
writeFileSync(
  'src/core/vietnamese/model/lm.json',
  JSON.stringify({
    about: 'syllable counts built by scripts/build-language-model.ts; sources in docs/language-model.md',
    files,
    tokens,
    unigrams,
    bigrams,
    trigramUnit: TRIGRAM_UNIT,
    trigrams,
    givenGender: Object.fromEntries([...givenGender].sort((a, b) => (a[0] < b[0] ? -1 : 1))),
    middleGender: Object.fromEntries([...middleGender].sort((a, b) => (a[0] < b[0] ? -1 : 1))),
    namePairs: Object.fromEntries([...namePairs].sort((a, b) => (a[0] < b[0] ? -1 : 1))),
    nameUnigrams: Object.fromEntries([...nameUni].sort((a, b) => b[1] - a[1])),
    surnameUnigrams: Object.fromEntries([...surnameUni].sort((a, b) => b[1] - a[1])),
    middleUnigrams: Object.fromEntries([...middleUni].sort((a, b) => b[1] - a[1])),
    givenUnigrams: Object.fromEntries([...givenUni].sort((a, b) => b[1] - a[1])),
    // "followed,byName" per lower-case syllable (see followed above); ",0" left out.
    nameFollowers: Object.fromEntries(
      [...followed].sort((a, b) => b[1] - a[1]).map(([k, v]) => [k, followedByName.has(k) ? `${v},${followedByName.get(k)}` : `${v}`]),
    ),
  }),
);
console.log(`${files.length} files, ${tokens} weighted tokens, ${uni.size} syllables, ${Object.keys(bigrams).length} bigrams, ${trigramCount} trigrams`);
