// Writes corpus/person-names-vi.txt: a broad list of Vietnamese personal names (surnames, and
// given names with their middle name, "Anh Thư", "Minh Khang") that the language model uses to
// score the middle and given name of a personal name (scripts/build-language-model.ts).
// Source: the Vietnamese locale of the npm package @faker-js/faker@10.6.0 (MIT), person.first_name
// (female, male, generic) and person.last_name. Not a dependency of the project: fetch it once,
// then point this script at the package folder:
//   cd /tmp && npm pack @faker-js/faker@10.6.0 && mkdir faker && tar xzf faker-js-faker-10.6.0.tgz -C faker
//   npx tsx scripts/build-person-names.ts /tmp/faker/package
// The list's given names are filed as a woman's (female), a man's (male) or either's (generic):
// written "F", "M" and "G" lines, which the language model uses to tie a given name to the
// middle name before it ("Thị" is a woman's middle name: Nhàn rather than Nhân).
// Deterministic: entries are de-duplicated and sorted.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const pkg = process.argv[2];
if (!pkg) {
  console.error('usage: npx tsx scripts/build-person-names.ts <path to the @faker-js/faker package folder>');
  process.exit(2);
}
interface PersonDefs {
  first_name: Record<string, string[]>;
  last_name: Record<string, string[]>;
}
const mod = (await import(pathToFileURL(join(pkg, 'dist', 'locale', 'vi.js')).href)) as { faker: { rawDefinitions: { person: PersonDefs } } };
const person = mod.faker.rawDefinitions.person;

// Title-case Vietnamese syllables only (drops the odd lower-case or foreign entry).
const NAME = /^\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){0,2}$/u;
const clean = (xs: string[]): string[] =>
  [...new Set(xs.map((x) => x.normalize('NFC').trim()).filter((x) => NAME.test(x)))].sort((a, b) => a.localeCompare(b, 'vi'));
const surnames = clean(Object.values(person.last_name).flat());
const given = clean(Object.values(person.first_name).flat());
const female = new Set(clean(person.first_name.female ?? []));
const male = new Set(clean(person.first_name.male ?? []));
const genderOf = (g: string): string => (female.has(g) && !male.has(g) ? 'F' : male.has(g) && !female.has(g) ? 'M' : 'G');

const lines = [
  '# Vietnamese personal names: @faker-js/faker@10.6.0 (MIT), locale vi. Built by scripts/build-person-names.ts.',
  '# "S <surname>" lines, then "<F|M|G> <middle and given name>" lines: a woman\'s, a man\'s, either\'s.',
  ...surnames.map((s) => `S ${s}`),
  ...given.map((g) => `${genderOf(g)} ${g}`),
];
writeFileSync('corpus/person-names-vi.txt', `${lines.join('\n')}\n`);
console.log(`${surnames.length} surnames, ${given.length} given names`);
