// Extracts plain Vietnamese sentences from Debian's libreoffice-help-vi HTML pages (MPL-2.0)
// into corpus/libreoffice-help-vi.txt, one paragraph per line, for the syllable language model.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const files = execFileSync('dpkg', ['-L', 'libreoffice-help-vi'], { encoding: 'utf8' })
  .split('\n')
  .filter((f) => f.endsWith('.html'));
const out = new Set<string>();
const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
for (const f of files) {
  const html = readFileSync(f, 'utf8')
    .replace(/<script[\s\S]*?<\/script>/gi, ' ')
    .replace(/<style[\s\S]*?<\/style>/gi, ' ');
  for (const block of html.split(/<\/?(?:p|h\d|li|td|div|br)[^>]*>/i)) {
    const text = block
      .replace(/<[^>]+>/g, ' ')
      .replace(/&(#?\w+);/g, (_m, e: string) =>
        e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1).replace(/^x/, '0x'))) : (entities[e] ?? ' '),
      )
      .replace(/\s+/g, ' ')
      .trim()
      .normalize('NFC');
    // Keep only lines that are mostly Vietnamese words (have Vietnamese-only letters).
    if (text.length < 20 || !/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i.test(text)) continue;
    out.add(text);
  }
}
writeFileSync('corpus/libreoffice-help-vi.txt', [...out].join('\n') + '\n');
console.log(`${out.size} paragraphs from ${files.length} files`);
