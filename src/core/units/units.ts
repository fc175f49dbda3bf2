// Administrative units: levels, naming, and the use-cases that change them over time
// (rename, merge) without losing history.
import { AppError } from '#src/errors.ts';
import type { Db } from '#src/storage/db.ts';
import * as repo from '#src/storage/units.repository.ts';
import { isIsoDate } from '#src/core/periods/periods.ts';

export const communeLevels = ['xa', 'phuong', 'dac_khu'] as const;
export const unitLevels = ['tinh', 'xa', 'phuong', 'dac_khu', 'thon', 'to_dan_pho'] as const;
export type UnitLevel = (typeof unitLevels)[number];

export const levelLabels: Record<UnitLevel, string> = {
  tinh: 'Tỉnh/Thành phố',
  xa: 'Xã',
  phuong: 'Phường',
  dac_khu: 'Đặc khu',
  thon: 'Thôn',
  to_dan_pho: 'Tổ dân phố',
};

export function isCommuneLevel(level: string): level is (typeof communeLevels)[number] {
  return (communeLevels as readonly string[]).includes(level);
}

/** "xã Thanh Vân Khê", "phường Ngọc Khê Đông", "đặc khu Lam Đảo", "thành phố Hải Phòng". */
export function unitDisplayName(u: { name: string; level: UnitLevel }): string {
  const prefix: Record<UnitLevel, string> = { tinh: '', xa: 'xã ', phuong: 'phường ', dac_khu: 'đặc khu ', thon: 'thôn ', to_dan_pho: 'tổ dân phố ' };
  return `${prefix[u.level]}${u.name}`;
}

/** Which level may sit under which parent level. */
export function allowedParentLevels(level: UnitLevel): UnitLevel[] {
  if (level === 'tinh') return [];
  if (isCommuneLevel(level)) return ['tinh'];
  return ['xa', 'phuong', 'dac_khu'];
}

export async function createUnit(
  db: Db,
  input: { code: string; name: string; level: UnitLevel; parentCode?: string | null; validFrom?: string | null },
): Promise<repo.UnitRow> {
  const code = input.code.trim();
  if (!/^[A-Za-z0-9._-]{1,64}$/.test(code)) throw new AppError('VALIDATION', `Mã đơn vị không hợp lệ: "${code}"`);
  if (!input.name.trim()) throw new AppError('VALIDATION', 'Tên đơn vị không được để trống');
  if (await repo.getUnitByCode(db, code)) throw new AppError('DUPLICATE', `Mã đơn vị đã tồn tại: ${code}`);
  let parentId: number | null = null;
  let provinceId: number | null = null;
  const allowed = allowedParentLevels(input.level);
  if (allowed.length) {
    if (!input.parentCode) throw new AppError('VALIDATION', `Đơn vị cấp ${levelLabels[input.level]} cần đơn vị cấp trên`);
    const parent = await repo.getUnitByCode(db, input.parentCode);
    if (!parent) throw new AppError('NOT_FOUND', `Không tìm thấy đơn vị cấp trên: ${input.parentCode}`);
    if (!allowed.includes(parent.level)) throw new AppError('VALIDATION', `${levelLabels[input.level]} không thể trực thuộc ${levelLabels[parent.level]}`);
    parentId = parent.id;
    provinceId = parent.level === 'tinh' ? parent.id : parent.province_id;
  }
  return repo.insertUnit(db, { code, name: input.name.trim(), level: input.level, parentId, provinceId, validFrom: input.validFrom ?? null });
}

export async function renameUnit(db: Db, unitId: number, newName: string, effectiveDate: string): Promise<void> {
  if (!isIsoDate(effectiveDate)) throw new AppError('VALIDATION', 'Ngày hiệu lực phải có dạng YYYY-MM-DD');
  if (!newName.trim()) throw new AppError('VALIDATION', 'Tên mới không được để trống');
  await db.transaction(async (tx) => {
    const u = await repo.getUnit(tx, unitId);
    if (!u) throw new AppError('NOT_FOUND', 'Không tìm thấy đơn vị');
    await repo.renameUnit(tx, unitId, newName.trim(), effectiveDate);
  });
}

/**
 * Merges predecessors into a successor from effectiveDate: each predecessor ends the day
 * before, and the old → new mapping is kept. The successor may be one of the predecessors
 * (absorption) or a new unit created here.
 */
export async function mergeUnits(
  db: Db,
  input: { predecessorCodes: string[]; successor: { code: string; name?: string; level?: UnitLevel; parentCode?: string }; effectiveDate: string; note?: string },
): Promise<repo.UnitRow> {
  if (!isIsoDate(input.effectiveDate)) throw new AppError('VALIDATION', 'Ngày hiệu lực phải có dạng YYYY-MM-DD');
  if (input.predecessorCodes.length < 1) throw new AppError('VALIDATION', 'Cần ít nhất một đơn vị được sáp nhập');
  return db.transaction(async (tx) => {
    const preds = await repo.findUnitsByCodes(tx, input.predecessorCodes);
    const missing = input.predecessorCodes.filter((c) => !preds.some((p) => p.code === c));
    if (missing.length) throw new AppError('NOT_FOUND', `Không tìm thấy đơn vị: ${missing.join(', ')}`);
    const provinces = new Set(preds.map((p) => p.province_id));
    if (provinces.size > 1) throw new AppError('VALIDATION', 'Các đơn vị sáp nhập phải cùng một tỉnh/thành phố');
    let successor = await repo.getUnitByCode(tx, input.successor.code);
    if (!successor) {
      if (!input.successor.name || !input.successor.level || !input.successor.parentCode) {
        throw new AppError('VALIDATION', 'Đơn vị mới cần tên, cấp và đơn vị cấp trên');
      }
      successor = await createUnit(tx, { code: input.successor.code, name: input.successor.name, level: input.successor.level, parentCode: input.successor.parentCode, validFrom: input.effectiveDate });
    }
    const dayBefore = addDays(input.effectiveDate, -1);
    for (const p of preds) {
      if (p.valid_to && p.valid_to < dayBefore) throw new AppError('INVALID_STATE', `Đơn vị ${p.name} đã ngừng hoạt động từ trước`);
      if (p.id === successor.id) continue;
      await repo.closeUnit(tx, p.id, dayBefore);
      await repo.insertSuccession(tx, p.id, successor.id, input.effectiveDate, 'merge', input.note ?? null);
    }
    return successor;
  });
}

/**
 * Maps every unit id to the unit that carries its reporting on `date`, following
 * successions (A and B merged into C, C later into D → A, B, C all map to D).
 */
export function successorMap(successions: { predecessor_id: number; successor_id: number; effective_date: string }[], date: string): Map<number, number> {
  const next = new Map<number, number>();
  for (const s of successions) if (s.effective_date <= date) next.set(s.predecessor_id, s.successor_id);
  const out = new Map<number, number>();
  for (const start of next.keys()) {
    let cur = start;
    const seen = new Set<number>();
    while (next.has(cur) && !seen.has(cur)) {
      seen.add(cur);
      cur = next.get(cur)!;
    }
    out.set(start, cur);
  }
  return out;
}

export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
