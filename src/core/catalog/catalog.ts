// The indicator catalog as data: schema, the default copy shipped with the product, and
// validation used by `catalog import` and the admin pages. No SQL here.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { AppError } from '#src/errors.ts';

export const aggregationTypes = ['flow', 'stock', 'percent', 'flag'] as const;
export type Aggregation = (typeof aggregationTypes)[number];

const code = z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'mã chỉ tiêu chỉ gồm chữ in hoa, số và dấu gạch dưới');

export const indicatorSchema = z.object({
  code,
  group: z.string().min(1),
  name: z.string().min(1),
  unit: z.string().min(1),
  aggregation: z.enum(aggregationTypes),
  numerator: code.optional(),
  denominator: code.optional(),
  cues: z.array(z.string().min(1)).optional(),
});
export type Indicator = z.infer<typeof indicatorSchema>;

export const catalogSchema = z.object({
  version: z.number().int().optional(),
  note: z.string().optional(),
  groups: z.array(z.object({ code: z.string().min(1), name: z.string().min(1) })),
  indicators: z.array(indicatorSchema),
  difficultyThemes: z.array(
    z.object({ code: z.string().regex(/^[a-z][a-z0-9_]*$/), name: z.string().min(1), cues: z.array(z.string()).optional() }),
  ),
});
export type Catalog = z.infer<typeof catalogSchema>;

const defaultCatalogUrl = new URL('./indicators.json', import.meta.url);

export function loadDefaultCatalog(): Catalog {
  return parseCatalog(JSON.parse(readFileSync(defaultCatalogUrl, 'utf8')));
}

/** Validates a catalog document, including cross-references, and returns it typed. */
export function parseCatalog(input: unknown): Catalog {
  const parsed = catalogSchema.safeParse(input);
  if (!parsed.success) {
    const msg = parsed.error.issues
      .slice(0, 10)
      .map((i) => `${i.path.join('.')}: ${i.message}`)
      .join('; ');
    throw new AppError('VALIDATION', `Danh mục chỉ tiêu không hợp lệ: ${msg}`);
  }
  const cat = parsed.data;
  const groups = new Set(cat.groups.map((g) => g.code));
  const codes = new Set<string>();
  for (const [i, ind] of cat.indicators.entries()) {
    if (codes.has(ind.code)) throw new AppError('DUPLICATE', `Mã chỉ tiêu bị trùng: ${ind.code} (mục ${i + 1})`);
    codes.add(ind.code);
    if (!groups.has(ind.group)) throw new AppError('VALIDATION', `Chỉ tiêu ${ind.code} thuộc nhóm không tồn tại: ${ind.group}`);
  }
  for (const ind of cat.indicators) {
    for (const ref of [ind.numerator, ind.denominator]) {
      if (ref && !codes.has(ref)) throw new AppError('UNKNOWN_INDICATOR', `Chỉ tiêu ${ind.code} tham chiếu mã không tồn tại: ${ref}`);
    }
    if ((ind.numerator || ind.denominator) && ind.aggregation !== 'percent') {
      throw new AppError('VALIDATION', `Chỉ tiêu ${ind.code}: tử số/mẫu số chỉ dùng cho loại tỷ lệ (percent)`);
    }
  }
  return cat;
}
