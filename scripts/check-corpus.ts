// Checks the written corpus files: every word must be a legal Vietnamese syllable (per
// src/core/vietnamese/syllable.ts) in the canonical (traditional) tone placement, or an
// upper-case acronym from the list below; no line may repeat. Prints line and syllable counts.
// Usage: npx tsx scripts/check-corpus.ts corpus/admin-vi-*.txt
import { readFileSync } from 'node:fs';
import { canonicalSyllable, syllableInventory } from '#src/core/vietnamese/syllable.ts';

const inventory = new Set(syllableInventory());
// Abbreviations of administrative Vietnamese allowed in the text (they break the bigram context).
const ACRONYMS = new Set(
  ('UBND HĐND MTTQ TTHC BHYT BHXH OCOP HTX THCS THPT CCCD VNeID QĐ KH BC CV TB NQ TW ND CP QH TTg BTC I II III IV V VI VII VIII IX X XI XII TM KT TL TUQ ' +
    'CNTT CĐS ATTP ATGT PCCC PCTT TKCN ANTT PCCCR VSATTP HĐKT BCĐ ĐTN HLHPN HND HCCB KT XH KT-XH ' +
    'GDP CSGT CHXHCN VN TP UBMTTQ BHTN BTXH NTM GD ĐT GDĐT MN TH DTTS ĐVHC QSDĐ GCN GPXD ĐKKD NS NSNN KBNN ' +
    'XDCB PCD ĐBQH UBKT VP TT CT TTCP HCC QR SMS ATM POS ID IoT AI USB OTP km m kg kW kWh internet').split(' '),
);
const seen = new Map<string, string>();
let lines = 0;
let syllables = 0;
let problems = 0;
for (const f of process.argv.slice(2)) {
  readFileSync(f, 'utf8')
    .normalize('NFC')
    .split('\n')
    .forEach((line, i) => {
      const t = line.trim();
      if (!t) return;
      lines++;
      const where = `${f}:${i + 1}`;
      if (t.length > 25) {
        const prev = seen.get(t);
        if (prev) {
          console.log(`${where}: duplicate of ${prev}`);
          problems++;
        } else seen.set(t, where);
      }
      for (const w of t.split(/[^\p{L}]+/u)) {
        if (!w) continue;
        if (ACRONYMS.has(w)) continue;
        const s = canonicalSyllable(w);
        if (!inventory.has(s)) {
          console.log(`${where}: not a syllable: ${w}`);
          problems++;
          continue;
        }
        if (w.toLowerCase() !== s && w.toLowerCase().normalize('NFC') !== s) {
          console.log(`${where}: tone placement ${w} (canonical ${s})`);
          problems++;
        }
        syllables++;
      }
    });
}
console.log(`${lines} lines, ${syllables} syllables, ${problems} problems`);
process.exit(problems ? 1 : 0);
