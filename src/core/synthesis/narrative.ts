// The narrative parts of a report as the synthesis reads them. A report's `narrative` JSON may
// hold, under English keys, either free text (what an officer types into a form) or lists
// (what the extractor proposed and the officer confirmed):
//   results?: string
//   models?: string | (string | { title?: string; text: string })[]
//   difficulties?: string | (string | { theme?: string; text: string })[]
//   recommendations?: string | (string | { to?: string; text: string })[]
// When a report has no difficulties / recommendations of its own, those the extractor read from
// its attached document are used. Free text is split into items; difficulties without a theme
// are classified with the catalog's theme cues; recommendations without an addressee take the
// one their paragraph names ("Đối với Sở ...:", "Sở ...: ...").
import { cueRegex, findCue, fold } from '#src/core/extraction/fold.ts';

export interface Theme {
  code: string;
  name: string;
  cues: string[];
}

export interface NarrativeItems {
  models: string[];
  difficulties: { theme: string | null; text: string }[];
  recommendations: { to: string | null; text: string }[];
}

const MAX_ITEM = 600;

/** Splits free text into items: one per line or bullet ("-", "+", "•", "a)", "1.") or sentence list. */
export function splitItems(text: string): string[] {
  return text
    .split(/\r?\n|(?:^|\s)[•●▪]\s+|;\s+(?=[-+]\s)/)
    .map((s) => s.replace(/^\s*(?:[-+*–•●▪]|\d{1,2}[.)]|[a-zđ][)])\s*/iu, '').trim())
    .filter((s) => s.length >= 3)
    .map((s) => (s.length > MAX_ITEM ? `${s.slice(0, MAX_ITEM - 1)}…` : s));
}

function asText(x: unknown): string | null {
  return typeof x === 'string' && x.trim() ? x.trim() : null;
}

function list<T>(raw: unknown, fromString: (s: string) => T[], fromObject: (o: Record<string, unknown>) => T | null): T[] {
  if (typeof raw === 'string') return fromString(raw);
  if (!Array.isArray(raw)) return [];
  const out: T[] = [];
  for (const x of raw) {
    if (typeof x === 'string') out.push(...fromString(x));
    else if (x && typeof x === 'object') {
      const v = fromObject(x as Record<string, unknown>);
      if (v) out.push(v);
    }
  }
  return out;
}

// One alternation per theme rejects most themes with a single regex run; only a theme that
// matches is searched cue by cue for its longest cue (the theme with the longest cue wins).
const themeRegexCache = new WeakMap<readonly Theme[], Map<string, RegExp | null>>();

function themeRegex(themes: readonly Theme[], t: Theme): RegExp | null {
  let m = themeRegexCache.get(themes);
  if (!m) themeRegexCache.set(themes, (m = new Map()));
  if (!m.has(t.code)) m.set(t.code, t.cues.length ? new RegExp(t.cues.map((c) => cueRegex(c).source).join('|')) : null);
  return m.get(t.code)!;
}

export function classifyDifficulty(text: string, themes: readonly Theme[]): string | null {
  const folded = fold(text);
  let best: string | null = null;
  let bestLen = 0;
  for (const t of themes) {
    if (!themeRegex(themes, t)?.test(folded)) continue;
    for (const cue of t.cues) {
      if (cue.length > bestLen && findCue(folded, cue).length > 0) {
        best = t.code;
        bestLen = cue.length;
      }
    }
  }
  return best;
}

const LEAD = /^(?:đối với|kiến nghị|đề nghị|đề xuất)\s+(.{3,90}?)\s*[:：]\s*(.*)$/iu;
const BARE = /^((?:ủy ban|uỷ ban|ubnd|sở|bộ|công an|ban|hội đồng|hđnd|trung tâm|tỉnh|thành phố)[^:：]{1,80}?)\s*[:：]\s*(.*)$/iu;

/** Recommendations from free text: a heading line "Đối với X:" applies to the items under it. */
export function splitRecommendations(text: string): { to: string | null; text: string }[] {
  const out: { to: string | null; text: string }[] = [];
  let current: string | null = null;
  for (const item of splitItems(text)) {
    const m = LEAD.exec(item) ?? BARE.exec(item);
    if (m) {
      current = normalizeAddressee(m[1]!);
      const rest = m[2]!.trim();
      if (rest.length >= 3) out.push({ to: current, text: rest });
      continue;
    }
    out.push({ to: current, text: item });
  }
  return out;
}

const ABBREVIATIONS: [RegExp, string][] = [
  [/^UBND\b/iu, 'Ủy ban nhân dân'],
  [/^HĐND\b/iu, 'Hội đồng nhân dân'],
  [/^Uỷ ban/u, 'Ủy ban'],
  [/\bKH&CN\b|\bKHCN\b/u, 'Khoa học và Công nghệ'],
  [/\bVHTTDL\b|\bVH,TT&DL\b|\bVHTT&DL\b/u, 'Văn hóa, Thể thao và Du lịch'],
  [/\bTP\.?(?=\s|$)/u, 'thành phố'],
];

/** "UBND thành phố" and "Ủy ban nhân dân thành phố" are the same addressee. */
export function normalizeAddressee(raw: string): string {
  let s = raw.replace(/\s+/g, ' ').replace(/^(?:đối với|kính gửi)\s+/iu, '').replace(/[.,;:]+$/u, '').trim();
  for (const [re, full] of ABBREVIATIONS) s = s.replace(re, full);
  return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
}

export function addresseeKey(name: string): string {
  return fold(normalizeAddressee(name)).replace(/[^a-z0-9]+/g, ' ').trim();
}

export function readNarrative(narrative: Record<string, unknown>, docDifficulties: unknown, docRecommendations: unknown, themes: readonly Theme[]): NarrativeItems {
  const models = list(
    narrative.models,
    (s) => splitItems(s),
    (o) => {
      const text = asText(o.text);
      const title = asText(o.title);
      return text ? (title ? `${title}: ${text}` : text) : title;
    },
  );
  const diffObj = (o: Record<string, unknown>) => {
    const text = asText(o.text);
    return text ? { theme: asText(o.theme), text } : null;
  };
  const diffStr = (s: string) => splitItems(s).map((text) => ({ theme: null as string | null, text }));
  let difficulties = list(narrative.difficulties, diffStr, diffObj);
  if (difficulties.length === 0) difficulties = list(docDifficulties, diffStr, diffObj);
  const knownThemes = new Set(themes.map((t) => t.code));
  difficulties = difficulties.map((d) => ({ text: d.text, theme: d.theme && knownThemes.has(d.theme) ? d.theme : classifyDifficulty(d.text, themes) }));

  const recObj = (o: Record<string, unknown>) => {
    const text = asText(o.text);
    const to = asText(o.to);
    return text ? { to: to ? normalizeAddressee(to) : null, text } : null;
  };
  let recommendations = list(narrative.recommendations, splitRecommendations, recObj);
  if (recommendations.length === 0) recommendations = list(docRecommendations, splitRecommendations, recObj);
  return { models, difficulties, recommendations };
}
