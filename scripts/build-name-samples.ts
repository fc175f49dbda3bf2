// Writes two samples of personal names for scripts/eval-names.ts, drawn from the public list
// (corpus/person-names-vi.txt) among the "middle given" entries that no tuning has used:
//  - not one that scripts/learn-name-confusions.ts draws (its seeded draws are replayed here
//    exactly, as the learner made the shipped name-confusions.json and name-caps-confusions.json),
//  - not one of tests/fixtures/names/unseen-3.txt (measured while tuning decision 063),
//  - not one whose last two words end a tune document's signer (gold metadata of the ids under
//    "tune" in tests/fixtures/own/split.json; read at run time, no name is copied here).
// The entries left are shuffled (seeded) and split into tests/fixtures/names/list-dev.txt (the
// development sample, measured while changing the repair) and list-final.txt (scored only once,
// at the end of a change). Each entry is put after a family name drawn by rough population shares
// of Vietnamese family names (general knowledge), and a quarter of women's entries print Thị
// before the entry, as signers' names often are; every name ends with its entry, which the learner
// draws again should other arguments ever reach it (names of Văn or Thị and one given name are
// measured by unseen.txt and unseen-2.txt).
// Deterministic. Usage: npx tsx scripts/build-name-samples.ts [names per sample = 200]
import { readFileSync, writeFileSync } from 'node:fs';

const perSample = Number(process.argv[2] ?? 200);
const nfcLines = (f: string): string[] => readFileSync(f, 'utf8').normalize('NFC').split('\n');
const entriesOf = (f: string): RegExpExecArray[] =>
  nfcLines(f)
    .map((l) => /^([SFMG]) (.+)$/u.exec(l))
    .filter((x): x is RegExpExecArray => x !== null);
const listed = entriesOf('corpus/person-names-vi.txt');
const extra = entriesOf('corpus/person-names-extra-vi.txt');
const sampleLines = (f: string): string[] => nfcLines(f).filter((l) => l.trim() !== '' && !l.startsWith('#'));
const lastTwo = (name: string): string => name.split(' ').slice(-2).join(' ');

// 1. Replay of learn-name-confusions.ts as it made the shipped tables (150 names per page, 4
// pages per rendering, 4 renderings; the same seed, lists and order of random draws).
const replayed = new Set<string>();
{
  let seed = 20261125;
  const rand = (): number => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const surnames = [...listed, ...extra].filter((e) => e[1] === 'S').map((e) => e[2]!);
  const middles = extra.filter((e) => e[1] === 'M').map((e) => e[2]!);
  const heldOut = new Set(sampleLines('tests/fixtures/names/unseen-3.txt').map(lastTwo));
  const givens = [...listed.filter((e) => e[1] !== 'S' && !heldOut.has(e[2]!)), ...extra.filter((e) => e[1] === 'G')].map((e) => e[2]!);
  for (let i = 0; i < 4 * 4 * 150; i++) {
    const g = pick(givens);
    replayed.add(g);
    const r = rand();
    if (r < 0.35) {
      pick(surnames);
      pick(['Văn', 'Thị']);
    } else if (r < 0.45 && middles.length) {
      pick(surnames);
      pick(middles);
    } else pick(surnames);
  }
}

// 2. Entries measured while tuning: unseen-3 and the tune documents' signers.
const used = new Set(sampleLines('tests/fixtures/names/unseen-3.txt').map(lastTwo));
const split = JSON.parse(readFileSync('tests/fixtures/own/split.json', 'utf8')) as { tune: string[] };
for (const id of split.tune) {
  const gold = JSON.parse(readFileSync(`tests/fixtures/own/${id}/gold.json`, 'utf8')) as { signer?: { name?: string } };
  const name = gold.signer?.name?.normalize('NFC');
  if (name) used.add(lastTwo(name));
}

const fresh = listed.filter((e) => e[1] !== 'S' && e[2]!.split(' ').length === 2 && !replayed.has(e[2]!) && !used.has(e[2]!));

// 3. Seeded shuffle, family names and the forms of the name.
let seed = 20261126;
const rand = (): number => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
for (let i = fresh.length - 1; i > 0; i--) {
  const j = Math.floor(rand() * (i + 1));
  [fresh[i], fresh[j]] = [fresh[j]!, fresh[i]!];
}
// Rough shares (per cent) of the commonest family names; the rest of the list shares what is left.
const SHARES: [string, number][] = [
  ['Nguyễn', 38], ['Trần', 11], ['Lê', 9.5], ['Phạm', 7], ['Hoàng', 4], ['Huỳnh', 2], ['Phan', 4.5], ['Vũ', 2.5], ['Võ', 1.5],
  ['Đặng', 2.1], ['Bùi', 2], ['Đỗ', 1.4], ['Hồ', 1.3], ['Ngô', 1.3], ['Dương', 1], ['Lý', 0.5],
];
const others = [...listed, ...extra].filter((e) => e[1] === 'S' && !SHARES.some(([s]) => s === e[2])).map((e) => e[2]!);
const rest = 100 - SHARES.reduce((a, [, w]) => a + w, 0);
function familyName(): string {
  let x = rand() * 100;
  for (const [s, w] of SHARES) if ((x -= w) < 0) return s;
  void rest;
  return others[Math.floor(rand() * others.length)]!;
}
const names = fresh.map((e) => {
  const woman = e[1] === 'F' || (e[1] === 'G' && rand() < 0.5);
  return woman && rand() < 0.25 ? `${familyName()} Thị ${e[2]!}` : `${familyName()} ${e[2]!}`;
});

const header = (which: string): string[] => [
  `# ${which} sample of personal names for scripts/eval-names.ts, written by scripts/build-name-samples.ts`,
  '# (see its header): entries of the public list corpus/person-names-vi.txt that no tuning used (not drawn',
  '# by scripts/learn-name-confusions.ts, not in unseen-3.txt, not a tune signer), after a family name.',
];
writeFileSync('tests/fixtures/names/list-dev.txt', `${[...header('Development'), ...names.slice(0, perSample)].join('\n')}\n`);
writeFileSync('tests/fixtures/names/list-final.txt', `${[...header('Final (score only at the end of a change)'), ...names.slice(perSample, 2 * perSample)].join('\n')}\n`);
console.log(`${replayed.size} entries drawn by the learner, ${used.size} measured; ${fresh.length} fresh entries; ${Math.min(perSample, names.length)} + ${Math.max(0, Math.min(perSample, names.length - perSample))} names written`);
