// Reminders to units that have not answered a request: always in the app (a notification every
// officer of the unit sees on their home page), and by e-mail through nodemailer when
// LANTOA_SMTP_URL is configured. E-mail failures never undo the in-app reminder; they are
// reported back per unit.
import nodemailer from 'nodemailer';
import type { Transporter } from 'nodemailer';
import { AppError } from '#src/errors.ts';
import type { Db } from '#src/storage/db.ts';
import * as repo from '#src/storage/requests.repository.ts';
import { type Actor, accountId, canReviewProvince } from '#src/core/auth/authorization.ts';
import { formatViDate } from '#src/core/periods/periods.ts';
import { unitDisplayName } from '#src/core/units/units.ts';
import { requestCompleteness } from './completeness.ts';

export interface Mailer {
  from: string;
  transport: Pick<Transporter, 'sendMail'>;
}

/** A mailer from LANTOA_SMTP_URL (smtp://user:pass@host:587 …); null when e-mail is not configured. */
export function mailerFromConfig(config: { smtpUrl: string | undefined; mailFrom: string }): Mailer | null {
  if (!config.smtpUrl) return null;
  return { from: config.mailFrom, transport: nodemailer.createTransport(config.smtpUrl) };
}

export interface ReminderResult {
  units: number;
  emails: number;
  emailFailures: { unitId: number; reason: string }[];
}

export function reminderMessage(r: Pick<repo.RequestRow, 'number' | 'subject' | 'deadline'>, today: string): string {
  const when = today > r.deadline ? `đã quá hạn từ ngày ${formatViDate(r.deadline)}` : `hạn gửi ngày ${formatViDate(r.deadline)}`;
  return `Nhắc gửi báo cáo theo văn bản số ${r.number} (${r.subject}): ${when}.`;
}

/**
 * Reminds the units of a request that have not submitted (optionally only some of them).
 * actor null = the system (daily job). Returns how many units were reminded and e-mails sent.
 */
export async function sendReminders(
  db: Db,
  actor: Actor | null,
  requestId: number,
  opts: { unitIds?: number[]; mailer?: Mailer | null; now?: Date } = {},
): Promise<ReminderResult> {
  const request = await repo.getRequestRow(db, requestId);
  if (!request || (actor && !canReviewProvince(actor, request.province_id))) throw new AppError('NOT_FOUND', 'Không tìm thấy yêu cầu báo cáo');
  if (request.status === 'closed') throw new AppError('INVALID_STATE', 'Yêu cầu đã đóng, không gửi nhắc nhở.');
  const c = await requestCompleteness(db, request, opts.now);
  let targets = c.missingUnits;
  if (opts.unitIds) {
    const wanted = new Set(opts.unitIds);
    targets = targets.filter((u) => wanted.has(u.unitId));
  }
  const message = reminderMessage(request, c.today);
  const result: ReminderResult = { units: 0, emails: 0, emailFailures: [] };
  await db.transaction(async (tx) => {
    for (const u of targets) {
      await repo.insertNotification(tx, { unitId: u.unitId, requestId, reportId: u.reportId, kind: 'reminder', channel: 'app', message, recipients: null, createdBy: accountId(actor) });
      result.units++;
    }
  });
  if (opts.mailer) {
    for (const u of targets) {
      const to = await repo.officerEmails(db, u.unitId);
      if (!to.length) continue;
      try {
        await opts.mailer.transport.sendMail({
          from: opts.mailer.from,
          to,
          subject: `[Lan Tỏa] Nhắc gửi báo cáo ${request.number}`,
          text: `Kính gửi UBND ${unitDisplayName(u)},\n\n${message}\n\nVui lòng đăng nhập Lan Tỏa để gửi báo cáo.\n\n— Lan Tỏa (thư tự động, vui lòng không trả lời)`,
        });
        await repo.insertNotification(db, { unitId: u.unitId, requestId, reportId: u.reportId, kind: 'reminder', channel: 'email', message, recipients: to, createdBy: accountId(actor) });
        result.emails++;
      } catch (e) {
        result.emailFailures.push({ unitId: u.unitId, reason: e instanceof Error ? e.message : String(e) });
      }
    }
  }
  return result;
}
