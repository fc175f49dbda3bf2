// CPU time of the whole analyzeText on text shapes where per-figure work grew with the length of
// the line: a ruled row with a very long cell, a table of many figures on one long line, a
// thousand phrases with figures in one sentence, one long line of the same short figure phrase.
// Compare two checkouts back to back (each in its own process), as with extract-cpu.bench.ts;
// times grow with the machine's load.
// Run: npx tsx bench/analyze-shapes.bench.ts
import { analyzeText } from '#src/core/extraction/analyze-text.ts';

const head = 'UBND XÃ AN HÒA\nSố: 10/BC-UBND\n\nBÁO CÁO\nKết quả năm 2025\n\n';
const shapes: [string, string][] = [
  [
    'ruled row with a 20,000-character label',
    `| TT | Nội dung | Kế hoạch | Thực hiện | Ghi chú |\n| 1 | Cụm loa ${'được kiểm tra '.repeat(1500)}| 5 | 6 | có 2 cụm hỏng |`,
  ],
  ['tab table with a notes column, 3 rows of 1,200 figures', `TT\tNội dung\tKế hoạch\tThực hiện\tGhi chú\n${`1\tCụm loa\t5\t6 ${'3 a '.repeat(600)}\n`.repeat(3)}`],
  ['3,000 phrases with a count and a rate in one sentence', `${Array.from({ length: 3000 }, (_, i) => `thôn ${i} phát ${i + 1} lượt, đạt ${i % 100}%`).join(', ')}.`],
  // One 20,000-character line of the same short figure phrase: every figure has the cues of all
  // the others before or after it in its clause.
  ['one line of 1,540 bordered cells "| 12 | thôn |"', '| 12 | thôn |'.repeat(1540)],
  ['one line of 2,000 list items "- 12 thôn,"', '- 12 thôn,'.repeat(2000)],
  ['one line of 1,820 ratios "12/15 thôn"', '12/15 thôn '.repeat(1820)],
];
analyzeText(`${head}Xã có 5 cụm loa.\n`); // loads the models once
for (const [name, body] of shapes) {
  const c0 = process.cpuUsage();
  analyzeText(`${head}${body}\n`);
  const c = process.cpuUsage(c0);
  console.log(`${name}: ${((c.user + c.system) / 1000).toFixed(0)} ms CPU`);
}
