// CPU time of normaliseText on text shapes that made line-spanning patterns slow: many borders
// on long lines, one long line with no break, a long run with no space, wide rows with a wrapped
// figure. Any of them taking more than a few milliseconds means a pattern went polynomial.
// Run: npx tsx bench/normalise-shapes.bench.ts
import { normaliseText } from '#src/core/extraction/analyze-text.ts';

const shapes: [string, string][] = [
  ['20 lines of 500 bordered cells', ('x|'.repeat(500) + '\n').repeat(20)],
  ['40,000 characters of prose on one line', 'Xã tổ chức các lớp tập huấn kỹ năng số cho người dân. '.repeat(730)],
  ['20,000 letters with no space', `${'a'.repeat(20000)}_b x`],
  ['10 rows of 300 cells, each with a wrapped figure', ('| 1 '.repeat(300) + '|\n12\n').repeat(10)],
];
for (const [name, text] of shapes) {
  const c0 = process.cpuUsage();
  normaliseText(text);
  const c = process.cpuUsage(c0);
  console.log(`${name}: ${((c.user + c.system) / 1000).toFixed(1)} ms CPU`);
}
