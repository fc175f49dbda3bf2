// `eval`: runs the product's text pipeline (analyzeText) on every labelled fixture text and
// prints precision/recall/F1 for facts and accuracy per metadata field, per document and overall.
// Thin adapter: fixture files are read here, scoring lives in core/extraction/evaluate.ts.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AppError } from '#src/errors.ts';
import type { ExtractionResult } from '#src/core/extraction/extraction.types.ts';
import {
  aggregateScores,
  factErrorCauses,
  goldSchema,
  listFields,
  metadataFields,
  scoreDocument,
  type DocumentScore,
  type FactErrorCause,
  type GoldResult,
  type OverallScore,
} from '#src/core/extraction/evaluate.ts';
import { oneOfFlag } from '../args.ts';
import { defineCommand } from './command.ts';

const FIXTURES = resolve(import.meta.dirname, '..', '..', '..', 'tests', 'fixtures');
const SETS = ['seeds', 'tune', 'holdout', 'all'] as const;
const VARIANTS = ['eng-300', 'eng-200', 'vie-300', 'vie-150', 'clean', 'all'] as const;
type SetName = (typeof SETS)[number];
type Variant = (typeof VARIANTS)[number];
type Analyze = (rawText: string) => { text: string; result: ExtractionResult };

interface Case {
  set: 'seeds' | 'tune' | 'holdout';
  id: string;
  variant: string;
  textPath: string;
  gold: GoldResult;
}

function readGold(path: string): GoldResult {
  const parsed = goldSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    throw new AppError('VALIDATION', `Tệp nhãn chuẩn không hợp lệ: ${path}.`, { internal: parsed.error.message });
  }
  return parsed.data;
}

function collectCases(set: SetName, variant: Variant): Case[] {
  const cases: Case[] = [];
  if (set === 'seeds' || set === 'all') {
    // Seeds exist in one form only (as received); the variant filter does not apply.
    const dir = join(FIXTURES, 'seeds');
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
      const id = name.replace(/\.txt$/, '');
      cases.push({ set: 'seeds', id, variant: 'seed', textPath: join(dir, name), gold: readGold(join(dir, `${id}.gold.json`)) });
    }
  }
  const ownDir = join(FIXTURES, 'own');
  const split = JSON.parse(readFileSync(join(ownDir, 'split.json'), 'utf8')) as { tune: string[]; holdout: string[] };
  const variants = variant === 'all' ? VARIANTS.filter((v) => v !== 'all') : [variant];
  for (const part of ['tune', 'holdout'] as const) {
    if (set !== part && set !== 'all') continue;
    for (const id of split[part]) {
      const gold = readGold(join(ownDir, id, 'gold.json'));
      for (const v of variants) {
        const textPath = join(ownDir, id, v === 'clean' ? 'clean.txt' : `ocr-${v}.txt`);
        if (existsSync(textPath)) cases.push({ set: part, id, variant: v, textPath, gold });
      }
    }
  }
  return cases;
}

async function loadAnalyzer(): Promise<Analyze> {
  // Resolved at run time so the scorer and this command work before the pipeline lands.
  const specifier = '#src/core/extraction/analyze-text.ts';
  try {
    const mod = (await import(specifier)) as { analyzeText?: Analyze };
    if (typeof mod.analyzeText !== 'function') throw new Error('analyzeText is not exported');
    return mod.analyzeText;
  } catch (cause) {
    throw new AppError('DEPENDENCY_MISSING', 'Chưa có bộ đọc văn bản (analyzeText) để đánh giá.', { cause });
  }
}

/**
 * A held-out document's score without what was missed or added and without the field values:
 * the counts say how well the extractor does, the details would tell an engineer what to tune.
 */
function countsOnly(s: DocumentScore): DocumentScore {
  const metadata = { ...s.metadata };
  for (const f of metadataFields) metadata[f] = { ok: s.metadata[f].ok, predicted: null, gold: null };
  const lists = { ...s.lists };
  for (const f of listFields) lists[f] = { ...s.lists[f], missed: [], spurious: [] };
  return { ...s, missedFacts: [], spuriousFacts: [], factErrorList: [], metadata, lists };
}

/** How the plain output names each cause of a fact error (see factErrorCauses). */
const causeLabels: Record<FactErrorCause, string> = {
  qualifier: 'sai định lượng/khoảng',
  indicator: 'sai chỉ tiêu',
  valueDigit: 'sai một chữ số',
  valueScale: 'sai dấu thập phân/nghìn',
  valueOther: 'nhầm con số khác',
  duplicate: 'thừa: số đã đọc cho dữ kiện khác',
  spuriousDate: 'thừa: ngày/số hiệu văn bản',
  spuriousYear: 'thừa: năm',
  spuriousPercent: 'thừa: tỷ lệ %',
  spuriousCell: 'thừa: ô khác của bảng',
  spuriousOther: 'thừa: con số khác',
  missedZero: 'bỏ sót: số 0 (viết bằng chữ)',
  missedNotWritten: 'bỏ sót: số không có trong văn bản',
  missedCell: 'bỏ sót: ô bảng',
  missed: 'bỏ sót: trong câu văn',
};

const pct = (x: number): string => (x * 100).toFixed(1).padStart(5);

function docLine(c: Case, s: DocumentScore): string {
  const metaOk = metadataFields.filter((f) => s.metadata[f].ok).length;
  return [
    c.set.padEnd(7),
    c.id.slice(0, 22).padEnd(22),
    c.variant.padEnd(7),
    `${String(s.facts.tp).padStart(3)} ${String(s.facts.fp).padStart(3)} ${String(s.facts.fn).padStart(3)}`,
    pct(s.facts.precision),
    pct(s.facts.recall),
    pct(s.facts.f1),
    pct(s.factsValueOnly.f1),
    `${metaOk}/${metadataFields.length}`.padStart(5),
  ].join('  ');
}

function overallBlock(title: string, o: OverallScore): string[] {
  const lines = [
    `== ${title} (${o.documents} văn bản) ==`,
    `Số liệu (facts): P ${pct(o.facts.precision)}  R ${pct(o.facts.recall)}  F1 ${pct(o.facts.f1)}   (đúng ${o.facts.tp}, thừa ${o.facts.fp}, thiếu ${o.facts.fn})`,
    `  chẩn đoán — chỉ tiêu+giá trị F1 ${pct(o.factsIndicatorValue.f1)}; chỉ giá trị F1 ${pct(o.factsValueOnly.f1)}`,
    '  nguyên nhân lỗi (thừa/thiếu):',
    ...factErrorCauses
      .filter((c) => o.factErrors[c].fp + o.factErrors[c].fn > 0)
      .map((c) => `    ${causeLabels[c].padEnd(28)} ${String(o.factErrors[c].fp).padStart(4)} ${String(o.factErrors[c].fn).padStart(4)}`),
    `Siêu dữ liệu: độ chính xác chung ${pct(o.metadataAccuracyAll)}`,
  ];
  for (const f of metadataFields) lines.push(`  ${f.padEnd(18)} ${pct(o.metadataAccuracy[f])}`);
  lines.push('Danh sách (F1 theo tập):');
  for (const f of listFields) {
    const l = o.lists[f];
    lines.push(`  ${f.padEnd(18)} ${pct(l.f1)}   (đúng ${l.tp}, thừa ${l.fp}, thiếu ${l.fn})`);
  }
  return lines;
}

export const evalCommand = defineCommand({
  name: 'eval',
  usage: 'eval [--set seeds|tune|holdout|all] [--variant eng-300|eng-200|vie-300|vie-150|clean|all] [--json]',
  summary: 'Đánh giá bộ đọc văn bản trên bộ văn bản có nhãn chuẩn (P/R/F1 số liệu, độ chính xác siêu dữ liệu)',
  flags: { set: { type: 'string' }, variant: { type: 'string' }, json: { type: 'boolean' } },
  async run({ flags }) {
    const opts = { set: oneOfFlag(flags.set, 'set', SETS) ?? 'all', variant: oneOfFlag(flags.variant, 'variant', VARIANTS) ?? 'all', json: flags.json ?? false };
    const analyze = await loadAnalyzer();
    const cases = collectCases(opts.set, opts.variant);
    if (cases.length === 0) throw new AppError('NOT_FOUND', 'Không tìm thấy văn bản có nhãn chuẩn nào cho lựa chọn này.');
    const scored = cases.map((c) => {
      const { text, result } = analyze(readFileSync(c.textPath, 'utf8'));
      return { c, s: scoreDocument(result, c.gold, text) };
    });
    const groups = new Map<string, DocumentScore[]>();
    for (const { c, s } of scored) {
      for (const key of [`${c.set}`, `${c.set} / ${c.variant}`]) groups.set(key, [...(groups.get(key) ?? []), s]);
    }
    const overall = aggregateScores(scored.map((x) => x.s));
    if (opts.json) {
      const out = {
        documents: scored.map(({ c, s }) => ({ set: c.set, id: c.id, variant: c.variant, score: c.set === 'holdout' ? countsOnly(s) : s })),
        groups: Object.fromEntries([...groups].map(([k, v]) => [k, aggregateScores(v)])),
        overall,
      };
      process.stdout.write(JSON.stringify(out, null, 2) + '\n');
      return 0;
    }
    const lines = [
      'tập      văn bản                 bản     đúng thừa thiếu    P      R      F1   F1 giá trị  siêu dữ liệu',
      ...scored.map(({ c, s }) => docLine(c, s)),
      '',
    ];
    for (const [k, v] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
      const o = aggregateScores(v);
      lines.push(`${k.padEnd(20)} facts F1 ${pct(o.facts.f1)}  (P ${pct(o.facts.precision)}, R ${pct(o.facts.recall)})   siêu dữ liệu ${pct(o.metadataAccuracyAll)}   n=${o.documents}`);
    }
    lines.push('');
    for (const k of ['tune', 'holdout', 'seeds']) {
      const v = groups.get(k);
      if (v) lines.push(...overallBlock(k, aggregateScores(v)), '');
    }
    lines.push(...overallBlock('Tổng cộng', overall));
    process.stdout.write(lines.join('\n') + '\n');
    return 0;
  },
});
