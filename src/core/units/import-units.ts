// Bulk provisioning from CSV: the commune-level units of a province with one officer account
// each, in one run, all-or-nothing. Every row is checked first; errors name the CSV row.
import { parse } from 'csv-parse/sync';
import { AppError } from '#src/errors.ts';
import type { Db } from '#src/storage/db.ts';
import * as unitsRepo from '#src/storage/units.repository.ts';
import * as usersRepo from '#src/storage/users.repository.ts';
import { createUnit, isCommuneLevel, unitLevels, type UnitLevel } from './units.ts';
import { assertUsername, normaliseUsername } from '#src/core/auth/users.ts';
import { generatePassword, hashPassword } from '#src/core/auth/passwords.ts';

export const unitCsvColumns = ['province_code', 'code', 'name', 'level', 'parent_code', 'officer_username', 'officer_full_name', 'officer_email'] as const;

export interface UnitCsvRow {
  line: number;
  provinceCode: string;
  code: string;
  name: string;
  level: UnitLevel;
  parentCode: string;
  officerUsername: string | null;
  officerFullName: string | null;
  officerEmail: string | null;
}

/** Parses and checks the CSV on its own (no database): every problem with its row number. */
export function parseUnitsCsv(text: string): UnitCsvRow[] {
  let records: string[][];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), { relax_column_count: true, skip_empty_lines: true, trim: true });
  } catch (e) {
    const line = (e as { lines?: number }).lines;
    throw new AppError('BAD_CSV', `Tệp CSV không đọc được${line ? ` (dòng ${line})` : ''}: ${(e as Error).message}`);
  }
  const [header, ...rows] = records;
  if (!header) throw new AppError('BAD_CSV', 'Tệp CSV trống.');
  const idx = new Map(header.map((h, i) => [h.trim().toLowerCase(), i]));
  const missing = ['province_code', 'code', 'name', 'level'].filter((c) => !idx.has(c));
  if (missing.length) throw new AppError('BAD_CSV', `Dòng 1: thiếu cột ${missing.join(', ')}. Các cột: ${unitCsvColumns.join(', ')}`);
  const get = (r: string[], c: string) => {
    const i = idx.get(c);
    return i === undefined ? '' : (r[i] ?? '').trim();
  };
  const errors: string[] = [];
  const out: UnitCsvRow[] = [];
  const codes = new Map<string, number>();
  const usernames = new Map<string, number>();
  rows.forEach((r, i) => {
    const line = i + 2;
    const err = (m: string) => errors.push(`Dòng ${line}: ${m}`);
    const level = get(r, 'level') as UnitLevel;
    const code = get(r, 'code');
    const name = get(r, 'name');
    const provinceCode = get(r, 'province_code');
    if (!provinceCode) err('thiếu mã tỉnh (province_code)');
    if (!code) err('thiếu mã đơn vị (code)');
    else if (!/^[A-Za-z0-9._-]{1,64}$/.test(code)) err(`mã đơn vị không hợp lệ "${code}"`);
    else if (codes.has(code)) err(`mã đơn vị "${code}" trùng với dòng ${codes.get(code)}`);
    else codes.set(code, line);
    if (!name) err('thiếu tên đơn vị (name)');
    if (!(unitLevels as readonly string[]).includes(level) || level === 'tinh') err(`cấp đơn vị không hợp lệ "${level}" (xa, phuong, dac_khu, thon, to_dan_pho)`);
    const parentCode = get(r, 'parent_code') || provinceCode;
    if (level && !isCommuneLevel(level) && parentCode === provinceCode) err('thôn/tổ dân phố cần mã xã/phường cấp trên (parent_code)');
    const rawUser = get(r, 'officer_username');
    let officerUsername: string | null = null;
    if (rawUser) {
      officerUsername = normaliseUsername(rawUser);
      try {
        assertUsername(officerUsername);
      } catch (e) {
        err((e as AppError).userMessage);
      }
      if (usernames.has(officerUsername)) err(`tên đăng nhập "${officerUsername}" trùng với dòng ${usernames.get(officerUsername)}`);
      else usernames.set(officerUsername, line);
      if (!isCommuneLevel(level)) err('chỉ đơn vị cấp xã mới có tài khoản cán bộ');
    }
    const email = get(r, 'officer_email');
    if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) err(`thư điện tử không hợp lệ "${email}"`);
    out.push({ line, provinceCode, code, name, level, parentCode, officerUsername, officerFullName: get(r, 'officer_full_name') || null, officerEmail: email || null });
  });
  if (!out.length && !errors.length) errors.push('Tệp CSV không có dòng dữ liệu nào.');
  if (errors.length) throw new AppError('BAD_CSV', errors.slice(0, 50).join('\n') + (errors.length > 50 ? `\n… và ${errors.length - 50} lỗi khác` : ''), { details: { errors } });
  return out;
}

export interface ImportResult {
  units: number;
  accounts: { username: string; unitCode: string; password: string }[];
}

/** Imports every row or none. New officer accounts get generated passwords, returned once. */
export async function importUnits(db: Db, text: string): Promise<ImportResult> {
  const rows = parseUnitsCsv(text);
  const existing = new Set((await unitsRepo.findUnitsByCodes(db, rows.map((r) => r.code))).map((u) => u.code));
  const takenUsers = new Set(await usersRepo.findUsernames(db, rows.flatMap((r) => (r.officerUsername ? [r.officerUsername] : []))));
  const errors: string[] = [];
  for (const r of rows) {
    if (existing.has(r.code)) errors.push(`Dòng ${r.line}: mã đơn vị "${r.code}" đã tồn tại`);
    if (r.officerUsername && takenUsers.has(r.officerUsername)) errors.push(`Dòng ${r.line}: tên đăng nhập "${r.officerUsername}" đã tồn tại`);
  }
  if (errors.length) throw new AppError('DUPLICATE', errors.join('\n'), { details: { errors } });
  // Hash outside the transaction: Argon2 is slow on purpose and would hold the database.
  const passwords = new Map<string, { password: string; hash: string }>();
  for (const r of rows) {
    if (!r.officerUsername) continue;
    const password = generatePassword();
    passwords.set(r.officerUsername, { password, hash: await hashPassword(password) });
  }
  return db.transaction(async (tx) => {
    const accounts: ImportResult['accounts'] = [];
    for (const r of rows) {
      let unit;
      try {
        const province = await unitsRepo.getUnitByCode(tx, r.provinceCode);
        if (!province || province.level !== 'tinh') throw new AppError('NOT_FOUND', `không tìm thấy tỉnh/thành phố "${r.provinceCode}"`);
        unit = await createUnit(tx, { code: r.code, name: r.name, level: r.level, parentCode: r.parentCode });
        if (unit.province_id !== province.id) throw new AppError('VALIDATION', `đơn vị cấp trên "${r.parentCode}" không thuộc "${r.provinceCode}"`);
      } catch (e) {
        throw new AppError((e as AppError).code ?? 'VALIDATION', `Dòng ${r.line}: ${(e as AppError).userMessage ?? (e as Error).message}`);
      }
      if (r.officerUsername) {
        const p = passwords.get(r.officerUsername)!;
        const user = await usersRepo.insertUser(tx, { username: r.officerUsername, passwordHash: p.hash, fullName: r.officerFullName ?? `Cán bộ ${r.name}`, email: r.officerEmail });
        await usersRepo.addRole(tx, user.id, 'commune_officer', unit.id);
        accounts.push({ username: r.officerUsername, unitCode: r.code, password: p.password });
      }
    }
    return { units: rows.length, accounts };
  });
}
