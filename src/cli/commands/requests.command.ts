// Report requests from the command line: create (the id is the last line of output), list,
// completeness of one request, reminders, and the recurring-regime job. The CLI acts as the
// system operator (audited as "Hệ thống"); every check of the web path applies to the input.
import { AppError } from '#src/errors.ts';
import { findProvinceByName, findUnitsByCodes } from '#src/storage/units.repository.ts';
import { createRequest } from '#src/core/requests/requests.ts';
import { requestCompleteness, answerStateLabels } from '#src/core/requests/completeness.ts';
import { mailerFromConfig, sendReminders } from '#src/core/requests/reminders.ts';
import { createRegime, openDueRequests, type RegimeKind } from '#src/core/requests/regimes.ts';
import { getRequestRow, listRequestRows } from '#src/storage/requests.repository.ts';
import { formatViDate } from '#src/core/periods/periods.ts';
import { unitDisplayName } from '#src/core/units/units.ts';
import { loadConfig } from '#src/config/config.ts';
import type { Db } from '#src/storage/db.ts';
import { withDb } from '../context.ts';
import { positiveIntFlag, requireFlag, stringFlags } from '../args.ts';
import { defineCommand } from './command.ts';

const list = (s: string | undefined) => (s === undefined ? undefined : s.split(',').map((x) => x.trim()).filter(Boolean));

async function province(db: Db, name: string) {
  const p = await findProvinceByName(db, name.trim());
  if (!p) throw new AppError('NOT_FOUND', `Không tìm thấy tỉnh/thành phố: ${name}`);
  return p;
}

const requestFlag = stringFlags('request');
const requestId = (raw: string | undefined): number => positiveIntFlag(requireFlag(raw, 'request', 'số định danh yêu cầu'), 'request')!;

export const requestsCreate = defineCommand({
  name: 'requests create',
  usage: 'requests create --province NAME --number NUMBER --date YYYY-MM-DD --deadline YYYY-MM-DD --subject TEXT [--period 2025|2025-H2|2025-Q4|FROM:TO] [--indicators A,B] [--sections results,models,difficulties,recommendations] [--units CODE,...] [--note TEXT]',
  summary: 'Tạo yêu cầu báo cáo gửi các xã (dòng cuối in số định danh của yêu cầu)',
  flags: stringFlags('province', 'number', 'date', 'deadline', 'subject', 'period', 'indicators', 'sections', 'units', 'note'),
  async run({ flags }) {
    const provinceName = requireFlag(flags.province, 'province', 'tên tỉnh/thành phố');
    const input = {
      number: requireFlag(flags.number, 'number', 'số hiệu văn bản'),
      issuedOn: requireFlag(flags.date, 'date', 'ngày ban hành YYYY-MM-DD'),
      deadline: requireFlag(flags.deadline, 'deadline', 'hạn báo cáo YYYY-MM-DD'),
      subject: requireFlag(flags.subject, 'subject', 'trích yếu'),
      period: flags.period ?? null,
      indicators: list(flags.indicators),
      sections: list(flags.sections),
      note: flags.note ?? null,
    };
    const unitCodes = list(flags.units);
    return withDb(async (db) => {
      const p = await province(db, provinceName);
      let unitIds: number[] | null = null;
      if (unitCodes) {
        const found = await findUnitsByCodes(db, unitCodes);
        const missing = unitCodes.filter((c) => !found.some((u) => u.code === c));
        if (missing.length) throw new AppError('NOT_FOUND', `Không tìm thấy đơn vị: ${missing.join(', ')}`);
        unitIds = found.map((u) => u.id);
      }
      const d = await createRequest(db, null, p.id, { ...input, unitIds });
      const drafts = await db.query<{ n: number }>('SELECT count(*) AS n FROM reports WHERE request_id = $1', [d.request.id]);
      process.stdout.write(
        `Đã tạo yêu cầu ${d.request.number} (${d.request.period_label}, hạn ${formatViDate(d.request.deadline)}) gửi ${Number(drafts[0]?.n ?? 0)} đơn vị.\n${d.request.id}\n`,
      );
      return 0;
    });
  },
});

export const requestsList = defineCommand({
  name: 'requests list',
  usage: 'requests list [--province NAME]',
  summary: 'Liệt kê yêu cầu báo cáo với tỷ lệ đơn vị đã gửi',
  flags: stringFlags('province'),
  async run({ flags }) {
    const name = flags.province;
    return withDb(async (db) => {
      const scope = name ? [(await province(db, name)).id] : null;
      const rows = await listRequestRows(db, scope);
      if (!rows.length) {
        process.stdout.write('Chưa có yêu cầu báo cáo nào.\n');
        return 0;
      }
      process.stdout.write('id\tsố hiệu\tkỳ\thạn\tđã gửi/phải gửi\ttrạng thái\ttrích yếu\n');
      for (const r of rows) {
        const c = await requestCompleteness(db, r);
        process.stdout.write(`${r.id}\t${r.number}\t${r.period_label}\t${formatViDate(r.deadline)}\t${c.submitted}/${c.expected}\t${r.status === 'open' ? 'đang mở' : 'đã đóng'}\t${r.subject}\n`);
      }
      return 0;
    });
  },
});

export const requestsStatus = defineCommand({
  name: 'requests status',
  usage: 'requests status --request ID',
  summary: 'Tình hình gửi báo cáo của một yêu cầu: đúng hạn, muộn, chưa gửi (kèm danh sách)',
  flags: requestFlag,
  async run({ flags }) {
    const id = requestId(flags.request);
    return withDb(async (db) => {
      const r = await getRequestRow(db, id);
      if (!r) throw new AppError('NOT_FOUND', `Không tìm thấy yêu cầu báo cáo số ${id}`);
      const c = await requestCompleteness(db, r);
      process.stdout.write(
        `${r.number} — ${r.subject}\nKỳ: ${r.period_label}; hạn: ${formatViDate(r.deadline)}\n` +
          `Phải gửi: ${c.expected}; đã gửi: ${c.submitted} (đúng hạn ${c.onTime}, muộn ${c.late}); đã chấp nhận: ${c.accepted}; bị trả lại: ${c.returned}; chưa gửi: ${c.missing}${c.overdue ? ' (đã quá hạn)' : ''}\n`,
      );
      for (const u of c.units) process.stdout.write(`  ${unitDisplayName(u)}: ${answerStateLabels[u.state]}${u.submittedOn ? ` — gửi ${formatViDate(u.submittedOn)}${u.onTime === false ? ' (muộn)' : ''}` : ''}\n`);
      return 0;
    });
  },
});

export const requestsRemind = defineCommand({
  name: 'requests remind',
  usage: 'requests remind --request ID',
  summary: 'Nhắc các đơn vị chưa gửi báo cáo (trong ứng dụng; e-mail khi có LANTOA_SMTP_URL)',
  flags: requestFlag,
  async run({ flags }) {
    const id = requestId(flags.request);
    const mailer = mailerFromConfig(loadConfig());
    return withDb(async (db) => {
      const res = await sendReminders(db, null, id, { mailer });
      process.stdout.write(`Đã nhắc ${res.units} đơn vị; đã gửi ${res.emails} e-mail.\n`);
      for (const f of res.emailFailures) process.stderr.write(`Không gửi được e-mail cho đơn vị ${f.unitId}: ${f.reason}\n`);
      return res.emailFailures.length ? 1 : 0;
    });
  },
});

export const regimesCreate = defineCommand({
  name: 'regimes create',
  usage: 'regimes create --province NAME --kind year|half|quarter --deadlines 15/6,15/12 --name TEXT --subject TEXT [--prefix SỐ] [--open-days 30] [--indicators A,B] [--sections A,B] [--from YYYY-MM-DD]',
  summary: 'Đặt chế độ báo cáo định kỳ; yêu cầu tự mở trước hạn (chạy hằng ngày)',
  flags: stringFlags('province', 'kind', 'deadlines', 'name', 'subject', 'prefix', 'open-days', 'indicators', 'sections', 'from'),
  async run({ flags }) {
    const provinceName = requireFlag(flags.province, 'province', 'tên tỉnh/thành phố');
    const openDays = flags['open-days'];
    const input = {
      kind: requireFlag(flags.kind, 'kind', 'year, half hoặc quarter') as RegimeKind,
      deadlines: list(requireFlag(flags.deadlines, 'deadlines', 'các hạn, ví dụ 15/6,15/12')) ?? [],
      name: requireFlag(flags.name, 'name', 'tên chế độ báo cáo'),
      subject: requireFlag(flags.subject, 'subject', 'trích yếu'),
      numberPrefix: flags.prefix ?? '',
      openDaysBefore: openDays === undefined ? 30 : Number(openDays),
      indicators: list(flags.indicators),
      sections: list(flags.sections),
      startsOn: flags.from ?? new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10),
    };
    return withDb(async (db) => {
      const p = await province(db, provinceName);
      const regime = await createRegime(db, null, p.id, input);
      const run = await openDueRequests(db);
      const mine = run.opened.filter((o) => o.regimeId === regime.id);
      process.stdout.write(`Đã đặt chế độ báo cáo "${regime.name}"${mine.length ? `; đã mở: ${mine.map((o) => o.number).join(', ')}` : ''}.\n${regime.id}\n`);
      return 0;
    });
  },
});

export const requestsOpenDue = defineCommand({
  name: 'requests open-due',
  usage: 'requests open-due',
  summary: 'Mở các yêu cầu định kỳ đến hạn (máy chủ tự chạy khi khởi động và hằng ngày)',
  flags: {},
  async run() {
    return withDb(async (db) => {
      const r = await openDueRequests(db);
      process.stdout.write(r.opened.length ? `Đã mở: ${r.opened.map((o) => `${o.number} (id ${o.requestId})`).join(', ')}\n` : 'Không có yêu cầu định kỳ nào đến hạn mở.\n');
      for (const e of r.errors) process.stderr.write(`Lỗi (chế độ ${e.regimeId}): ${e.reason}\n`);
      return r.errors.length ? 1 : 0;
    });
  },
});
