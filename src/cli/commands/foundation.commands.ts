// Foundation CLI commands: db migrate, users create, units import, catalog export/import.
import { readFileSync } from 'node:fs';
import { AppError } from '#src/errors.ts';
import { migrate } from '#src/storage/migrate.ts';
import { openDb } from '#src/storage/db.ts';
import { loadConfig } from '#src/config/config.ts';
import { createUser } from '#src/core/auth/users.ts';
import { generatePassword } from '#src/core/auth/passwords.ts';
import { roles, type Role } from '#src/core/auth/authorization.ts';
import { importUnits } from '#src/core/units/import-units.ts';
import { loadOfficialUnitsByNameAs } from '#src/core/admin/admin.ts';
import { provinceNames } from '#src/core/extraction/gazetteer.ts';
import { parseCatalog } from '#src/core/catalog/catalog.ts';
import { readCatalog, upsertCatalog } from '#src/storage/catalog.repository.ts';
import { actorFor, withDb } from '../context.ts';
import { requireFlag } from '../args.ts';
import { defineCommand } from './command.ts';

function readInput(path: string | undefined): string {
  if (!path) throw new AppError('VALIDATION', 'Thiếu đường dẫn tệp.');
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new AppError('NOT_FOUND', `Không đọc được tệp: ${path}`);
  }
}

export const dbMigrate = defineCommand({
  name: 'db migrate',
  usage: 'db migrate',
  summary: 'Cập nhật cấu trúc cơ sở dữ liệu (chạy các migration còn thiếu)',
  flags: {},
  async run() {
    const config = loadConfig();
    const db = await openDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
    try {
      const done = await migrate(db);
      process.stdout.write(done.length ? `Đã áp dụng: ${done.join(', ')}\n` : 'Cơ sở dữ liệu đã ở phiên bản mới nhất.\n');
    } finally {
      await db.close();
    }
    return 0;
  },
});

export const usersCreate = defineCommand({
  name: 'users create',
  usage: 'users create --username U --role R [--unit CODE] [--full-name T] [--email E] [--password P]',
  summary: `Tạo tài khoản (vai trò: ${roles.join(', ')}); mật khẩu sinh ngẫu nhiên nếu không cho`,
  flags: { username: { type: 'string' }, role: { type: 'string' }, unit: { type: 'string' }, 'full-name': { type: 'string' }, email: { type: 'string' }, password: { type: 'string' } },
  async run({ flags }) {
    const username = requireFlag(flags.username, 'username', 'tên đăng nhập');
    const role = requireFlag(flags.role, 'role', roles.join(', ')) as Role;
    const password = flags.password ?? generatePassword();
    return withDb(async (db) => {
      await createUser(db, { username, password, role, unitCode: flags.unit ?? null, fullName: flags['full-name'] ?? username, email: flags.email ?? null });
      process.stdout.write(`Đã tạo tài khoản ${username}${flags.password ? '' : ` với mật khẩu: ${password}`}\n`);
      return 0;
    });
  },
});

export const unitsImport = defineCommand({
  name: 'units import',
  usage: 'units import FILE.csv',
  summary: 'Nhập đơn vị và tài khoản cán bộ từ CSV (tất cả hoặc không dòng nào)',
  flags: {},
  positionals: true,
  async run({ positionals }) {
    const text = readInput(positionals[0]);
    return withDb(async (db) => {
      const res = await importUnits(db, text);
      process.stdout.write(`Đã nhập ${res.units} đơn vị, ${res.accounts.length} tài khoản.\n`);
      if (res.accounts.length) {
        process.stdout.write('username,unit_code,password\n');
        for (const a of res.accounts) process.stdout.write(`${a.username},${a.unitCode},${a.password}\n`);
      }
      return 0;
    });
  },
});

export const unitsLoadOfficial = defineCommand({
  name: 'units load-official',
  usage: 'units load-official (--province TÊN | --all) [--as TÀI_KHOẢN]',
  summary: 'Thêm các xã, phường, đặc khu theo danh mục đơn vị hành chính 2025 (chỉ thêm đơn vị còn thiếu)',
  flags: { province: { type: 'string' }, all: { type: 'boolean' }, as: { type: 'string' } },
  async run({ flags }) {
    if (!flags.all && !flags.province) throw new AppError('VALIDATION', 'Cần --province TÊN (ví dụ --province "Hải Phòng") hoặc --all.');
    const provinces = flags.all ? provinceNames() : [flags.province ?? ''];
    return withDb(async (db) => {
      const actor = await actorFor(db, flags.as);
      for (const p of provinces) {
        const res = await loadOfficialUnitsByNameAs(db, actor, p);
        process.stdout.write(`${res.province}: thêm ${res.created} đơn vị, ${res.existing} đơn vị đã có.\n`);
      }
      return 0;
    });
  },
});

export const catalogExport = defineCommand({
  name: 'catalog export',
  usage: 'catalog export',
  summary: 'In danh mục chỉ tiêu (JSON) ra màn hình',
  flags: {},
  async run() {
    return withDb(async (db) => {
      process.stdout.write(JSON.stringify(await readCatalog(db), null, 2) + '\n');
      return 0;
    });
  },
});

export const catalogImport = defineCommand({
  name: 'catalog import',
  usage: 'catalog import FILE.json',
  summary: 'Thêm/sửa chỉ tiêu từ tệp JSON (kiểm tra toàn bộ trước khi ghi)',
  flags: {},
  positionals: true,
  async run({ positionals }) {
    const raw = readInput(positionals[0]);
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (e) {
      throw new AppError('VALIDATION', `Tệp JSON không hợp lệ: ${(e as Error).message}`);
    }
    const cat = parseCatalog(json);
    return withDb(async (db) => {
      await upsertCatalog(db, cat);
      process.stdout.write(`Đã cập nhật ${cat.indicators.length} chỉ tiêu, ${cat.difficultyThemes.length} nhóm khó khăn.\n`);
      return 0;
    });
  },
});
