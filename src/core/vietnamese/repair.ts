// Repairs Vietnamese text that was OCR'd with an English model ("Tuyén truyén ciia Pang" →
// "Tuyên truyền của Đảng"). Each word token gets candidate syllables from the rule-generated
// inventory within two edits of its folded skeleton, scored by a character confusion model
// learned from synthetic renders (P(observed|true)); a syllable bigram language model with
// backoff picks the sequence by Viterbi. Lines that already carry Vietnamese-only letters are
// clean Unicode and pass through untouched, as do numbers, codes, URLs and e-mail addresses.
import { existsSync, readFileSync } from 'node:fs';
import { alignChars } from '#src/core/vietnamese/edit-align.ts';
import { canonicalSyllable, foldVietnamese, syllableInventory } from '#src/core/vietnamese/syllable.ts';

export { foldVietnamese };

export interface RepairResult {
  text: string;
  changed: boolean;
  stats: { tokens: number; changedTokens: number };
}

interface LmFile {
  unigrams: Record<string, number>;
  bigrams: Record<string, number>;
  /**
   * Syllable trigram counts, pruned, by first syllable: "b1:c1,c2 6;b2:c3" holds a b1 c1 and
   * a b2 c3 (count trigramUnit) and a b1 c2 (count 6). Optional for older model files.
   */
  trigrams?: Record<string, string>;
  trigramUnit?: number;
  /** Syllable counts inside proper names (names corpus); optional for older model files. */
  nameUnigrams?: Record<string, number>;
  /** Counts of first syllables of personal names (surnames). */
  surnameUnigrams?: Record<string, number>;
  /** Counts of middle names and of given names (last syllable) in personal names. */
  middleUnigrams?: Record<string, number>;
  givenUnigrams?: Record<string, number>;
  /** [women, men]: how often a syllable is the given name (middle name) of a woman's or a man's name in the public list. */
  givenGender?: Record<string, [number, number]>;
  middleGender?: Record<string, [number, number]>;
  /** "middle given" → how often the public list has that pair ("bích ngọc"). */
  namePairs?: Record<string, number>;
  /**
   * Per lower-case syllable of running text, "f,n": the weighted number of words that follow it
   * inside a sentence (f) and how many of them are capitalised (n, a proper name; ",0" left out).
   */
  nameFollowers?: Record<string, string>;
}
interface ConfusionFile {
  counts: Record<string, Record<string, number>>;
}

/** Tunables, chosen on synthetic renders and the tune split (docs/language-model.md). */
const P = {
  maxEdits: 2,
  maxCandidates: 12,
  channelWeight: 1.0,
  unseenSameBase: 3.0,
  unseenOther: 7.0,
  unseenIndel: 6.0,
  /** Backoff share of a history with no kept pair (its followers were all pruned). */
  backoff: Math.log(0.4),
  /** Count each kept bigram gives up to the backoff (weighted counts: one sentence of the written corpus is 3). */
  discount: 2,
  unigramSmoothing: 0.02,
  keepIfCostAbove: 11,
  /** log weight of the proper-name class model against the general bigrams in capitalised runs. */
  nameWeight: Math.log(0.5),
  /** Extra channel cost accepted for a word inside a capitalised run. */
  nameExtraCost: 1.5,
  /** Share of the name-position model in the mixture scoring the words of a bare name line. */
  personNameShare: 0.7,
  /**
   * Power on the counts of the given-name model: the frequency-ordered lists draw a common given
   * name many times, so with raw counts it beats a rarer name the scan prints with the same
   * letters almost always; a square root keeps the order and narrows the gap (docs/language-model.md,
   * decision 065). Not the middle names: Văn and Thị are far ahead of any other for a reason.
   */
  givenCountPower: 0.5,
  /**
   * Share of the public list's pairs in P(given name | middle name), for a middle name the list
   * pairs with many given names ("Bích" → Ngọc, Thủy, Trâm…): namePairShare * n / (n +
   * namePairPrior) for a middle name in n listed pairs, so a middle name the list pairs only
   * once or twice ("Văn", which the list leaves out) keeps its given names open; the rest is the
   * gender-weighted model.
   */
  namePairShare: 0.5,
  /**
   * log odds for the name reading of a line of three or four words in capitals: three or four
   * words alone on a line in capitals are a signer's name more often than a heading (headings of
   * that length are common phrases, far ahead in the phrase models); two words get none
   * ("TỜ TRÌNH" is also the name Tô Trình).
   */
  capsNameOdds: 1,
  namePairPrior: 5,
  /** Weight of P(c | a b) of an attested trigram, interpolated with the bigram estimate. */
  trigramWeight: 0.3,
  /** A path into prev this far (nats) below its best one is not tried with a trigram. */
  trigramBeam: 3,
  /** A candidate of prev whose best path is this far (nats) below the best at prev is not extended. */
  stateBeam: 10,
  /**
   * Nats taken off the learned cost of "ở" read as "6" when a lone 6 stands between words (the
   * learned cost counts every "ở", mostly inside longer words). Tune protocol, eng-200 facts: 0 →
   * 1 reads one more "… cụm ở khu vực …" right; 1.5 and 2 change nothing more; repair unchanged.
   */
  loneSixAsO: 1,
  /**
   * Proper names as a class of the context (docs/language-model.md, "Names as a class"): a
   * capitalised word after a lower-case one adds log P(NAME | prev) / P(NAME) to the reading of
   * prev. P(NAME | prev) is the word's own share of capitalised followers, smoothed with
   * `nameContextPrior` pseudo-counts of the overall share, and mixed with the overall share at
   * 1 - `nameContextShare` (a word never seen before a name loses at most log 2). Tune protocol:
   * shares 0.7 and 0.9 lost syllables ("truyền thông Nghị quyết" read "truyền thống"), 0.3 and
   * 0.5 gained.
   */
  nameContextPrior: 5,
  nameContextShare: 0.5,
  /** Extra channel cost of reading "iv" / "vv" as the ư the English model writes "w" for. */
  hornAsTwoLettersCost: 2,
  /** Highest channel cost of one syllable of a split word. */
  splitPieceCost: 6,
  /** Highest average score per syllable of a split word's reading. */
  splitPerSyllable: 12,
};

/** A character confusion model P(observed | true) as costs (nats). */
interface Channel {
  sub: Map<string, number>; // `${t}\u0000${o}` → cost
  del: Map<string, number>;
  ins: Map<string, number>;
  /** Candidates by observed word (lower case), scored with this channel. */
  cache: Map<string, Candidate[]>;
  /** The costs above by character ids, filled as characters are met (channelCostByIds). */
  tables?: ChannelTables;
}

interface Model {
  ids: Map<string, number>;
  uniLogById: Float64Array;
  /** log of the share of a history's mass that backs off to the unigrams (interpolated absolute discounting). */
  backoffLogById: Float64Array;
  /** log P(syllable | inside a proper name); -Infinity for syllables never seen in names. */
  nameLogById: Float64Array;
  /** log P(syllable | first syllable of a personal name). */
  surnameLogById: Float64Array;
  /** log P(syllable | middle name), log P(syllable | given name) of a personal name. */
  middleLogById: Float64Array;
  givenLogById: Float64Array;
  /** [log P(given name | a woman's name), log P(given name | a man's name)]: the given-name model reweighted by gender. */
  givenByGender: [Float64Array, Float64Array];
  /** The same for a second middle name ("Thị Ngọc Hà"). */
  middleByGender: [Float64Array, Float64Array];
  /** P(a woman's name | this middle name); NaN for a middle name the lists say nothing about. */
  middleWomanById: Float64Array;
  /** P(given | middle) from the public list's pairs, keyed id(middle) * ID_SPACE + id(given); `pairShare`, the pairs' share of the mixture for each middle name (0: none listed). */
  pairProb: Map<number, number>;
  pairShare: Float64Array;
  /**
   * Proper names as a class of the context: log P(NAME | prev) / P(NAME), the evidence a capitalised
   * word right after a lower-case word gives for each reading of that word ("đảo" before a name,
   * not "đào", which opens "đào tạo").
   */
  nameNextLogById: Float64Array;
  /** log of a uniform probability over the attested syllables (names outside every list). */
  uniformLog: number;
  bigramLog: IntTable; // id(prev) * ID_SPACE + id(next)
  /**
   * Attested trigrams: context id(a) * ID_SPACE + id(b) → its index x; the third syllables of
   * context x are trigramNext[trigramStart[x] .. trigramStart[x + 1]) with P(c | a b) in trigramProb.
   */
  trigramCtx: IntTable;
  /** 1 for a syllable that is the middle of some attested trigram. */
  trigramMiddle: Uint8Array;
  trigramStart: Int32Array;
  trigramNext: Int32Array;
  trigramProb: Float64Array;
  byFold: Map<string, string[]>;
  deletes: Map<string, string[]>;
  /** The channel of running text (confusions.json). */
  text: Channel;
  /** The channel of a line that is only a personal name (name-confusions.json), or `text`. */
  names: Channel;
  /** The channel of such a line in capitals (name-caps-confusions.json), or `names`. */
  capsNames: Channel;
  obsToLetter: Map<string, string>;
}

/**
 * A hash table from non-negative integer keys (below 2^31) to numbers, in typed arrays with linear
 * probing: the decoder looks up a pair for every two candidates of neighbouring words, and this is
 * several times faster than a Map. get() returns NaN for a missing key. Most pairs the decoder
 * asks for are missing; a bitmap of one byte per slot (hashed apart from the slots) answers most
 * of those from a small, cache-resident array before the table itself is touched.
 */
class IntTable {
  private readonly keys: Int32Array;
  private readonly vals: Float64Array;
  private readonly present: Int32Array;
  private readonly mask: number;
  private readonly shift: number;
  private readonly presentShift: number;
  size = 0;
  constructor(capacity: number) {
    let bits = 4;
    while (1 << bits < capacity * 2) bits++;
    this.keys = new Int32Array(1 << bits).fill(-1);
    this.vals = new Float64Array(1 << bits);
    this.mask = (1 << bits) - 1;
    this.shift = 32 - bits;
    // 8 bits per slot: with the table at most half full, about one missing key in 16 gets past it.
    this.present = new Int32Array(1 << (bits + 3 - 5));
    this.presentShift = 32 - (bits + 3);
  }
  set(key: number, val: number): void {
    let h = Math.imul(key, 0x9e3779b1) >>> this.shift; // the high bits mix all of the key's
    while (this.keys[h] !== -1 && this.keys[h] !== key) h = (h + 1) & this.mask;
    if (this.keys[h] === -1) this.size++;
    this.keys[h] = key;
    this.vals[h] = val;
    const b = Math.imul(key, 0x85ebca6b) >>> this.presentShift;
    this.present[b >>> 5] = this.present[b >>> 5]! | (1 << (b & 31));
  }
  get(key: number): number {
    const b = Math.imul(key, 0x85ebca6b) >>> this.presentShift;
    if ((this.present[b >>> 5]! & (1 << (b & 31))) === 0) return NaN;
    let h = Math.imul(key, 0x9e3779b1) >>> this.shift; // the high bits mix all of the key's
    for (;;) {
      const k = this.keys[h]!;
      if (k === key) return this.vals[h]!;
      if (k === -1) return NaN;
      h = (h + 1) & this.mask;
    }
  }
}

let model: Model | undefined;
/** Off only in tests, to show what the trigrams decide. */
let useTrigrams = true;
/** Off only in tests, to show what the class context of names decides. */
let useNameContext = true;
/** Off only in tests, to show what the public list's pairs of middle and given names decide. */
let useNamePairs = true;
const ID_SPACE = 1 << 16;
/** Language-model token standing for any number: "năm <num>", "số <num>" are strong contexts. */
export const NUM = '<num>';

function deletesOf(s: string, depth: number, out: Set<string>): void {
  out.add(s);
  if (depth === 0 || s.length <= 1) return;
  for (let i = 0; i < s.length; i++) deletesOf(s.slice(0, i) + s.slice(i + 1), depth - 1, out);
}

function loadModel(): Model {
  if (model) return model;
  const dir = new URL('./model/', import.meta.url);
  const lm = JSON.parse(readFileSync(new URL('lm.json', dir), 'utf8')) as LmFile;
  const conf = JSON.parse(readFileSync(new URL('confusions.json', dir), 'utf8')) as ConfusionFile;
  const nameFile = new URL('name-confusions.json', dir);
  const nameConf = existsSync(nameFile) ? (JSON.parse(readFileSync(nameFile, 'utf8')) as ConfusionFile) : undefined;
  const capsFile = new URL('name-caps-confusions.json', dir);
  const capsConf = existsSync(capsFile) ? (JSON.parse(readFileSync(capsFile, 'utf8')) as ConfusionFile) : undefined;

  const inv = syllableInventory();
  let total = 0;
  for (const v of Object.values(lm.unigrams)) total += v;
  const denom = total + P.unigramSmoothing * inv.length;
  const ids = new Map<string, number>();
  const vocab = [...inv, NUM];
  const uniLogById = new Float64Array(vocab.length);
  vocab.forEach((s, i) => {
    ids.set(s, i);
    uniLogById[i] = Math.log(((lm.unigrams[s] ?? 0) + P.unigramSmoothing) / denom);
  });
  const classLog = (counts: Record<string, number>, power = 1): Float64Array => {
    let n = 0;
    for (const v of Object.values(counts)) n += v ** power;
    const out = new Float64Array(vocab.length).fill(-Infinity);
    vocab.forEach((s, i) => {
      const c = counts[s];
      if (c && n > 0) out[i] = Math.log(c ** power / n);
    });
    return out;
  };
  const nameLogById = classLog(lm.nameUnigrams ?? {});
  const surnameLogById = classLog(lm.surnameUnigrams ?? {});
  // Older model files have no position lists: the name-syllable model stands in for both.
  const middleLogById = lm.middleUnigrams ? classLog(lm.middleUnigrams) : nameLogById;
  const givenLogById = lm.givenUnigrams ? classLog(lm.givenUnigrams, P.givenCountPower) : nameLogById;
  const uniformLog = -Math.log(Math.max(1, Object.keys(lm.unigrams).length));
  // A name's share of women, (women + 1) / (all + 2), reweights a position model into one for
  // women's names and one for men's; a middle name's share of women is how likely the name it
  // opens is a woman's ("Thị": a woman's; "Văn": a man's; "Minh": either).
  const womanShare = (c: [number, number] | undefined): number => (c ? (c[0] + 1) / (c[0] + c[1] + 2) : 0.5);
  const byGender = (base: Float64Array, counts: Record<string, [number, number]> | undefined): [Float64Array, Float64Array] => {
    const woman = new Float64Array(vocab.length).fill(-Infinity);
    const man = new Float64Array(vocab.length).fill(-Infinity);
    let zWoman = 0;
    let zMan = 0;
    vocab.forEach((s, i) => {
      const p = Math.exp(base[i]!);
      zWoman += p * womanShare(counts?.[s]);
      zMan += p * (1 - womanShare(counts?.[s]));
    });
    vocab.forEach((s, i) => {
      const w = womanShare(counts?.[s]);
      woman[i] = base[i]! + Math.log(w / zWoman);
      man[i] = base[i]! + Math.log((1 - w) / zMan);
    });
    return [woman, man];
  };
  const givenByGender = byGender(givenLogById, lm.givenGender);
  const middleByGender = byGender(middleLogById, lm.middleGender);
  const middleWomanById = new Float64Array(vocab.length).fill(NaN);
  for (const [s, c] of Object.entries(lm.middleGender ?? {})) {
    const i = ids.get(s);
    if (i !== undefined) middleWomanById[i] = womanShare(c);
  }
  // P(given | middle) over the listed pairs: each pair's share of its middle name's pairs.
  const pairProb = new Map<number, number>();
  const pairShare = new Float64Array(vocab.length);
  const pairTotals = new Map<number, number>();
  const listedPairs: [number, number, number][] = [];
  for (const [pair, c] of Object.entries(lm.namePairs ?? {})) {
    const [a, b] = pair.split(' ').map((x) => ids.get(x));
    if (a === undefined || b === undefined) continue;
    listedPairs.push([a, b, c]);
    pairTotals.set(a, (pairTotals.get(a) ?? 0) + c);
  }
  for (const [a, b, c] of listedPairs) {
    pairProb.set(a * ID_SPACE + b, c / pairTotals.get(a)!);
    pairShare[a] = pairShare[a]! + 1;
  }
  pairShare.forEach((n, a) => {
    pairShare[a] = (P.namePairShare * n) / (n + P.namePairPrior);
  });
  const nameNextLogById = nameContext(vocab, lm.nameFollowers ?? {});
  // Interpolated absolute discounting: every kept pair gives up P.discount of its count, and a
  // history's freed mass, with the mass of the pairs the build pruned, is spread over the
  // unigrams. A pair seen once no longer outweighs the unigram evidence of a frequent word, and
  // a word with many different followers backs off more than one with few.
  const pairs: [number, number, number][] = [];
  const followers = new Float64Array(vocab.length);
  const pairMass = new Float64Array(vocab.length);
  for (const [k, v] of Object.entries(lm.bigrams)) {
    const sp = k.indexOf(' ');
    const a = ids.get(k.slice(0, sp));
    const b = ids.get(k.slice(sp + 1));
    if (a === undefined || b === undefined) continue;
    pairs.push([a, b, v]);
    followers[a] = followers[a]! + 1;
    pairMass[a] = pairMass[a]! + v;
  }
  const backoffLogById = new Float64Array(vocab.length).fill(P.backoff);
  vocab.forEach((s, a) => {
    const c = lm.unigrams[s] ?? 0;
    if (c > 0 && followers[a]! > 0) backoffLogById[a] = Math.log((P.discount * followers[a]! + Math.max(0, c - pairMass[a]!)) / c);
  });
  const bigramLog = new IntTable(pairs.length);
  for (const [a, b, v] of pairs) {
    const c = Math.max(v, lm.unigrams[vocab[a]!] ?? v);
    bigramLog.set(a * ID_SPACE + b, Math.log(Math.max(0, v - P.discount) / c + Math.exp(backoffLogById[a]! + uniLogById[b]!)));
  }
  // Flat typed arrays rather than a map per context: tens of thousands of small maps weigh on the
  // heap and the garbage collector of the whole process.
  let contexts = 0;
  for (const rest of Object.values(lm.trigrams ?? {})) for (let x = rest.indexOf(':'); x >= 0; x = rest.indexOf(':', x + 1)) contexts++;
  const trigramCtx = new IntTable(contexts);
  const trigramMiddle = new Uint8Array(vocab.length);
  const starts: number[] = [];
  const nexts: number[] = [];
  const probs: number[] = [];
  for (const [sa, rest] of Object.entries(lm.trigrams ?? {})) {
    const a = ids.get(sa);
    if (a === undefined) continue;
    for (const group of rest.split(';')) {
      const colon = group.indexOf(':');
      const sb = group.slice(0, colon);
      const b = ids.get(sb);
      if (b === undefined || !Number.isNaN(trigramCtx.get(a * ID_SPACE + b))) continue;
      const pair = lm.bigrams[`${sa} ${sb}`];
      trigramCtx.set(a * ID_SPACE + b, starts.length);
      trigramMiddle[b] = 1;
      starts.push(nexts.length);
      for (const item of group.slice(colon + 1).split(',')) {
        const sp = item.indexOf(' ');
        const c = ids.get(sp < 0 ? item : item.slice(0, sp));
        const v = sp < 0 ? (lm.trigramUnit ?? 1) : Number(item.slice(sp + 1));
        if (c === undefined) continue;
        nexts.push(c);
        probs.push(v / (pair ?? v));
      }
    }
  }
  starts.push(nexts.length);
  const trigramStart = Int32Array.from(starts);
  const trigramNext = Int32Array.from(nexts);
  const trigramProb = Float64Array.from(probs);

  // Candidates come from the rule-generated inventory, limited to syllables the corpus attests:
  // unattested-but-legal syllables are almost never the right answer and triple the search.
  const byFold = new Map<string, string[]>();
  for (const s of inv) {
    if (!lm.unigrams[s]) continue;
    const f = foldVietnamese(s);
    const list = byFold.get(f);
    if (list) list.push(s);
    else byFold.set(f, [s]);
  }
  const deletes = new Map<string, string[]>();
  for (const f of byFold.keys()) {
    const set = new Set<string>();
    deletesOf(f, P.maxEdits, set);
    for (const d of set) {
      const list = deletes.get(d);
      if (list) list.push(f);
      else deletes.set(d, [f]);
    }
  }

  const text = channelOf(conf.counts);
  // The name channel: the counts of name lines, with the text channel's distribution of each true
  // letter as a prior worth NAME_CHANNEL_PRIOR observations (the name renders see some letters
  // rarely: "ự" 15 times, "ỷ" never).
  const names = nameConf ? channelOf(mixCounts(nameConf.counts, conf.counts, NAME_CHANNEL_PRIOR)) : text;
  // The same for a name line in capitals (learned from names printed in capitals).
  const capsNames = capsConf ? channelOf(mixCounts(capsConf.counts, conf.counts, NAME_CHANNEL_PRIOR)) : names;
  const obsVotes = new Map<string, Map<string, number>>();
  for (const [t, row] of Object.entries(conf.counts)) {
    if (t === '') continue;
    for (const [o, c] of Object.entries(row)) {
      if (o && [...o].length === 1 && !/^[a-z]$/.test(o)) {
        const votes = obsVotes.get(o) ?? new Map<string, number>();
        const letter = foldVietnamese(t);
        votes.set(letter, (votes.get(letter) ?? 0) + c);
        obsVotes.set(o, votes);
      }
    }
  }
  const obsToLetter = new Map<string, string>();
  for (const [o, votes] of obsVotes) {
    const best = [...votes].sort((a, b) => b[1] - a[1])[0];
    if (best && /^[a-z]$/.test(best[0])) obsToLetter.set(o, best[0]);
  }
  // "¥" is a capital Y with two strokes: the English model writes it for a y with a mark ("k¥
  // năng" = kỹ năng, "S¥" = Sỹ). The synthetic renders never produced it, so the table has no
  // say; as a y it costs what an unseen mark on the same letter costs, any other letter far more.
  if (!obsToLetter.has('¥')) obsToLetter.set('¥', 'y');
  obsToLetter.set(MARK_ABOVE_O, 'o');
  model = { ids, uniLogById, backoffLogById, nameLogById, surnameLogById, middleLogById, givenLogById, givenByGender, middleByGender, middleWomanById, pairProb, pairShare, nameNextLogById, uniformLog, bigramLog, trigramCtx, trigramMiddle, trigramStart, trigramNext, trigramProb, byFold, deletes, text, names, capsNames, obsToLetter };
  return model;
}

/**
 * Weight, in observations, of the text channel's row as a prior for the same true letter in the
 * name channel. At 10 the name renders' few cases of a letter decided alone ("ứ" read "it" became
 * "ữ", "ú" read "i"); 30 keeps what they show often (a bold "ừ" as "w", "ũ" as "i") and gained as
 * much on the unseen names of eval-names.ts (docs/language-model.md).
 */
const NAME_CHANNEL_PRIOR = 30;

/** Counts of `own` plus, for each true letter, `prior` observations spread like that letter's row in `base`. */
function mixCounts(own: Record<string, Record<string, number>>, base: Record<string, Record<string, number>>, prior: number): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const t of new Set([...Object.keys(own), ...Object.keys(base)])) {
    const row: Record<string, number> = { ...own[t] };
    const b = base[t] ?? {};
    let n = 0;
    for (const c of Object.values(b)) n += c;
    // Insertions (t = '') are relative to all characters: the base row gets the share of the base
    // table that the priors of all letter rows together have in the mixed table.
    const scale = (t === '' ? prior * Object.keys(base).length : prior) / Math.max(1, t === '' ? totalCount(base) : n);
    for (const [o, c] of Object.entries(b)) row[o] = (row[o] ?? 0) + c * scale;
    out[t] = row;
  }
  return out;
}

function totalCount(counts: Record<string, Record<string, number>>): number {
  let n = 0;
  for (const row of Object.values(counts)) for (const c of Object.values(row)) n += c;
  return n;
}

/** Costs from counts[true][observed] ('' for a deleted or inserted letter). */
function channelOf(counts: Record<string, Record<string, number>>): Channel {
  const sub = new Map<string, number>();
  const del = new Map<string, number>();
  const ins = new Map<string, number>();
  let insTotal = 0;
  for (const [t, row] of Object.entries(counts)) {
    let n = 0;
    for (const c of Object.values(row)) n += c;
    for (const [o, c] of Object.entries(row)) {
      if (t === '') {
        insTotal += c;
        continue;
      }
      const cost = -Math.log(c / (n + 1));
      if (o === '') del.set(t, cost);
      else sub.set(`${t}\u0000${o}`, cost);
    }
  }
  // Insertions are relative to all aligned characters, roughly the sum of every row.
  const allChars = totalCount(counts);
  for (const [o, c] of Object.entries(counts[''] ?? {})) ins.set(o, -Math.log(c / Math.max(allChars, insTotal + 1)));
  return { sub, del, ins, cache: new Map() };
}

/**
 * The class context of proper names (see Model.nameNextLogById and P.nameContextShare): each
 * syllable's share of capitalised followers, smoothed and mixed with the share over all words, as
 * a log ratio to that overall share. A syllable the counts do not know says nothing (0).
 */
function nameContext(vocab: string[], followers: Record<string, string>): Float64Array {
  const nameNextLogById = new Float64Array(vocab.length);
  const counts = new Map<string, [number, number]>();
  let all = 0;
  let names = 0;
  for (const [syl, v] of Object.entries(followers)) {
    const [f = 0, n = 0] = v.split(',').map(Number);
    counts.set(syl, [f, n]);
    all += f;
    names += n;
  }
  if (names === 0 || names >= all) return nameNextLogById;
  const p0 = names / all;
  vocab.forEach((syl, i) => {
    const c = counts.get(syl);
    if (!c) return;
    const p = P.nameContextShare * ((c[1] + P.nameContextPrior * p0) / (c[0] + P.nameContextPrior)) + (1 - P.nameContextShare) * p0;
    nameNextLogById[i] = Math.log(p / p0);
  });
  return nameNextLogById;
}

const charFoldCache = new Map<string, string>();
/** foldVietnamese for one character, cached (it runs for every character of every candidate). */
function foldCh(c: string): string {
  let f = charFoldCache.get(c);
  if (f === undefined) {
    f = foldVietnamese(c);
    charFoldCache.set(c, f);
  }
  return f;
}

/** The observed letter of a capital O read for a lower-case o with a mark above it (isMisreadTitleO). */
const MARK_ABOVE_O = '\ue010';
const O_WITH_MARK_ABOVE = /^[óòỏõôốồổỗộớờởỡ]$/u;

function subCost(m: Model, ch: Channel, t: string, o: string): number {
  if (o === MARK_ABOVE_O) return O_WITH_MARK_ABOVE.test(t) ? 1 : foldCh(t) === 'o' ? P.unseenSameBase + 2 : P.unseenOther + 2;
  const learned = ch.sub.get(`${t}\u0000${o}`);
  if (learned !== undefined) return learned;
  if (t === o) return 0.05;
  return foldCh(t) === (m.obsToLetter.get(o) ?? foldCh(o)) ? P.unseenSameBase : P.unseenOther;
}

/** Weighted edit distance: -log P(observed | truth) under the learned character confusions. */
function channelCost(m: Model, truth: string, observed: string, ch: Channel = m.text): number {
  const t = [...truth];
  const o = [...observed];
  let prev = new Array<number>(o.length + 1);
  prev[0] = 0;
  for (let j = 1; j <= o.length; j++) prev[j] = prev[j - 1]! + (ch.ins.get(o[j - 1]!) ?? P.unseenIndel);
  for (let i = 1; i <= t.length; i++) {
    const prev2 = prev;
    const cur = new Array<number>(o.length + 1);
    cur[0] = prev[0]! + (ch.del.get(t[i - 1]!) ?? P.unseenIndel);
    for (let j = 1; j <= o.length; j++) {
      cur[j] = Math.min(
        prev[j - 1]! + subCost(m, ch, t[i - 1]!, o[j - 1]!),
        prev[j]! + (ch.del.get(t[i - 1]!) ?? P.unseenIndel),
        cur[j - 1]! + (ch.ins.get(o[j - 1]!) ?? P.unseenIndel),
      );
      // One true letter read as two characters ("ữ" → "ir"), learned as such.
      if (j >= 2) {
        const two = ch.sub.get(`${t[i - 1]!}\u0000${o[j - 2]!}${o[j - 1]!}`);
        if (two !== undefined) cur[j] = Math.min(cur[j]!, prev2[j - 2]! + two);
      }
    }
    prev = cur;
  }
  return prev[o.length]!;
}

/**
 * The channel's costs by character ids, for channelCostByIds: a true letter's id (TRUTH_IDS) times
 * OBS_CAP plus an observed character's id (OBS_IDS) indexes `sub`; NaN marks a pair not looked up
 * yet, then filled with exactly what subCost / the maps give, so the costs are the same numbers.
 */
interface ChannelTables {
  sub: Float64Array;
  del: Float64Array;
  ins: Float64Array;
  /** Per true letter: 1 when the channel learned it read as two characters ("ư" → "uw"), 0 not, -1 not looked up. */
  hasTwo: Int8Array;
  /** Cost of a true letter read as two characters, by (truth id * OBS_CAP + first) * OBS_CAP + second; NaN: not learned. */
  two: Map<number, number>;
}
const TRUTH_CAP = 256;
const OBS_CAP = 1024;
const TRUTH_IDS = new Map<string, number>();
const TRUTH_CHARS: string[] = [];
const OBS_IDS = new Map<string, number>();
const OBS_CHARS: string[] = [];
/** The characters of a word as ids (true letters or observed characters); null past the tables' size. */
function charIds(word: string, ids: Map<string, number>, chars: string[], cap: number): Int32Array | null {
  const out = new Int32Array(word.length);
  let n = 0;
  for (const c of word) {
    let id = ids.get(c);
    if (id === undefined) {
      if (chars.length >= cap) return null;
      id = chars.length;
      ids.set(c, id);
      chars.push(c);
    }
    out[n++] = id;
  }
  return n === out.length ? out : out.subarray(0, n);
}
const sylIdCache = new Map<string, Int32Array | null>();
function sylIds(syl: string): Int32Array | null {
  let ids = sylIdCache.get(syl);
  if (ids === undefined) {
    ids = charIds(syl, TRUTH_IDS, TRUTH_CHARS, TRUTH_CAP);
    sylIdCache.set(syl, ids);
  }
  return ids;
}
function tablesOf(ch: Channel): ChannelTables {
  if (!ch.tables) {
    ch.tables = {
      sub: new Float64Array(TRUTH_CAP * OBS_CAP).fill(NaN),
      del: new Float64Array(TRUTH_CAP).fill(NaN),
      ins: new Float64Array(OBS_CAP).fill(NaN),
      hasTwo: new Int8Array(TRUTH_CAP).fill(-1),
      two: new Map(),
    };
  }
  return ch.tables;
}
/** DP rows of channelCostByIds, reused from call to call. */
let dpPrev = new Float64Array(32);
let dpCur = new Float64Array(32);

/**
 * channelCost on character ids: the same recurrence, the same operations in the same order, with
 * the costs read from the channel's tables instead of string-keyed maps (a candidate search scores
 * hundreds of syllables against one observed word).
 */
function channelCostByIds(m: Model, ch: Channel, t: Int32Array, o: Int32Array): number {
  const tb = tablesOf(ch);
  const n = o.length;
  if (dpPrev.length <= n) {
    dpPrev = new Float64Array(2 * (n + 1));
    dpCur = new Float64Array(2 * (n + 1));
  }
  let prev = dpPrev;
  let cur = dpCur;
  prev[0] = 0;
  for (let j = 1; j <= n; j++) prev[j] = prev[j - 1]! + insCost(ch, tb, o[j - 1]!);
  for (let i = 0; i < t.length; i++) {
    const ti = t[i]!;
    let del = tb.del[ti]!;
    if (del !== del) del = tb.del[ti] = ch.del.get(TRUTH_CHARS[ti]!) ?? P.unseenIndel;
    let hasTwo = tb.hasTwo[ti]!;
    if (hasTwo < 0) {
      const key = `${TRUTH_CHARS[ti]!}\u0000`;
      hasTwo = 0;
      for (const k of ch.sub.keys()) if (k.startsWith(key) && [...k.slice(key.length)].length === 2) hasTwo = 1;
      tb.hasTwo[ti] = hasTwo;
    }
    const row = ti * OBS_CAP;
    cur[0] = prev[0]! + del;
    for (let j = 1; j <= n; j++) {
      const oj = o[j - 1]!;
      let sub = tb.sub[row + oj]!;
      if (sub !== sub) sub = tb.sub[row + oj] = subCost(m, ch, TRUTH_CHARS[ti]!, OBS_CHARS[oj]!);
      let v = Math.min(prev[j - 1]! + sub, prev[j]! + del, cur[j - 1]! + insCost(ch, tb, oj));
      // One true letter read as two characters ("ữ" → "ir"), learned as such.
      if (j >= 2 && hasTwo === 1) {
        const key = (ti * OBS_CAP + o[j - 2]!) * OBS_CAP + oj;
        let two = tb.two.get(key);
        if (two === undefined) {
          two = ch.sub.get(`${TRUTH_CHARS[ti]!}\u0000${OBS_CHARS[o[j - 2]!]!}${OBS_CHARS[oj]!}`) ?? NaN;
          tb.two.set(key, two);
        }
        if (two === two) v = Math.min(v, prev[j - 2]! + two);
      }
      cur[j] = v;
    }
    const swap = prev;
    prev = cur;
    cur = swap;
  }
  return prev[n]!;
}
function insCost(ch: Channel, tb: ChannelTables, oj: number): number {
  let ins = tb.ins[oj]!;
  if (ins !== ins) ins = tb.ins[oj] = ch.ins.get(OBS_CHARS[oj]!) ?? P.unseenIndel;
  return ins;
}

/** Rows of levenshtein, reused from call to call. */
let levPrev = new Int32Array(32);
let levCur = new Int32Array(32);
function levenshtein(a: string, b: string): number {
  if (levPrev.length <= b.length) {
    levPrev = new Int32Array(2 * (b.length + 1));
    levCur = new Int32Array(2 * (b.length + 1));
  }
  let prev = levPrev;
  let cur = levCur;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j - 1]! + (ca === b.charCodeAt(j - 1) ? 0 : 1), prev[j]! + 1, cur[j - 1]! + 1);
    }
    const swap = prev;
    prev = cur;
    cur = swap;
  }
  return prev[b.length]!;
}

interface Candidate {
  syl: string;
  id: number;
  cost: number; // channel cost, nats
}

/**
 * The syllables a word with this skeleton may stand for: those whose skeleton is within
 * P.maxEdits edits and within one edit of the closest (the channel model rarely prefers a
 * farther skeleton, and this keeps the weighted comparison to a few dozen syllables), in a fixed
 * order. Kept per skeleton: many observed words share one ("tuyen", "tuyén", "tuyẻn").
 */
function syllablesNear(m: Model, skeleton: string): { syl: string; id: number; chars: Int32Array | null }[] {
  const hit = nearBySkeleton.get(skeleton);
  if (hit) return hit;
  const folds = new Set<string>();
  const dels = new Set<string>();
  deletesOf(skeleton, P.maxEdits, dels);
  for (const d of dels) for (const f of m.deletes.get(d) ?? []) folds.add(f);
  const byDist: [string, number][] = [...folds].map((f) => [f, levenshtein(f, skeleton)]);
  const minDist = Math.min(...byDist.map((x) => x[1]));
  const out: { syl: string; id: number; chars: Int32Array | null }[] = [];
  for (const [f, dist] of byDist) {
    if (dist > minDist + 1 || dist > P.maxEdits) continue;
    for (const e of foldEntries(m, f)) out.push(e);
  }
  if (nearBySkeleton.size > 100_000) nearBySkeleton.clear();
  nearBySkeleton.set(skeleton, out);
  return out;
}
const nearBySkeleton = new Map<string, { syl: string; id: number; chars: Int32Array | null }[]>();
/** The syllables of one skeleton with their ids and character ids, made once per skeleton (shared, never changed). */
function foldEntries(m: Model, f: string): { syl: string; id: number; chars: Int32Array | null }[] {
  let entries = entriesByFold.get(f);
  if (!entries) {
    entries = (m.byFold.get(f) ?? []).map((syl) => ({ syl, id: m.ids.get(syl)!, chars: sylIds(syl) }));
    entriesByFold.set(f, entries);
  }
  return entries;
}
const entriesByFold = new Map<string, { syl: string; id: number; chars: Int32Array | null }[]>();

function candidatesFor(m: Model, observedLower: string, ch: Channel = m.text): Candidate[] {
  const hit = ch.cache.get(observedLower);
  if (hit) return hit;
  const scored: Candidate[] = [];
  const obs = charIds(observedLower, OBS_IDS, OBS_CHARS, OBS_CAP);
  for (const c of syllablesNear(m, skeletonOf(m, observedLower))) {
    const cost = obs && c.chars ? channelCostByIds(m, ch, c.chars, obs) : channelCost(m, c.syl, observedLower, ch);
    if (cost < P.keepIfCostAbove + 4) scored.push({ syl: c.syl, id: c.id, cost });
  }
  // The words of a name line are ranked by the name models (any position, or the uniform share
  // of a name in no list), not by prose frequency, and twice as many are kept: a rare name must
  // not lose its place to frequent words with the same letters.
  const names = ch === m.names || ch === m.capsNames;
  const rank = (c: Candidate): number => c.cost - (names ? Math.max(m.givenLogById[c.id]!, m.middleLogById[c.id]!, m.surnameLogById[c.id]!, m.uniformLog + Math.log(1 - P.personNameShare)) : m.uniLogById[c.id]!);
  scored.sort((a, b) => rank(a) - rank(b));
  const top = scored.slice(0, names ? 2 * P.maxCandidates : P.maxCandidates);
  if (ch.cache.size > 100_000) ch.cache.clear();
  ch.cache.set(observedLower, top);
  return top;
}

// Any letter with a mark other than the acute (which the English model does emit), or đ/Đ:
// text carrying these was not produced by the English model, so it is already good Unicode.
const VIETNAMESE_ONLY = /[đĐ]|[\u0300\u0303\u0309\u0323\u0302\u0306\u031b]/;
/** Whether text carries a mark only Vietnamese writes: machine-readable Vietnamese, not English-model OCR. */
export function hasVietnameseOnlyMarks(text: string): boolean {
  return VIETNAMESE_ONLY.test(text.normalize('NFD'));
}
function isCleanLine(line: string): boolean {
  return hasVietnameseOnlyMarks(line);
}

// An e-mail address needs a dotted domain after its '@': a lone '@' inside a word is a letter
// the English model misread ("ê", "ở"), which the confusion model knows.
const URL_OR_EMAIL = /[^\s@]@[^\s@]+\.[^\s@]|:\/\/|^www\.|\.(?:vn|com|org|net|gov|edu|int)\b/i;
const WORD = /^[\p{L}0-9&@¢§$€¥]+(?:[’'?][\p{L}0-9]+)?$/u;
/** A symbol standing alone between two lower-case words is a one-letter word misread ("&" for "ở"). */
const LONE_SYMBOL = /^[&@]$/;
const LOWER_WORD = /^[\p{Ll}0-9&@]*\p{Ll}[\p{Ll}0-9&@]*$/u;
// Punctuation kept verbatim between word cores; a bullet dash glued to the first word ("-Một")
// is punctuation too, but a hyphen inside a code ("57-NQ") is not.
// A slash between two words of two letters or more ("trực tuyến/tổng số", "lần/tuần") parts them
// too; a code's slash ("57-NQ/TW") parts two acronyms, which are kept as they are.
// So does a slash between a lower-case word and a figure, the second count of a ratio ("21
// t6/98 thành viên", "cộng d6ng/235 thành viên": tổ, đồng, a digit read for a marked vowel).
// A date's tail after it ("ngay l5/8/2026": a 1 read as l) is no ratio: the slash stays.
const PUNCTUATION = /(^[-+*•]+(?=\p{L})|[.,;:!?()"“”‘’'[\]…—–]+|(?<=\p{L}{2})\/(?=\p{L}{2})|(?<=(?<![\p{L}\d])\p{Ll}[\p{Ll}\d]*)\/(?=\d)(?!\d{1,2}\/\d{2,4}(?!\d)))/u;
// The English model writes ư or ơ as a letter and an apostrophe or "?" ("tru’c", "t’", "i?"):
// such a mark between two lower-case letters is part of the word, not punctuation.
const INNER_HORN = /(?<=\p{Ll})[’'?](?=\p{Ll})/gu;
const HIDDEN: Record<string, string> = { '’': '\ue000', "'": '\ue001', '?': '\ue002' };
const SHOWN: Record<string, string> = { '\ue000': '’', '\ue001': "'", '\ue002': '?' };
// Unit abbreviations are not mangled syllables ("312,45 km2", "20 km", "5 ha").
const UNIT_ABBREVIATION = /^(?:km2?|km²|m2|m²|m3|cm|mm|kg|kw|kwh|mw|mb|gb|tb|mbps|ghz|mhz)$/i;
// Loan words of the field written without marks that lie close to a syllable ("pano" → "páo",
// "inch" → "ích", "tivi" → "tưới"): kept as written. (Those far from any syllable, "video",
// "website", "camera", are kept by the cost limit already.)
const LOANWORD = /^(?:pano|inch|tivi)$/i;

// (Patterns with \p{…} outside a character class are kept in constants: the TypeScript loader
// (esbuild) turns such a literal into a `new RegExp(…)` call, built again at every call.)
const ANY_LETTER = /\p{L}/gu;
function isRepairable(core: string): boolean {
  if (UNIT_ABBREVIATION.test(core) || LOANWORD.test(core)) return false;
  if (!WORD.test(core) || core.length > 8 || ROMAN.test(core)) return false;
  if (/^\d+$/.test(core)) return false;
  const digits = (core.match(/\d/g) ?? []).length;
  const letters = (core.match(ANY_LETTER) ?? []).length;
  if (letters === 0) return /^[$§]\d{1,2}$/.test(core) || LONE_SYMBOL.test(core);
  return digits <= 2;
}

const MONTH_LABEL = /^T(?:[1-9]|1[0-2])$/;
const MEASURE_UNIT = /^(?:m|km|ha|kg|cm|mm|x|m2|km2)$/;

const CAPITALS_AND_DIGITS = /^[\p{Lu}\d&$]+$/u;
const TWO_CAPITALS = /\p{Lu}.*\p{Lu}/u;
/** A capitalised token whose skeleton is no syllable at all (UBND, CDS, KHUBND) is an acronym. */
function isAcronym(m: Model, core: string): boolean {
  if (core.length < 2 || !CAPITALS_AND_DIGITS.test(core) || !TWO_CAPITALS.test(core)) return false;
  return !m.byFold.has(skeletonOf(m, core.toLowerCase()));
}

function skeletonOf(m: Model, observedLower: string): string {
  let out = '';
  for (const c of observedLower) out += m.obsToLetter.get(c) ?? foldCh(c);
  return out;
}
const ROMAN = /^[IVXL][IVXL1l]*$/;

function applyCase(pattern: string, syl: string): string {
  const letters = pattern.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return syl.toUpperCase();
  const first = pattern[0] ?? '';
  if (first !== first.toLowerCase() || /^[$§]/.test(pattern)) return syl.charAt(0).toUpperCase() + syl.slice(1);
  return syl;
}

// The English model reads a capital Đ as P (no Vietnamese syllable starts with p + vowel
// except loanwords) or B: a capitalised P/B word also gets the candidates of Đ + the rest.
const CAPITAL_D_COST: Record<string, number> = { P: 0.7, B: 2.5 };
// It also reads a lower-case l as a capital I or J ("Idn", "Iép", "Iuwot", "Jan": lớn, lớp, lượt,
// lần) — any word opening with I or J (no Vietnamese word has a J) and going on in lower case or
// digits also gets the candidates of l + the rest.
const CAPITAL_I_AS_L_COST = 0.5;
/** Channel cost within which a title-case name word's P or B reads as a syllable of its own (withCapitalD). */
const OWN_LETTER_COST = 1;
function withCapitalD(m: Model, piece: string, cands: Candidate[], ch: Channel = m.text, observed = piece.normalize('NFC').toLowerCase()): Candidate[] {
  // (Most words open with none of these letters: no pattern is run for them.)
  const first = piece.charAt(0);
  if (piece.length < 2 || (first !== 'I' && first !== 'J' && CAPITAL_D_COST[first] === undefined)) return cands;
  // In a name line in title case the English model mostly prints Đ as D (names rendered like the
  // fixtures: 242 of 242), but a real scan's bold signature may give P ("Pai" for Đại): a P or B
  // word whose letters read as a syllable with that letter (Mông, Tày and Chăm names open with
  // them) is that syllable; only one that reads as none may be a misread Đ.
  if (ch === m.names && first !== 'I' && first !== 'J' && cands.some((c) => c.cost <= OWN_LETTER_COST && c.syl.startsWith(first.toLowerCase()))) return cands;
  const iAsL = /^[IJ][^\p{Lu}]/u.test(piece);
  const extra = iAsL ? CAPITAL_I_AS_L_COST : CAPITAL_D_COST[first];
  if (extra === undefined) return cands;
  const letter = iAsL ? 'l' : 'đ';
  const alt = candidatesFor(m, `${letter}${[...observed].slice(1).join('')}`, ch)
    .filter((c) => c.syl.startsWith(letter))
    .map((c) => ({ ...c, cost: c.cost + extra }));
  if (alt.length === 0) return cands;
  const merged = [...cands, ...alt].sort((a, b) => a.cost - b.cost);
  const seen = new Set<string>();
  return merged.filter((c) => (seen.has(c.syl) ? false : (seen.add(c.syl), true))).slice(0, P.maxCandidates);
}

interface Slot {
  index: number; // position in the line's piece array
  observed: string;
  cands: Candidate[];
  /** Part of a run of capitalised words (a person or place name, most likely). */
  name: boolean;
  /** First word of a line that is nothing but a personal name ("Nguyễn Văn An"). */
  surname?: boolean;
  /** Any other word of such a line: a middle name, or the given name (the last word). */
  person?: 'middle' | 'given';
  /** A given (or second middle) name after a middle name: the middle name tells whether it is a woman's or a man's. */
  afterMiddle?: boolean;
  /**
   * A title-case word right after a lower-case word of its sentence: a name opens here, and its
   * capital is evidence about the word before (Model.nameNextLogById).
   */
  nameStart?: boolean;
}

/** log P(next | prev) of the general model: the bigram, else the backed-off unigram (prev < 0: first word). */
function generalLog(m: Model, prev: number, next: number): number {
  if (prev < 0) return m.uniLogById[next]!;
  const b = m.bigramLog.get(prev * ID_SPACE + next);
  return b === b ? b : m.backoffLogById[prev]! + m.uniLogById[next]!; // NaN: no bigram
}

/** The general model's score with an attested trigram P(next | prevprev prev) = `t` mixed in. */
function withTrigram(general: number, t: number): number {
  return Math.log(P.trigramWeight * t + (1 - P.trigramWeight) * Math.exp(general));
}

/**
 * log P(name | the middle name before it): the gender models of its position mixed by the middle
 * name's share of women; for a given name after a middle name the public list pairs with given
 * names, mixed with the list's pairs of that middle name (P.namePairShare, P.namePairPrior).
 */
function afterMiddleLog(m: Model, prev: number, next: number, slot: 'middle' | 'given'): number {
  const w = prev >= 0 ? m.middleWomanById[prev]! : NaN;
  let log: number;
  if (Number.isNaN(w)) log = (slot === 'given' ? m.givenLogById : m.middleLogById)[next]!;
  else {
    const [woman, man] = slot === 'given' ? m.givenByGender : m.middleByGender;
    log = Math.log(w * Math.exp(woman[next]!) + (1 - w) * Math.exp(man[next]!));
  }
  const share = useNamePairs && slot === 'given' && prev >= 0 ? m.pairShare[prev]! : 0;
  if (share === 0) return log;
  const pair = m.pairProb.get(prev * ID_SPACE + next) ?? 0;
  return Math.log((1 - share) * Math.exp(log) + share * pair);
}

/** The score of `next` in its slot (after `prev`), from the general model's log probability (never lower when that is higher). */
function slotLog(m: Model, general: number, next: number, slot: Slot | undefined, prev: number): number {
  // A line that is only a personal name. Its words combine freely, so no bigram: a mixture of the
  // model of that name position and a uniform share for syllables outside the lists (a name list
  // is never complete). How often a syllable occurs in ordinary prose says nothing about names
  // ("lục" is a frequent word, "Lực" a given name; "vụ" a frequent word, "Vũ" a family name), so
  // the general unigram has no say here and the reading is left to the channel.
  if (slot?.surname) return Math.log(P.personNameShare * Math.exp(m.surnameLogById[next]!) + (1 - P.personNameShare) * Math.exp(m.uniformLog));
  if (slot?.person) {
    const pos = slot.afterMiddle ? afterMiddleLog(m, prev, next, slot.person) : (slot.person === 'given' ? m.givenLogById : m.middleLogById)[next]!;
    return Math.log(P.personNameShare * Math.exp(pos) + (1 - P.personNameShare) * Math.exp(m.uniformLog));
  }
  // In a capitalised run the syllable may be a name: the better of the two models scores it. A
  // run that opens after a lower-case word of the sentence is a name for sure (its capital says
  // so): there the name model has the upper hand ("mũi Cát …", not the more frequent word "cắt").
  if (slot?.name && slot.nameStart) return Math.max(general + P.nameWeight, m.nameLogById[next]!);
  return slot?.name ? Math.max(general, P.nameWeight + m.nameLogById[next]!) : general;
}

function lmLog(m: Model, prev: number, next: number, slot?: Slot): number {
  return slotLog(m, generalLog(m, prev, next), next, slot, prev);
}

const CAPITALISED = /^\p{Lu}[^\p{Lu}]*$|^\p{Lu}+$/u;
/**
 * A word in title case, as a name opens: a capital and then lower case. Not a capital I: that is
 * the English model's reading of an l ("Iép" = lớp), and hardly any Vietnamese syllable opens with i.
 */
const NAME_START = /^(?!I)\p{Lu}\p{Ll}[^\p{Lu}]*$/u;
const ALL_CAPS = /^\p{Lu}{2,}$/u;
/** Words in capitals from which a run is a heading phrase rather than a name (see repairLine). */
const HEADING_RUN = 5;
/** Folded level words of administrative units, after which a capitalised word is a unit's name. */
const UNIT_LEVEL = new Set(['xa', 'phuong', 'tinh', 'huyen', 'thon', 'ap', 'khu', 'tran', 'buon', 'soc', 'khom']); // not 'ban' (bản): 'BAN' is the committee of every heading

// Family names of the Central Highlands peoples (Ê Đê, Gia Rai, Ba Na, M'nông…), written in the
// Vietnamese alphabet but outside the Kinh syllable inventory (Niê, Êban, Ksơr). Names of these
// peoples start with Y (men) or H (women) and end with the family name ("Y Lâm Niê"); in such a
// name line a word with the letters of one of these names takes its spelling. General knowledge
// of the naming, not taken from any document.
const HIGHLAND_FAMILY_NAMES = (
  'Niê Êban Ayun Ayŭn Mlô Byă Hđơk Ksơr Ksor Adrơng Êya Kbuôr Knul Mdrang Rcom Hwing Alê Ktla ' +
  'Ênuôl Bkrông Hmok Kđoh Kdăm Êmô Bdap Kpă Êung Siu Rơchăm Rahlan Kpuih Rmah Rlan Hđok ' +
  'Điểu Bon Kơsor Êñuôl Mjâo Moong'
).split(/\s+/);

// Family names of more than one word (general knowledge of Vietnamese naming: the Nguyễn Phúc
// royal line and its branches Tôn Thất / Tôn Nữ / Công Tằng Tôn Nữ, and old two-syllable
// surnames, and the Gia Rai family names written in two words, Rơ Châm, Rơ Mah…). At the start
// of a name line, words whose readings include these syllables take them: the middle-name model
// would otherwise read "Nữ" (rare as a middle name) as "Ni", and "Rơ" as the word "rõ".
const COMPOUND_SURNAMES = ['Công Tằng Tôn Nữ', 'Công Tôn Nữ', 'Tôn Nữ', 'Tôn Thất', 'Nguyễn Phúc', 'Nguyễn Phước', 'Âu Dương', 'Hoàng Phủ', 'Tư Mã', 'Rơ Châm', 'Rơ Mah', 'Rơ Lan', 'Rơ Ô', 'Rah Lan']
  .map((n) => n.split(' '))
  .sort((a, b) => b.length - a.length);

/**
 * The compound surname the first words of a name line can be read as (each word has that reading
 * among its candidates); of two that fit as many words ("Nguyễn Phúc", "Nguyễn Phước"), the one
 * the scan's letters cost least ("Phuéc" is Phước).
 */
function compoundSurname(words: string[], slots: Slot[]): string[] | null {
  let best: string[] | null = null;
  let bestCost = Infinity;
  for (const c of COMPOUND_SURNAMES) {
    if (c.length >= words.length || (best && c.length < best.length)) continue;
    let cost = 0;
    const fits = c.every((syl, k) => {
      const want = syl.toLowerCase();
      const slot = slots[k];
      if (slot === undefined || foldVietnamese(want).charAt(0) !== foldVietnamese(slot.observed).charAt(0)) return false;
      const cand = slot.cands.find((x) => x.syl === want);
      if (foldVietnamese(slot.observed) === foldVietnamese(want)) cost += cand?.cost ?? 0;
      else if (cand) cost += cand.cost;
      else return false;
      return true;
    });
    if (fits && cost < bestCost) [best, bestCost] = [c, cost];
  }
  return best;
}

// Courtesy titles by their letters: "Ông" (Mr) and "Bà" (Mrs, Ms).
const COURTESY: Record<string, string> = { ong: 'ông', ba: 'bà' };

let highlandByFold: Map<string, string | null> | undefined;
/** The listed spelling; null when two listed spellings share the letters (Ksor/Ksơr): keep as read. */
function highlandName(m: Model, observed: string): string | null | undefined {
  if (!highlandByFold) {
    highlandByFold = new Map();
    for (const n of HIGHLAND_FAMILY_NAMES) {
      const f = foldVietnamese(n);
      highlandByFold.set(f, highlandByFold.has(f) && highlandByFold.get(f) !== n ? null : n);
    }
  }
  return highlandByFold.get(skeletonOf(m, observed));
}

/** A highland family name no Kinh syllable spells (HIGHLAND_FAMILY_NAMES), as the scan gave it. */
function isHighlandFamily(m: Model, observed: string): boolean {
  const skeleton = skeletonOf(m, observed);
  return highlandName(m, observed) !== undefined && !m.byFold.has(skeleton);
}

/**
 * Second-order Viterbi: a state is a pair (candidate of the previous word, candidate of this
 * one), so P(cur | prevprev, prev) can be used where that trigram is attested. Elsewhere the
 * transition is the bigram P(cur | prev), which does not depend on prevprev: the best state over
 * prevprev is found once per candidate of prev, and only the prevprev with an attested trigram
 * context are looked at one by one. The cost stays close to the bigram search's.
 */
/**
 * Scratch arrays of the decoder, reused from run to run (allocating small typed arrays for every
 * word was a sizeable share of its time): scores and their column bests in two generations, and
 * the back pointers of all steps of a run end to end.
 */
const scratch = {
  scores: [new Float64Array(256), new Float64Array(256)],
  colBest: [new Float64Array(32), new Float64Array(32)],
  colArg: [new Int32Array(32), new Int32Array(32)],
  back: new Int32Array(4096),
};
function atLeast<T extends Float64Array | Int32Array>(a: T, n: number, make: (n: number) => T): T {
  return a.length >= n ? a : make(Math.max(n, a.length * 2));
}
function growScratch(gen: number, cells: number, cols: number): void {
  scratch.scores[gen] = atLeast(scratch.scores[gen]!, cells, (x) => new Float64Array(x));
  scratch.colBest[gen] = atLeast(scratch.colBest[gen]!, cols, (x) => new Float64Array(x));
  scratch.colArg[gen] = atLeast(scratch.colArg[gen]!, cols, (x) => new Int32Array(x));
}

function viterbi(m: Model, run: Slot[]): { syls: string[]; score: number } {
  const n = run.length;
  const c0 = run[0]!.cands;
  const first = c0.map((c) => -P.channelWeight * c.cost + lmLog(m, -1, c.id, run[0]));
  if (n === 1) return { syls: [c0[first.indexOf(Math.max(...first))]!.syl], score: Math.max(...first) };
  // scores[k * C + c]: the best path whose last two words are candidate k of word i - 1 and c of
  // word i; colBest[c] / colArg[c]: the best of them over k, and its k.
  const c1 = run[1]!.cands;
  let gen = 0;
  growScratch(gen, c0.length * c1.length, c1.length);
  let scores = scratch.scores[gen]!;
  let colBest = scratch.colBest[gen]!.fill(-Infinity, 0, c1.length);
  let colArg = scratch.colArg[gen]!.fill(0, 0, c1.length);
  const nameAfter = run[1]!.nameStart === true;
  for (let k = 0; k < c0.length; k++) {
    const caseLog = nameAfter ? m.nameNextLogById[c0[k]!.id]! : 0;
    for (let c = 0; c < c1.length; c++) {
      const s = first[k]! + caseLog + lmLog(m, c0[k]!.id, c1[c]!.id, run[1]) - P.channelWeight * c1[c]!.cost;
      scores[k * c1.length + c] = s;
      if (s > colBest[c]!) {
        colBest[c] = s;
        colArg[c] = k;
      }
    }
  }
  // Back pointers of step i start at backAt[i - 2] in scratch.back.
  const backAt: number[] = [];
  let backEnd = 0;
  for (let i = 2; i < n; i++) backEnd += run[i - 1]!.cands.length * run[i]!.cands.length;
  if (scratch.back.length < backEnd) scratch.back = new Int32Array(Math.max(backEnd, scratch.back.length * 2));
  const back = scratch.back;
  backEnd = 0;
  const ctxJ: number[] = [];
  const ctxX: number[] = [];
  for (let i = 2; i < n; i++) {
    const pp = run[i - 2]!.cands;
    const prev = run[i - 1]!.cands;
    const cur = run[i]!.cands;
    const slot = run[i]!;
    const plain = !slot.surname && !slot.person && !slot.name;
    const nameAfter = slot.nameStart === true;
    const J = pp.length;
    const K = prev.length;
    const C = cur.length;
    gen = 1 - gen;
    growScratch(gen, K * C, C);
    const ns = scratch.scores[gen]!.fill(-Infinity, 0, K * C);
    const bp = backEnd;
    back.fill(0, bp, bp + K * C);
    backAt.push(bp);
    backEnd += K * C;
    const nBest = scratch.colBest[gen]!.fill(-Infinity, 0, C);
    const nArg = scratch.colArg[gen]!.fill(0, 0, C);
    let top = -Infinity;
    for (let k = 0; k < K; k++) if (colBest[k]! > top) top = colBest[k]!;
    for (let k = 0; k < K; k++) {
      const bestPrev = colBest[k]!;
      // Beam: a reading of prev far behind the best one is not extended.
      if (bestPrev < top - P.stateBeam) continue;
      const bestJ = colArg[k]!;
      const prevId = prev[k]!.id;
      const caseLog = nameAfter ? m.nameNextLogById[prevId]! : 0;
      // The candidates of prevprev, close to the best, that open an attested trigram context with this prev.
      ctxJ.length = 0;
      ctxX.length = 0;
      if (useTrigrams && m.trigramMiddle[prevId]) {
        for (let j = 0; j < J; j++) {
          if (scores[j * K + k]! < bestPrev - P.trigramBeam) continue;
          const x = m.trigramCtx.get(pp[j]!.id * ID_SPACE + prevId);
          if (x === x) {
            ctxJ.push(j);
            ctxX.push(x);
          }
        }
      }
      for (let c = 0; c < C; c++) {
        const id = cur[c]!.id;
        const general = generalLog(m, prevId, id);
        let best = bestPrev + (plain ? general : slotLog(m, general, id, slot, prevId));
        let arg = bestJ;
        for (let q = 0; q < ctxJ.length; q++) {
          const x = ctxX[q]!;
          for (let e = m.trigramStart[x]!, end = m.trigramStart[x + 1]!; e < end; e++) {
            if (m.trigramNext[e] !== id) continue;
            const tri = withTrigram(general, m.trigramProb[e]!);
            const s = scores[ctxJ[q]! * K + k]! + (plain ? tri : slotLog(m, tri, id, slot, prevId));
            if (s > best) {
              best = s;
              arg = ctxJ[q]!;
            }
            break;
          }
        }
        const total = best + caseLog - P.channelWeight * cur[c]!.cost;
        ns[k * C + c] = total;
        back[bp + k * C + c] = arg;
        if (total > nBest[c]!) {
          nBest[c] = total;
          nArg[c] = k;
        }
      }
    }
    scores = ns;
    colBest = nBest;
    colArg = nArg;
  }
  const cells = run[n - 2]!.cands.length * run[n - 1]!.cands.length;
  let arg = 0;
  for (let x = 1; x < cells; x++) if (scores[x]! > scores[arg]!) arg = x;
  const last = run[n - 1]!.cands.length;
  const idx = new Array<number>(n);
  idx[n - 1] = arg % last;
  idx[n - 2] = Math.floor(arg / last);
  for (let i = n - 1; i >= 2; i--) idx[i - 2] = back[backAt[i - 2]! + idx[i - 1]! * run[i]!.cands.length + idx[i]!]!;
  return { syls: idx.map((x, i) => run[i]!.cands[x]!.syl), score: scores[arg]! };
}

// "tỷ" counts money only after a number ("5 tỷ đồng"); before a word it opens "tỷ lệ" (rate),
// the one "tỷ" compound whose second syllable starts with l. The English model reads "lệ" as a
// digit 1 (l) and a digit for the marked vowel ("ty 16", "Ty 18"), which would otherwise stand
// as a number and pull "ty" to "từ". So a two-digit token starting with 1 right after "ty"/"tỷ"
// that no number precedes is read as the English reading of "lệ" ("lé") and repaired like any word.
const TY = /^t[yýỷ]$/i;
// The English model reads a lower-case o with a mark above it as a capital O ("TO Van Minh", "Le
// Thi HO", "LO Van An": Tô, Hồ, Lò), never a plain o, ơ or ọ (names rendered like the fixtures: 14
// of 448 o's with a mark above, 0 of 96 without). On a line of two to five words that are title
// case but for such words (a personal name, as a signature block prints it), a capital consonant
// and a capital O is a title-case word whose O is read as MARK_ABOVE_O (subCost), so the line is
// read as a name. Elsewhere it is left to the run models (a heading "TO TRINH" stays in capitals;
// in running text "SO", "BO" are read as before).
const CAPITAL_O = /^[BCDGHLMNRSTVX]O$/u;
function isMisreadTitleO(pieces: string[], i: number): boolean {
  if (!CAPITAL_O.test(pieces[i]!)) return false;
  const words = pieces.filter((q, k) => k % 2 === 0 && q !== '');
  if (words.length < 2 || words.length > 5 || pieces.some((q, k) => k % 2 === 1 && !/^\s+$/.test(q))) return false;
  return words.every((w) => CAPITAL_O.test(w) || /^\p{Lu}[^\p{Lu}]*$/u.test(w)) && words.some((w) => !CAPITAL_O.test(w));
}
function isMisreadLe(pieces: string[], i: number): boolean {
  if (!/^1\d$/.test(pieces[i]!) || !/^\s+$/.test(pieces[i - 1] ?? '')) return false;
  const prev = pieces[i - 2] ?? '';
  if (!TY.test(prev.normalize('NFC'))) return false;
  const before = pieces[i - 4] ?? '';
  return !/\d$/.test(before);
}

// The English model writes "?" for a letter it cannot read ("Hội viên? thôn", "Lê V? Hùng").
// Glued to a word and followed by a lower-case word, or inside a line that is only capitalised
// words (a name), it is no question mark: it goes, and the word is read without it.
// (Also before a table's cell border: "… truyền thanh? | cụm | 12".)
const STRAY_QUERY = /(?<=\p{L})\?(?=\s+(?:\p{Ll}|\||\d))/gu;
// … also glued to a word of one to three letters before a capitalised word or a bracket: the
// hook of ư/ữ/ử read as "?" ("điện tt? (eCDT)", "song ngi? Việt", "Căn ct? Kế hoạch"). A
// question ending on a short question word ("… gì?", "… nào?", "… ai?") keeps its mark.
const SHORT_WORD_QUERY = /(?<=(?<!\p{L})(?!(?:g[iì]|n[aà]o|ai|sao|[aà]|h[aả]|nh[iỉ]|ư)\?)\p{L}{1,3})\?(?=[ \t]+(?:\p{Lu}|\())/gu;
// The same hook read as an apostrophe ("tt’ 13 xuống", "st’ dụng", "tv’ 20 đến 30": từ, sử):
// glued to a word of one to three letters and followed by a lower-case word or a figure, it is
// no closing quote (a line that opens a single quote keeps it) nor a name's apostrophe (glued to
// the next letter: "H'Mông"). It went on after the word was read ("từ’ 13") and cut the word
// from the phrase its figure belongs to.
// A quote opened on the line (a mark after a space or the line's start, before a letter: ‘ ' " “)
// closes with the same mark, which is then no hook.
const OPENING_QUOTE = /(?:^|[\s(])['‘"“]\p{L}/u;
const SHORT_WORD_HOOK = /(?<=(?<!\p{L})\p{L}{1,3})[’'](?=[ \t]+(?:\p{Ll}|\d))/gu;
const NAME_LINE_WITH_QUERY = /^\s*\p{Lu}\p{Ll}*\??(?:\s+\p{Lu}\p{Ll}*\??){1,5}\s*$/u;

// The English model reads the ô of a syllable as a capital O and may part it from the capital
// before it ("N Ong thôn": Nông thôn): a lone capital consonant and a word that opens with that O
// are one word. (Not after a capitalised word: "Bà T Oanh" may be a name with an initial.)
const PARTED_CAPITAL_O = /(?<![\p{L}\d.'’])(?<!\p{Lu}\p{L}*[ \t]+)([BCDGHKLMNPQRSTVX]) (?=O\p{Ll}{1,3}(?!\p{L}))/gu;

// A registered or copyright sign inside a word is the English model's ơ (th®i: thời), like the
// "@" the confusion model learned: read as that.
const CIRCLED_O = /(?<=\p{L})[®©](?=\p{L})/gu;

const LOWER_OR_DIGIT_START = /^(?:\p{Ll}|\d)/u;
/** A lone "6" with single spaces around, after a lower-case word and before a lower-case word or a number. */
function misreadO(pieces: string[], i: number): boolean {
  return / $/.test(pieces[i - 1] ?? '') && pieces[i + 1] === ' ' && LOWER_WORD.test(pieces[i - 2] ?? '') && LOWER_OR_DIGIT_START.test(pieces[i + 2] ?? '');
}

const ONE_CAPITAL = /^\p{Lu}$/u;
const CAPITAL_START = /^\p{Lu}/u;
/** A capital letter followed by an apostrophe and a capitalised word: H'Nhung, K'Bình, Y'Điêng. */
function isNamePrefix(pieces: string[], i: number): boolean {
  // (One letter: at most two UTF-16 units, tested before any pattern runs.)
  return i % 2 === 0 && (pieces[i]?.length ?? 0) <= 2 && ONE_CAPITAL.test(pieces[i] ?? '') && /^['’]$/.test(pieces[i + 1] ?? '') && CAPITAL_START.test(pieces[i + 2] ?? '');
}

const QUARTER_NUMERAL = /(?<!\p{L})([Qq])u([yýỳỷỹỵ])(\s+)([IVXivx1lTHh|[\]!]{1,4})(?=\s*\/{1,2}\s*(?:20\d\d|$))/gu;
/**
 * A quarter's Roman numeral as any OCR misreads it before "/2026" ("Quý TV/2025", "Quy [V/2025",
 * "Quý IH/2026": H is two strokes), its word with any tone the repair gave it ("Quỳ II/2026"). Also applied to lines that came with marks (the Vietnamese
 * model misreads numerals too); there an Arabic "Quý 1/2026" is a way of writing, kept.
 */
function quarterNumerals(line: string, repaired: boolean): string {
  return line.replace(QUARTER_NUMERAL, (whole, q: string, y: string, sp: string, r: string) => {
    if (!repaired && /^\d+$/.test(r)) return whole;
    const roman = r.replace(/[hH]/g, 'II').replace(/[vV]/g, 'V').replace(/[xX]/g, 'X').replace(/[^VX]/g, 'I');
    if (!['I', 'II', 'III', 'IV'].includes(roman)) return whole;
    // A plain "Quy" the document wrote itself stays; a wrong tone ("Quỳ") is the scan's.
    return `${q}u${repaired || y !== 'y' ? 'ý' : y}${sp}${roman}`;
  });
}

// Acronyms of the administration that contain Đ, as the English model writes them (Đ → D), also
// with one capital T misread (tMisreads).
const ACRONYMS_WITH_D = new Map(
  ['HĐND', 'CĐS', 'ĐMST', 'ĐVT', 'BCĐ', 'TTĐT', 'ĐBQH'].flatMap((a) => tMisreads(a.replace(/Đ/g, 'D')).map((form): [string, string] => [form, a])),
);

/**
 * A run of capitals as written and with one T as the English model misreads it in a short
 * capital run: its bar lost, an I ("DVT" → "DVI"); a double T split by a stroke ("TT" → "TIT").
 */
function tMisreads(run: string): string[] {
  const forms = [run];
  for (let i = run.indexOf('T'); i >= 0; i = run.indexOf('T', i + 1)) forms.push(`${run.slice(0, i)}I${run.slice(i + 1)}`);
  for (let i = run.indexOf('TT'); i >= 0; i = run.indexOf('TT', i + 1)) forms.push(`${run.slice(0, i + 1)}I${run.slice(i + 1)}`);
  return forms;
}

/**
 * Fixed administrative forms the scan cannot tell apart, applied to a repaired line (never to a
 * line that came with Vietnamese marks):
 * - a quarter: "Quy" (or "QUY") before a Roman numeral is "Quý" ("Quý IV/2025", "QUÝ III NĂM 2026"); before
 *   "/2026" the numeral's OCR look-alikes are read back ("[V" = IV, "IH" = III: H is two strokes);
 * - "hằng năm / quý / tháng / tuần / ngày" (every year …) is the spelling administrative
 *   documents use; the scan's unmarked "hang" fits "hàng" just as well;
 * - a count of weeks: after a figure or a per-slash "tuan" is "tuần" ("trong 03 tuần", "02
 *   lần/tuần"); the given name Tuấn, which the name models favour, never stands there.
 */
const GLUED_PERIODS: Record<string, string> = { nam: 'năm', quy: 'quý', thang: 'tháng', tuan: 'tuần' };

const GLUED_RECURRENCE = /(?<!\p{L})([Hh])ang(nam|quy|thang|tuan)(?!\p{L})/gu;
const GLUED_REGULARLY = /(?<!\p{L})([Tt])huongxuyen(?!\p{L})/gu;
/**
 * A recurrence the scan ran into one word ("Hangnam_", "Thuongxuyen" in a narrow table cell), on
 * any line (the Vietnamese model glues them too): no text writes them so, so their spelling is known.
 */
function gluedRecurrences(line: string): string {
  return line
    .replace(GLUED_RECURRENCE, (_m, h: string, p: string) => `${h}ằng ${GLUED_PERIODS[p]}`)
    .replace(GLUED_REGULARLY, '$1hường xuyên');
}

const QUARTER_WORD = /(?<!\p{L})([Qq])uy(\s+)(I{1,3}|IV)(?![\p{L}\d])/gu;
const QUARTER_WORD_CAPS = /(?<!\p{L})QUY(\s+)(I{1,3}|IV)(?![\p{L}\d])/gu;
const EVERY_PERIOD = /(?<!\p{L})([Hh])àng(\s+)(năm|quý|tháng|tuần|ngày)(?!\p{L})/gu;
const WEEKS = /(?<=\d[ \t]+|\p{Ll}\/)([Tt])uấn(?!\p{L})/gu;
function administrativeForms(line: string): string {
  let s = quarterNumerals(line, true);
  s = s.replace(QUARTER_WORD, '$1uý$2$3');
  // The same in a heading set in capitals ("BÁO CÁO QUÝ III NĂM 2025").
  s = s.replace(QUARTER_WORD_CAPS, 'QUÝ$1$2');
  s = s.replace(EVERY_PERIOD, '$1ằng$2$3');
  s = s.replace(WEEKS, '$1uần');
  return gluedRecurrences(s);
}

/**
 * For the words of one run: false where a word in capitals belongs to a heading phrase and so may
 * not be read as a name. A run with HEADING_RUN or more words in capitals is a heading; in it only
 * the (up to three) words after a unit's level word ("XÃ", "PHƯỜNG", "THÔN"…) are a name.
 */
function headingNameMask(m: Model, words: string[]): boolean[] {
  const mask = words.map(() => true);
  if (words.filter((w) => ALL_CAPS.test(w)).length < HEADING_RUN) return mask;
  let sinceLevel = Infinity;
  words.forEach((w, k) => {
    if (!ALL_CAPS.test(w)) return;
    sinceLevel++;
    if (sinceLevel > 3) mask[k] = false;
    if (UNIT_LEVEL.has(skeletonOf(m, w.normalize('NFC').toLowerCase()))) sinceLevel = 0;
  });
  return mask;
}

/**
 * The English model reads the ư of a syllable as two letters, "iv" or "vv" ("trivéc", "chvva":
 * trước, chưa), which no syllable spells and the letter-by-letter channel cannot pair with one
 * letter: when the word as written reads as no syllable, it is read with "w" in their place (the
 * model's usual reading of ư), at an extra cost.
 */
function hornAsTwoLetters(m: Model, observed: string): Candidate[] | null {
  if (!/[iv]v/.test(observed)) return null;
  const cands = candidatesFor(m, observed.replace(/[iv]v/g, 'w'))
    .map((c) => ({ ...c, cost: c.cost + P.hornAsTwoLettersCost }))
    .filter((c) => c.cost <= P.keepIfCostAbove);
  return cands.length ? cands : null;
}

/**
 * The best few readings of a piece of a word run together: syllables whose letters are within one
 * edit of the piece's, at most P.splitPieceCost by the channel. (The full search of candidatesFor
 * goes two edits out, which for a piece of two or three letters is most of the inventory.)
 */
function pieceCandidates(m: Model, piece: string): Candidate[] {
  const hit = pieceCache.get(piece);
  if (hit) return hit;
  const skeleton = skeletonOf(m, piece);
  const dels = new Set<string>();
  deletesOf(skeleton, 1, dels);
  const folds = new Set<string>();
  for (const d of dels) for (const f of m.deletes.get(d) ?? []) if (!folds.has(f) && levenshtein(f, skeleton) <= 1) folds.add(f);
  const out: Candidate[] = [];
  for (const f of folds) {
    for (const syl of m.byFold.get(f) ?? []) {
      const cost = channelCost(m, syl, piece);
      if (cost <= P.splitPieceCost) out.push({ syl, id: m.ids.get(syl)!, cost });
    }
  }
  out.sort((a, b) => a.cost - m.uniLogById[a.id]! - (b.cost - m.uniLogById[b.id]!));
  if (pieceCache.size > 50_000) pieceCache.clear();
  pieceCache.set(piece, out.slice(0, 4));
  return out.slice(0, 4);
}
const pieceCache = new Map<string, Candidate[]>();

const LOWER_LETTER = /\p{Ll}/u;
const GLUED_ACRONYM = /^(\p{Lu}{2,})(\p{Ll}{2,})$/u;

/**
 * A word the scan ran together from several syllables (a narrow table cell: "vanban", "Kétqua",
 * "Thanhvién"): the best reading as two or more syllables, by the channel and the bigrams, when
 * no single syllable reads it. Returns the word's own pieces (case kept) or null.
 */
function splitGlued(m: Model, core: string): string[] | null {
  const observed = core.normalize('NFC').toLowerCase();
  if (observed.length !== core.length || observed.length < 4 || observed.length > SPLIT_MAX_CHARS) return null;
  if (!/^[\p{L}0-9@¢]+$/u.test(core) || (core.match(/\d/g) ?? []).length > 3 || UNIT_ABBREVIATION.test(core) || LOANWORD.test(core)) return null;
  if (m.byFold.has(skeletonOf(m, observed)) || !LOWER_LETTER.test(core)) return null;
  // An acronym run into the word after it ("KHnam", "UBNDxa"): the capitals are one piece.
  const acronym = GLUED_ACRONYM.exec(core);
  if (acronym && isAcronym(m, acronym[1]!)) {
    const rest = acronym[2]!;
    const restParts = splitGlued(m, rest);
    if (restParts) return [acronym[1]!, ...restParts];
    return candidatesFor(m, rest.toLowerCase()).some((c) => c.cost <= P.splitPieceCost) ? [acronym[1]!, rest] : null;
  }
  // A word that reads as one syllable is one: the split would only win on the bigram inside it,
  // while the syllable's own context is outside it ("Khudi" = chuỗi, not "khu đi").
  if (observed.length <= 8 && (candidatesFor(m, observed).some((c) => c.cost <= P.keepIfCostAbove) || hornAsTwoLetters(m, observed))) return null;
  const n = observed.length;
  // best[e] per candidate ending at e: [score, id, start, back index]
  type Cell = { score: number; id: number; start: number; back: number };
  const cells: Cell[][] = Array.from({ length: n + 1 }, () => []);
  cells[0]!.push({ score: 0, id: -1, start: 0, back: -1 });
  for (let s = 0; s < n; s++) {
    if (!cells[s]!.length) continue;
    for (let e = s + 2; e <= Math.min(n, s + 7); e++) {
      const piece = observed.slice(s, e);
      if (!/\p{L}/u.test(piece) || (piece.length > 3 && !SYLLABLE_SHAPE.test(skeletonOf(m, piece)))) continue;
      const cands = pieceCandidates(m, piece);
      for (const c of cands) {
        let best: Cell | undefined;
        cells[s]!.forEach((prev, k) => {
          // Only syllables the corpus writes one after the other: a loan word ("video", "camera")
          // splits into syllables that never follow each other.
          const pair = prev.id < 0 ? m.uniLogById[c.id]! : m.bigramLog.get(prev.id * ID_SPACE + c.id);
          if (pair !== pair) return;
          const score = prev.score + c.cost - pair;
          if (!best || score < best.score) best = { score, id: c.id, start: s, back: k };
        });
        if (best) cells[e]!.push(best);
      }
    }
  }
  let end: Cell | undefined;
  let endK = -1;
  cells[n]!.forEach((c, k) => {
    if (!end || c.score < end.score) {
      end = c;
      endK = k;
    }
  });
  if (!end) return null;
  const bounds: number[] = [];
  for (let e = n, k = endK; e > 0; ) {
    const c = cells[e]![k]!;
    bounds.unshift(c.start);
    e = c.start;
    k = c.back;
  }
  if (bounds.length < 2 || end.score > P.splitPerSyllable * bounds.length) return null;
  return bounds.map((b, k) => core.slice(b, bounds[k + 1] ?? n));
}
const SPLIT_MAX_CHARS = 28;
/**
 * Folded words after which a capitalised word is a place's name: a unit's level ("xã", "tỉnh",
 * "thành phố" …) or a word that leads to a place or joins two ("tại", "ở", "của", "đến", "từ",
 * "và", "với"). Not any lower-case word: OCR parts a table header's cells by single spaces, and a
 * cell after one ending in lower case opens with a capital in sentence case ("Cụm loa hư hỏng").
 */
/**
 * Whether a piece of a glued word, as written, is likely a syllable of a name: one of its two
 * likeliest readings with the same letters (marks aside) is a syllable of names ("nam": năm, Nam;
 * not "so": số, sơ, and only then Sở).
 */
function nameSyllable(m: Model, piece: string): boolean {
  const letters = skeletonOf(m, piece.toLowerCase());
  return candidatesFor(m, piece.toLowerCase()).filter((c) => skeletonOf(m, c.syl) === letters).slice(0, 2).some((c) => m.nameLogById[c.id]! > -Infinity);
}
const NAME_BEFORE = new Set([...UNIT_LEVEL, 'lang', 'xom', 'quan', 'pho', 'tp', 'tai', 'o', 'cua', 'den', 'tu', 'va', 'voi']);
/** The letters of a syllable without marks: onset, vowels, final (a piece longer than three letters must have this shape to be tried). */
const SYLLABLE_SHAPE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?$/;

const ONE_LETTER = /^\p{L}$/u;
const LETTER_QUERY = /(?<=\p{L})\?/gu;
function repairLine(m: Model, input: string, stats: RepairResult['stats'], asName = false): string {
  if (isCleanLine(input)) return gluedRecurrences(quarterNumerals(input, false));
  // (Each pattern runs only when the character it needs is in the line.)
  let line = !input.includes('?') ? input : NAME_LINE_WITH_QUERY.test(input) ? input.replace(LETTER_QUERY, '') : input.replace(STRAY_QUERY, '').replace(SHORT_WORD_QUERY, '');
  if ((line.includes('’') || line.includes("'")) && !OPENING_QUOTE.test(line)) line = line.replace(SHORT_WORD_HOOK, '');
  if (line.includes('®') || line.includes('©')) line = line.replace(CIRCLED_O, '@');
  if (line.includes(' O')) line = line.replace(PARTED_CAPITAL_O, '$1');
  // Pieces alternate between separators (kept verbatim) and word cores. URLs and e-mail
  // addresses are kept whole: their dots and colons are not sentence punctuation.
  const pieces: string[] = [];
  for (const chunk of line.split(/(\s+)/)) {
    if (/^\s*$/.test(chunk)) {
      if (pieces.length % 2 === 0) pieces.push('');
      pieces.push(chunk);
    } else if (URL_OR_EMAIL.test(chunk)) {
      if (pieces.length % 2 === 1) pieces.push('');
      pieces.push(`\u0000${chunk}`);
    } else {
      // A horn read as a mark inside the word ("tru’c", "cht’c", "chi?c": trực, chức) stays in
      // the word: the confusion model knows these pairs, split at the mark the halves are lost.
      const parts = chunk.replace(INNER_HORN, (c) => HIDDEN[c]!).split(PUNCTUATION).map((x) => x.replace(/[\ue000-\ue002]/g, (c) => SHOWN[c]!));
      if (pieces.length % 2 === 1) pieces.push('');
      pieces.push(...parts);
    }
  }
  // Syllables the scan ran together are parted first, so that each is read in its context.
  // (A capitalised word after a unit's level or a word leading to a place, each piece of which
  // may read as a syllable of names, is a place's name, every syllable of it capitalised: "tại
  // Phuclam", "xã Yenthanh" → "Phúc Lâm", "Yên Thành"; elsewhere, or with a piece no name holds,
  // it is a common word in sentence case: "Tonghop", a header's "Tên thôn Solieu".)
  // (The word before is the one the scan gave, not the last piece of one parted here.)
  let before = '';
  let partedPieces = 0;
  for (let i = 0; i < pieces.length; i += 2) {
    const word = pieces[i]!;
    const parts = asName || word.startsWith('\u0000') ? null : splitGlued(m, word);
    if (parts) {
      const name = /^\p{Lu}\p{Ll}/u.test(parts[0]!) && /^[ \t]+$/.test(pieces[i - 1] ?? '') && NAME_BEFORE.has(skeletonOf(m, before.normalize('NFC').toLowerCase())) && parts.every((x) => nameSyllable(m, x));
      pieces.splice(i, 1, ...parts.flatMap((x, k) => (k ? [' ', name ? x.charAt(0).toUpperCase() + x.slice(1) : x] : [x])));
    }
    if (partedPieces > 0) partedPieces--;
    else before = word;
    if (parts) partedPieces = parts.length - 1;
  }
  const runs: Slot[][] = [];
  let run: Slot[] = [];
  // Months as a table's column labels ("T4 | T5 | T6"): two different ones on a line are no
  // misread syllables (the model read "T4", "T6" as "Tổ"); "T6 … | T6 |" twice is "Tổ".
  const monthColumns = new Set(pieces.filter((q, k) => k % 2 === 0 && MONTH_LABEL.test(q))).size >= 2;
  for (let i = 0; i < pieces.length; i++) {
    if (i % 2 === 0 && isMisreadLe(pieces, i)) pieces[i] = 'lé';
    const titleO = i % 2 === 0 && isMisreadTitleO(pieces, i);
    if (titleO) pieces[i] = `${pieces[i]!.charAt(0)}o`;
    const p = pieces[i]!;
    if (i % 2 === 1) {
      if (!/^\s+$/.test(p) && run.length && !isNamePrefix(pieces, i - 1)) {
        runs.push(run);
        run = [];
      }
      continue;
    }
    if (!p) continue;
    stats.tokens++;
    // The letter before the apostrophe of a highland name (H'Nhung) is kept and does not break the run.
    if (isNamePrefix(pieces, i)) continue;
    if (/^\d+([.,/]\d+)*$/.test(p)) {
      // A number is never changed but gives its neighbours context ("năm 2025") — except a lone
      // "6" between a word and a word or number, which may be the English model's reading of "ở"
      // ("thành lập 6 24/24 thôn", "02 cụm 6 khu vực"): there the language model decides.
      const num = { syl: NUM, id: m.ids.get(NUM)!, cost: 0 };
      const o = p === '6' && misreadO(pieces, i) ? m.ids.get('ở') : undefined;
      run.push(o === undefined ? { index: -1, observed: p, cands: [num], name: false } : { index: i, observed: p, cands: [num, { syl: 'ở', id: o, cost: channelCost(m, 'ở', p) - P.loneSixAsO }], name: false });
      continue;
    }
    // A unit of measure after a number and a space ("8 m", "3 x 2 m", "15 ha") is no syllable:
    // the language model would read "m" as "em" and "x" as "xã".
    if (MEASURE_UNIT.test(p) && /^\d+(?:[.,]\d+)*$/.test(pieces[i - 2] ?? '') && pieces[i - 1] === ' ' && !/\p{L}$/u.test(pieces[i - 3] ?? '')) {
      if (run.length) runs.push(run);
      run = [];
      continue;
    }
    if (monthColumns && MONTH_LABEL.test(p)) {
      if (run.length) runs.push(run);
      run = [];
      continue;
    }
    const loneSymbol = LONE_SYMBOL.test(p) && !(LOWER_WORD.test(pieces[i - 2] ?? '') && LOWER_WORD.test(pieces[i + 2] ?? ''));
    // "b) …", "c) …" opening a line: a list letter, not a word to repair ("b)" is no "bà").
    if (ONE_LETTER.test(p) && (pieces[i + 1] ?? '').startsWith(')') && pieces.slice(0, i).every((x) => /^\s*$/.test(x))) {
      if (run.length) runs.push(run);
      run = [];
      continue;
    }
    const acronym = ACRONYMS_WITH_D.get(p);
    if (acronym) {
      // "HDND" is HĐND: the English model has no Đ, and no acronym of the administration is
      // spelled with the plain D in its place.
      stats.changedTokens++;
      pieces[i] = acronym;
      if (run.length) runs.push(run);
      run = [];
      continue;
    }
    if (!isRepairable(p) || isAcronym(m, p) || loneSymbol) {
      if (run.length) runs.push(run);
      run = [];
      continue;
    }
    const observed = titleO ? `${p.charAt(0).toLowerCase()}${MARK_ABOVE_O}` : p.normalize('NFC').toLowerCase();
    let cands = withCapitalD(m, p, candidatesFor(m, observed), m.text, observed);
    if (!cands.length || cands[0]!.cost > P.keepIfCostAbove) cands = hornAsTwoLetters(m, observed) ?? cands;
    // A lone symbol has no letters to go by: only the letters it was seen standing for count.
    if (LONE_SYMBOL.test(p)) cands = cands.filter((c) => m.text.sub.has(`${c.syl}\u0000${p}`));
    // In a run of capitalised words (a name) a costlier reading is still better than none.
    const nameish = CAPITALISED.test(p) && [pieces[i - 2], pieces[i + 2]].some((q) => q !== undefined && CAPITALISED.test(q));
    const limit = P.keepIfCostAbove + (nameish ? P.nameExtraCost : 0);
    if (!cands.length || (nameish ? Math.min(...cands.map((c) => c.cost)) : cands[0]!.cost) > limit) {
      if (run.length) runs.push(run);
      run = [];
      continue;
    }
    run.push({ index: i, observed, cands, name: false });
  }
  if (run.length) runs.push(run);
  // A line that is only 2–4 title-case words is a personal name (signature block, task owner);
  // a compound surname ("Tôn Nữ", "Công Tằng Tôn Nữ") adds its extra words.
  const words = pieces.filter((p, i) => i % 2 === 0 && p !== '' && !isNamePrefix(pieces, i));
  let compound: string[] | null = null;
  // A line of 2–4 words in capitals ("NGUYỄN VĂN TÂM") may be a name as well as a heading ("BÁO
  // CÁO", "PHÓ CHỦ TỊCH"): it is read both ways below, and the likelier reading is kept.
  let capsName: Slot[] | null = null;
  const oneRun = runs.length === 1 && words.length >= 2 && runs[0]!.length === words.length;
  const capsLine = oneRun && words.length <= 4 && words.every((w) => ALL_CAPS.test(w) || /^\p{Lu}$/u.test(w)) && words.some((w) => ALL_CAPS.test(w));
  // A unit's level word opens a unit's name ("XÃ ĐỨC LONG"), not a person's (not "TRẤN":
  // its letters are the family name Trần, and a town's line opens with "THỊ TRẤN").
  const level = capsLine ? skeletonOf(m, words[0]!.normalize('NFC').toLowerCase()) : '';
  if (capsLine && !(UNIT_LEVEL.has(level) && level !== 'tran')) {
    capsName = runs[0]!.map((slot) => ({ ...slot }));
    capsName.forEach((slot, k, all) => {
      if (k === 0) slot.surname = true;
      else slot.person = k === all.length - 1 ? 'given' : 'middle';
      slot.afterMiddle = all[k - 1]?.person === 'middle';
      if (slot.index >= 0 && m.capsNames !== m.text) slot.cands = withCapitalD(m, pieces[slot.index]!, candidatesFor(m, slot.observed, m.capsNames), m.capsNames, slot.observed);
    });
  }
  // A courtesy title opening a name line ("Ông Lê Văn Hòa", "Bà Lò Thị Dinh"; the scan may read
  // "Ong", "Ba") is no family name: the name's positions start after it. ("Ông" is a family name
  // too: it is a title only before a full name of three words or more.)
  const title = oneRun ? COURTESY[skeletonOf(m, (words[0] ?? '').normalize('NFC').toLowerCase())] : undefined;
  const c0 = title && /^\p{Lu}/u.test(words[0]!) && words.length >= 4 ? 1 : 0;
  if (oneRun && words.every((w) => /^\p{Lu}[^\p{Lu}]*$/u.test(w))) {
    compound = compoundSurname(words.slice(c0), runs[0]!.slice(c0));
    if (words.length - c0 <= 4 + (compound ? compound.length - 1 : 0)) {
      runs[0]!.forEach((slot, k, all) => {
        if (k < c0) {
          slot.cands = [{ syl: title!, id: m.ids.get(title!)!, cost: 0 }];
          return;
        }
        // A word with a highland name's letter and apostrophe (H'Ly, K'Bình) is a given name,
        // also when it opens the line ("H'Mai Niê": the family name comes last).
        if (k === c0 && !isNamePrefix(pieces, slot.index - 2)) slot.surname = true;
        else slot.person = k === all.length - 1 || isNamePrefix(pieces, slot.index - 2) ? 'given' : 'middle';
        slot.afterMiddle = all[k - 1]?.person === 'middle' && !isNamePrefix(pieces, slot.index - 2);
        // The words of a name line are read with the channel of name lines (learned from names
        // rendered alone on their line, bold and regular: scripts/learn-name-confusions.ts).
        if (slot.index >= 0 && m.names !== m.text) slot.cands = withCapitalD(m, pieces[slot.index]!, candidatesFor(m, slot.observed, m.names), m.names, slot.observed);
      });
    } else compound = null;
  }
  // Capitalised words next to capitalised words form a name run ("Lê Đình …", "BẢO KHÊ").
  for (const r of runs) {
    r.forEach((slot, k) => {
      if (slot.index < 0 || !CAPITALISED.test(pieces[slot.index]!)) return;
      const nb = [r[k - 1], r[k + 1]].some((o) => o && o.index >= 0 && CAPITALISED.test(pieces[o.index]!));
      slot.name = nb;
    });
    // A long run in capitals is a heading ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "KẾ HOẠCH TRUYỀN
    // THÔNG …"): its words are a phrase, and only the name of a unit after its level word
    // ("XÃ CÁT HẢI", up to three words) is a name. Without this, name syllables frequent in
    // personal names outvote the phrase ("CÔNG HÒA").
    const mayBeName = headingNameMask(m, r.map((slot) => (slot.index < 0 ? '' : pieces[slot.index]!)));
    r.forEach((slot, k) => {
      if (!mayBeName[k]) slot.name = false;
    });
  }
  // A capitalised word right after a lower-case word of the same sentence is a name: the class
  // context scores the reading of the word before it ("đảo Phú Quý", not "đào").
  for (const r of useNameContext ? runs : []) {
    for (let k = 1; k < r.length; k++) {
      if (r[k - 1]!.index < 0 || r[k]!.index < 0 || !LOWER_WORD.test(pieces[r[k - 1]!.index]!)) continue;
      if (NAME_START.test(pieces[r[k]!.index]!)) r[k]!.nameStart = true;
    }
  }
  // The name reading of a line in capitals wins when the name models and the name channel give it
  // a higher probability than the phrase models give the best phrase (both are P(reading) times
  // P(scan | reading)): a heading's words are frequent together, a name's fit the name positions.
  // (The winner's best reading is kept for the first run below, not searched again.)
  let firstBest: string[] | undefined;
  if (capsName) {
    const byName = viterbi(m, capsName);
    const asPhrase = viterbi(m, runs[0]!);
    // (A line the caller knows to be a name, readPersonName, is read as one.)
    const nameWins = asName || byName.score + (capsName.length >= 3 ? P.capsNameOdds : 0) > asPhrase.score;
    if (nameWins) runs[0] = capsName;
    firstBest = (nameWins ? byName : asPhrase).syls;
  }
  const highland = runs.length === 1 && runs[0]![0]?.surname === true && /^[YH]$/.test(pieces[runs[0]![0]!.index] ?? '');
  // A name line holding a highland family name (its letters no Kinh syllable): a lone Y or H
  // after it is the men's or women's prefix of the given name that follows, not a syllable.
  const highlandLine = runs.length === 1 && runs[0]!.some((slot) => (slot.surname === true || slot.person !== undefined) && isHighlandFamily(m, slot.observed));
  for (const [i, r] of runs.entries()) {
    const best = (i === 0 ? firstBest : undefined) ?? viterbi(m, r).syls;
    r.forEach((slot, k) => {
      if (slot.index < 0 || best[k] === NUM) return;
      // The Y/H that opens a highland name is kept as written.
      if (highland && slot.surname) return;
      if (highlandLine && slot.person !== undefined && k < r.length - 1 && /^[YH]$/.test(pieces[slot.index]!)) return;
      // A family name of the highland peoples that no Kinh syllable spells (Ksor, Niê, Moong) is
      // recognised in any personal name, not only in one opened by Y or H.
      const foreign = (slot.surname === true || slot.person !== undefined) && !m.byFold.has(skeletonOf(m, slot.observed));
      const listed = highland || foreign ? highlandName(m, slot.observed) : undefined;
      if (listed === null) return;
      const family = listed ?? (compound && k >= c0 && k - c0 < compound.length ? compound[k - c0] : undefined);
      // An l read as a capital I inside a sentence stays lower case ("24 Iép" → "24 lớp").
      const piece = pieces[slot.index]!;
      const midSentence = /^\s+$/.test(pieces[slot.index - 1] ?? '') && /[\p{Ll}\d]$/u.test(pieces[slot.index - 2] ?? '');
      const pattern = midSentence && /^[IJ][^\p{Lu}]/u.test(piece) && best[k]!.startsWith('l') ? `l${piece.slice(1)}` : piece;
      const fixed = family ?? applyCase(pattern, best[k]!);
      if (fixed !== pieces[slot.index]) {
        stats.changedTokens++;
        pieces[slot.index] = fixed;
      }
    });
  }
  return administrativeForms(pieces.join('').replaceAll('\u0000', ''));
}

const QUARTER_AT_END = /(?<!\p{L})[Qq]u[yý]\s*$/u;
const QUARTER_NUMERAL_AT_START = /^\s*[IVXivx1lTHh|[\]!]{1,4}\s*\/\s*20\d\d/u;
const WORD_AT_END = /[\p{L}\d,]\s*$/u;
const LOWER_START = /^\s*\p{Ll}(?![).])/u;
/** The next line goes on with the sentence: it starts in lower case, and not with a list letter ("b) …"), or it holds the numeral of a quarter named at the end of the line. */
function continuesOnNextLine(line: string, next: string): boolean {
  // A quarter whose numeral wrapped ("… trong Quý⏎IIT/2026"): the numeral is read with its word.
  if (QUARTER_AT_END.test(line) && QUARTER_NUMERAL_AT_START.test(next)) return true;
  return WORD_AT_END.test(line) && LOWER_START.test(next) && !isCleanLine(line) && !isCleanLine(next);
}

/**
 * The superscript of "km²" as a scan reads it: "?" or "?2" (the English model) or "°" (either model),
 * after a figure — also when the unit went to the next line ("17,82⏎km°") — or alone in a table's
 * unit cell or a label's brackets ("Diện tích tự nhiên | km? | 204,8", "Diện tích (km?)"). No text
 * writes "km?" or "km°" there, so the unit is known. Applied to the whole text, lines with marks
 * included.
 */
function areaUnits(text: string): string {
  return text.replace(/(?<![\p{L}\d])km[?°]2?(?![\p{L}\d])/gu, (unit: string, at: number) =>
    /(?:\d|[|¦(])[ \t]*(?:\r?\n[ \t]*)?$/.test(text.slice(Math.max(0, at - 24), at)) ? 'km²' : unit,
  );
}

/**
 * repairLine's answers kept by line: its reading depends on the line alone, and documents share
 * many (the national motto, addressees, headings, signature blocks; a document read again). The
 * token counts the line added are kept with it. Cleared when full and when a setting of
 * `_internal` changes the reading.
 */
const lineCache = new Map<string, { text: string; tokens: number; changedTokens: number }>();
function repairedLine(m: Model, line: string, stats: RepairResult['stats']): string {
  let hit = lineCache.get(line);
  if (!hit) {
    const own = { tokens: 0, changedTokens: 0 };
    hit = { text: repairLine(m, line, own), ...own };
    if (lineCache.size >= 20_000) lineCache.clear();
    lineCache.set(line, hit);
  }
  stats.tokens += hit.tokens;
  stats.changedTokens += hit.changedTokens;
  return hit.text;
}

/** Restores Vietnamese letters and tones in English-model OCR output. Synchronous; the model loads once. */
export function repairVietnamese(text: string): RepairResult {
  const m = loadModel();
  const stats = { tokens: 0, changedTokens: 0 };
  const parts = areaUnits(text).split(/(\r?\n)/);
  let out = '';
  for (let i = 0; i < parts.length; i += 2) {
    // A sentence wrapped over several lines is repaired as one: the word ending a line takes its
    // context from the word that starts the next ("toàn⏎thành phố", not "toán" with no right
    // neighbour). Only a line with no closing punctuation followed by a lower-case start joins.
    let j = i;
    while (j + 2 < parts.length && continuesOnNextLine(parts[j]!, parts[j + 2]!)) j += 2;
    out += repairedLine(m, parts.slice(i, j + 1).join(''), stats) + (parts[j + 1] ?? '');
    i = j;
  }
  return { text: out, changed: out !== text, stats };
}

/**
 * A personal name the caller has found on its own (a signature block's name, which the scan may
 * have printed beside the recipients column: "- Lưu: VT.   Lê Văn Hòa"), read as a name line: the
 * name-position models and the channel of name lines, and a line in capitals as a name, not as a
 * heading phrase. The words as the scan gave them; a line with Vietnamese marks comes back as is.
 */
export function readPersonName(raw: string): string {
  return repairLine(loadModel(), raw, { tokens: 0, changedTokens: 0 }, true);
}

/** Exposed for the learner and tests: canonical form of a clean syllable. */
export const canonical = canonicalSyllable;
export const _internal = {
  alignChars,
  splitGlued: (w: string): string[] | null => splitGlued(loadModel(), w),
  candidates: (s: string): Candidate[] => candidatesFor(loadModel(), s),
  wholeScore: (s: string): number => Math.min(99, ...candidatesFor(loadModel(), s).map((c) => c.cost)),
  nameCandidates: (s: string): Candidate[] => candidatesFor(loadModel(), s, loadModel().names),
  headingNameMask: (words: string[]): boolean[] => headingNameMask(loadModel(), words),
  setTrigrams: (on: boolean): void => {
    useTrigrams = on;
    lineCache.clear();
  },
  setNameContext: (on: boolean): void => {
    useNameContext = on;
    lineCache.clear();
  },
  setNamePairs: (on: boolean): void => {
    useNamePairs = on;
    lineCache.clear();
  },
};
