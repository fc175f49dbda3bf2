// Integrity of the labelled evaluation set: every gold file parses, names only catalog
// indicators and difficulty themes, and (for our own clean documents) quotes evidence that
// is really in the text. A typo in a gold file would silently distort every score.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { goldSchema } from '#src/core/extraction/evaluate.ts';

const root = join(import.meta.dirname, '..', 'fixtures');
const catalog = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'src/core/catalog/indicators.json'), 'utf8')) as {
  indicators: { code: string }[];
  difficultyThemes: { code: string }[];
};
const indicatorCodes = new Set(catalog.indicators.map((i) => i.code));
const themeCodes = new Set(catalog.difficultyThemes.map((t) => t.code));
const squash = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ');

function loadGold(path: string) {
  const parsed = goldSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  assert.ok(parsed.success, `${path}: ${parsed.success ? '' : parsed.error.message}`);
  return parsed.data;
}

function checkCodes(path: string, gold: ReturnType<typeof loadGold>): void {
  for (const f of gold.facts) assert.ok(indicatorCodes.has(f.indicator), `${path}: unknown indicator ${f.indicator}`);
  for (const d of gold.difficulties) assert.ok(themeCodes.has(d.theme), `${path}: unknown theme ${d.theme}`);
  for (const f of gold.facts) assert.equal(f.max !== null, f.qualifier === 'range', `${path}: max must be set exactly for ranges`);
}

test('every seed has a valid gold file using catalog codes', () => {
  const dir = join(root, 'seeds');
  const texts = readdirSync(dir).filter((n) => n.endsWith('.txt'));
  assert.equal(texts.length, 5);
  for (const t of texts) {
    const path = join(dir, t.replace(/\.txt$/, '.gold.json'));
    checkCodes(path, loadGold(path));
  }
});

test('own documents: split is disjoint, each half has reports and plans, gold evidence is quoted from the clean text', () => {
  const dir = join(root, 'own');
  const split = JSON.parse(readFileSync(join(dir, 'split.json'), 'utf8')) as { tune: string[]; holdout: string[]; pending?: string[] };
  const pending = split.pending ?? [];
  assert.ok(split.tune.length >= 6 && split.holdout.length >= 6);
  assert.equal(new Set([...split.tune, ...split.holdout, ...pending]).size, split.tune.length + split.holdout.length + pending.length);
  // Both halves hold reports and plans (the retired holdout made tune plan-heavier than holdout).
  const plans = (ids: string[]) => ids.map((id) => loadGold(join(dir, id, 'gold.json')).kind).filter((k) => k === 'plan').length;
  for (const half of [split.tune, split.holdout]) assert.ok(plans(half) >= 1 && plans(half) < half.length);
  for (const id of [...split.tune, ...split.holdout, ...pending]) {
    const path = join(dir, id, 'gold.json');
    const gold = loadGold(path);
    checkCodes(path, gold);
    const clean = squash(readFileSync(join(dir, id, 'clean.txt'), 'utf8'));
    for (const f of gold.facts) {
      const ev = f.evidence?.text;
      assert.ok(ev && clean.includes(squash(ev)), `${id}: evidence not in text: ${ev}`);
    }
    for (const v of ['ocr-eng-300', 'ocr-eng-200', 'ocr-vie-300', 'ocr-vie-150']) {
      assert.ok(existsSync(join(dir, id, `${v}.txt`)), `${id}: missing ${v}.txt (run scripts/make-fixtures.sh)`);
    }
  }
});
