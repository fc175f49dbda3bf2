// CPU time per report on the text path (readDocument of the texts of extract.bench.ts), one
// thread, for A/B comparisons of two checkouts on a loaded machine: process CPU time is hardly
// affected by other processes. Also splits the time into the repair and the rest.
// Run: npx tsx bench/extract-cpu.bench.ts [runs=5]   (profile: node --cpu-prof --import tsx bench/extract-cpu.bench.ts 2)
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readDocument } from '#src/ingest/read-document.ts';
import { repairVietnamese } from '#src/core/vietnamese/repair.ts';
import { normaliseText } from '#src/core/extraction/analyze-text.ts';

const FIX = join(import.meta.dirname, '..', 'tests', 'fixtures');
const docs: Buffer[] = [];
for (const n of readdirSync(join(FIX, 'seeds')).filter((f) => f.endsWith('.txt'))) docs.push(readFileSync(join(FIX, 'seeds', n)));
for (const id of readdirSync(join(FIX, 'own')).filter((d) => !d.endsWith('.json'))) {
  for (const v of ['ocr-eng-300.txt', 'ocr-eng-200.txt']) docs.push(readFileSync(join(FIX, 'own', id, v)));
}
const runs = Number(process.argv[2] ?? 5);
const ms = (c: NodeJS.CpuUsage): number => (c.user + c.system) / 1000;
for (const d of docs.slice(0, 3)) await readDocument({ bytes: d, filename: 'warm.txt' });
const total: number[] = [];
const repair: number[] = [];
const texts = docs.map((d) => normaliseText(d.toString('utf8')));
for (let r = 0; r < runs; r++) {
  const c0 = process.cpuUsage();
  for (const d of docs) await readDocument({ bytes: d, filename: 'r.txt' });
  total.push(ms(process.cpuUsage(c0)) / docs.length);
  const c1 = process.cpuUsage();
  for (const t of texts) repairVietnamese(t);
  repair.push(ms(process.cpuUsage(c1)) / docs.length);
}
const med = (a: number[]): number => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)]!;
console.log(`CPU per report (${docs.length} texts, ${runs} runs): whole ${med(total).toFixed(1)} ms [${total.map((x) => x.toFixed(1)).join(' ')}], repair alone ${med(repair).toFixed(1)} ms [${repair.map((x) => x.toFixed(1)).join(' ')}]`);
