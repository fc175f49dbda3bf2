// Validation rules as data: what a province checks in a report before it is submitted.
// evaluateRules is pure (no database) so every rule is unit-tested; errors block submission,
// warnings are shown beside the value and do not.
import { z } from 'zod';
import type { Qualifier } from '#src/core/extraction/extraction.types.ts';

export const ruleKinds = ['compare', 'bound', 'ratio', 'previous'] as const;
export type RuleKind = (typeof ruleKinds)[number];
export const operators = ['<=', '>=', '<', '>'] as const;
export type Operator = (typeof operators)[number];
export type Severity = 'warning' | 'error';

export const ruleKindLabels: Record<RuleKind, string> = {
  compare: 'So sánh hai chỉ tiêu',
  bound: 'Giới hạn giá trị',
  ratio: 'Tỷ lệ khớp với tử số/mẫu số',
  previous: 'Chênh lệch lớn so với kỳ trước',
};
export const severityLabels: Record<Severity, string> = { warning: 'Cảnh báo', error: 'Lỗi' };

export interface Rule {
  id?: number;
  code: string;
  kind: RuleKind;
  /** null only for 'previous': every indicator. */
  indicator: string | null;
  other: string | null;
  operator: Operator | null;
  limit: number | null;
  severity: Severity;
  /** Vietnamese; placeholders {value}, {other}, {limit}, {expected}, {previous} are filled in. */
  message: string;
  active: boolean;
}

/** One rule as a province admin submits it: the boundary schema. */
export const ruleInputSchema = z
  .object({
    code: z.string().regex(/^[a-z0-9_]{1,64}$/, 'Mã quy tắc chỉ gồm chữ thường không dấu, số và dấu gạch dưới'),
    kind: z.enum(ruleKinds),
    indicator: z.string().regex(/^[A-Z][A-Z0-9_]*$/).nullable(),
    other: z.string().regex(/^[A-Z][A-Z0-9_]*$/).nullable(),
    operator: z.enum(operators).nullable(),
    limit: z.number().finite().nullable(),
    severity: z.enum(['warning', 'error']),
    message: z.string().trim().min(1, 'Cần nội dung thông báo').max(500, 'Thông báo tối đa 500 ký tự'),
    active: z.boolean(),
  })
  .superRefine((r, ctx) => {
    const need = (ok: boolean, message: string) => {
      if (!ok) ctx.addIssue({ code: 'custom', message });
    };
    if (r.kind === 'compare') need(!!r.indicator && !!r.other && !!r.operator, 'Quy tắc so sánh cần hai chỉ tiêu và phép so sánh');
    if (r.kind === 'bound') need(!!r.indicator && !!r.operator && r.limit !== null, 'Quy tắc giới hạn cần chỉ tiêu, phép so sánh và giới hạn');
    if (r.kind === 'ratio') need(!!r.indicator && r.limit !== null && r.limit >= 0, 'Quy tắc tỷ lệ cần chỉ tiêu tỷ lệ và sai số cho phép (≥ 0)');
    if (r.kind === 'previous') need(r.limit !== null && r.limit > 1, 'Quy tắc so với kỳ trước cần hệ số lớn hơn 1');
  });
export type RuleInput = z.infer<typeof ruleInputSchema>;

export interface ValueForCheck {
  value: number;
  max: number | null;
  qualifier: Qualifier;
}

export interface CatalogEntry {
  code: string;
  name: string;
  aggregation: 'flow' | 'stock' | 'percent' | 'flag';
  numerator: string | null;
  denominator: string | null;
}

export interface Finding {
  rule: string;
  /** The value the message is shown beside. */
  indicator: string;
  severity: Severity;
  message: string;
}

/** The default rules every province starts with (a province admin may edit or switch them off). */
export function defaultRules(catalog: CatalogEntry[]): Rule[] {
  const has = new Set(catalog.map((c) => c.code));
  const rules: Rule[] = [];
  const add = (r: Omit<Rule, 'active'>) => rules.push({ ...r, active: true });
  if (has.has('COMMUNITY_TECH_MEMBERS') && has.has('COMMUNITY_TECH_TEAMS')) {
    add({ code: 'members_ge_teams', kind: 'compare', indicator: 'COMMUNITY_TECH_MEMBERS', other: 'COMMUNITY_TECH_TEAMS', operator: '>=', limit: null, severity: 'error', message: 'Số thành viên ({value}) không thể ít hơn số tổ công nghệ số cộng đồng ({other}).' });
  }
  if (has.has('LOUDSPEAKER_CLUSTERS_DOWN') && has.has('LOUDSPEAKER_CLUSTERS')) {
    add({ code: 'broken_le_loudspeakers', kind: 'compare', indicator: 'LOUDSPEAKER_CLUSTERS_DOWN', other: 'LOUDSPEAKER_CLUSTERS', operator: '<=', limit: null, severity: 'error', message: 'Số cụm loa hỏng ({value}) không thể nhiều hơn tổng số cụm loa ({other}).' });
  }
  if (has.has('CONTEST_COMPLETIONS') && has.has('CONTEST_REGISTRATIONS')) {
    add({ code: 'completions_le_registrations', kind: 'compare', indicator: 'CONTEST_COMPLETIONS', other: 'CONTEST_REGISTRATIONS', operator: '<=', limit: null, severity: 'warning', message: 'Số lượt hoàn thành ({value}) nhiều hơn số người đăng ký ({other}); kiểm tra lại.' });
  }
  for (const c of catalog) {
    if (c.aggregation !== 'percent') continue;
    add({ code: `pct_le_100_${c.code.toLowerCase()}`, kind: 'bound', indicator: c.code, other: null, operator: '<=', limit: 100, severity: 'error', message: 'Tỷ lệ ({value}%) không thể lớn hơn {limit}%.' });
    if (c.numerator && c.denominator && has.has(c.numerator) && has.has(c.denominator)) {
      add({ code: `pct_ratio_${c.code.toLowerCase()}`, kind: 'ratio', indicator: c.code, other: null, operator: null, limit: 1, severity: 'warning', message: 'Tỷ lệ {value}% không khớp với tử số/mẫu số (tính ra {expected}%).' });
    }
  }
  add({ code: 'far_from_previous', kind: 'previous', indicator: null, other: null, operator: null, limit: 5, severity: 'warning', message: 'Giá trị {value} chênh lệch lớn so với kỳ trước ({previous}); kiểm tra lại.' });
  return rules;
}

/** Vietnamese number display: 3475 → "3.475", 87.46 → "87,46". */
export function formatViNumber(n: number): string {
  const [int, frac] = String(Math.round(n * 1e6) / 1e6).split('.');
  const neg = int!.startsWith('-');
  const digits = neg ? int!.slice(1) : int!;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${neg ? '-' : ''}${grouped}${frac ? `,${frac}` : ''}`;
}

function compare(a: number, op: Operator, b: number): boolean {
  switch (op) {
    case '<=': return a <= b;
    case '>=': return a >= b;
    case '<': return a < b;
    case '>': return a > b;
  }
}

const upper = (v: ValueForCheck): number => (v.qualifier === 'range' && v.max !== null ? v.max : v.value);
const lower = (v: ValueForCheck): number => v.value;

function fill(message: string, vars: Record<string, number | undefined>): string {
  return message.replace(/\{(value|other|limit|expected|previous)\}/g, (m, k: string) => {
    const n = vars[k];
    return n === undefined ? m : formatViNumber(n);
  });
}

/**
 * Evaluates active rules on one report's values. `previous` holds the unit's value of each
 * indicator in its latest earlier period. Missing values are never an error here: a rule only
 * speaks when every value it needs is present.
 */
export function evaluateRules(
  rules: readonly Rule[],
  values: ReadonlyMap<string, ValueForCheck>,
  catalog: readonly CatalogEntry[],
  previous: ReadonlyMap<string, number> = new Map(),
): Finding[] {
  const byCode = new Map(catalog.map((c) => [c.code, c]));
  const out: Finding[] = [];
  for (const r of rules) {
    if (!r.active) continue;
    const finding = (indicator: string, vars: Record<string, number | undefined>) =>
      out.push({ rule: r.code, indicator, severity: r.severity, message: fill(r.message, vars) });
    if (r.kind === 'compare' && r.indicator && r.other && r.operator) {
      const a = values.get(r.indicator);
      const b = values.get(r.other);
      if (!a || !b) continue;
      // Flag only a certain violation: "a ≥ b" fails when a's largest value is below b's smallest.
      const capped = r.operator === '<=' || r.operator === '<';
      const av = capped ? lower(a) : upper(a);
      const bv = capped ? upper(b) : lower(b);
      if (!compare(av, r.operator, bv)) finding(r.indicator, { value: av, other: bv });
    } else if (r.kind === 'bound' && r.indicator && r.operator && r.limit !== null) {
      const a = values.get(r.indicator);
      if (!a) continue;
      const v = r.operator === '<=' || r.operator === '<' ? lower(a) : upper(a);
      if (!compare(v, r.operator, r.limit)) finding(r.indicator, { value: v, limit: r.limit });
    } else if (r.kind === 'ratio' && r.indicator && r.limit !== null) {
      const c = byCode.get(r.indicator);
      if (!c?.numerator || !c.denominator) continue;
      const pct = values.get(r.indicator);
      const num = values.get(c.numerator);
      const den = values.get(c.denominator);
      if (!pct || !num || !den || den.value === 0) continue;
      // Only exact figures can be checked against each other.
      if ([pct, num, den].some((v) => v.qualifier !== 'exact')) continue;
      const expected = Math.round((100 * num.value * 100) / den.value) / 100;
      if (Math.abs(pct.value - expected) > r.limit) finding(r.indicator, { value: pct.value, expected });
    } else if (r.kind === 'previous' && r.limit !== null && r.limit > 1) {
      const codes = r.indicator ? [r.indicator] : [...values.keys()];
      for (const code of codes) {
        const v = values.get(code);
        const prev = previous.get(code);
        const c = byCode.get(code);
        // Flags are 0/1 and percentages are bounded: a factor says nothing about them.
        if (!v || prev === undefined || !c || c.aggregation === 'flag' || c.aggregation === 'percent') continue;
        if (prev <= 0 || v.value < 0) continue;
        if (v.value > prev * r.limit || v.value < prev / r.limit) finding(code, { value: v.value, previous: prev });
      }
    }
  }
  return out;
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
