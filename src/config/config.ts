// Process configuration: environment variables parsed once by a zod schema at start-up,
// failing fast with every bad field. The result is frozen and passed down explicitly.
import { z } from 'zod';
import { resolve } from 'node:path';
import { AppError } from '#src/errors.ts';

const bool = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no'])
  .transform((v) => v === '1' || v === 'true' || v === 'yes');

const schema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().url().optional(),
  LANTOA_DATA_DIR: z.string().default('./data'),
  LANTOA_ADMIN_PASSWORD: z.string().min(8).optional(),
  LANTOA_SECRET: z.string().min(32).optional(),
  LANTOA_COOKIE_SECURE: bool.default(true),
  LANTOA_SESSION_HOURS: z.coerce.number().positive().max(24 * 30).default(8),
  LANTOA_SESSION_MAX_HOURS: z.coerce.number().positive().max(24 * 90).default(24),
  LANTOA_MAX_UPLOAD_MB: z.coerce.number().positive().max(200).default(20),
  LANTOA_SMTP_URL: z.string().optional(),
  LANTOA_MAIL_FROM: z.string().default('Lan Tỏa <no-reply@localhost>'),
});

export type Config = Readonly<{
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  adminPassword: string | undefined;
  secret: string | undefined;
  cookieSecure: boolean;
  /** Idle timeout: a session ends after this long without a request. */
  sessionHours: number;
  /** Absolute lifetime of a session from login, however busy. */
  sessionMaxHours: number;
  maxUploadBytes: number;
  smtpUrl: string | undefined;
  mailFrom: string;
}>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // Treat empty strings as unset so `FOO= npm start` behaves like no FOO.
  const clean = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(clean);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new AppError('CONFIG', `Cấu hình không hợp lệ: ${lines.join('; ')}`);
  }
  const e = parsed.data;
  return Object.freeze({
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: resolve(e.LANTOA_DATA_DIR),
    adminPassword: e.LANTOA_ADMIN_PASSWORD,
    secret: e.LANTOA_SECRET,
    cookieSecure: e.LANTOA_COOKIE_SECURE,
    sessionHours: e.LANTOA_SESSION_HOURS,
    sessionMaxHours: Math.max(e.LANTOA_SESSION_MAX_HOURS, e.LANTOA_SESSION_HOURS),
    maxUploadBytes: Math.round(e.LANTOA_MAX_UPLOAD_MB * 1024 * 1024),
    smtpUrl: e.LANTOA_SMTP_URL,
    mailFrom: e.LANTOA_MAIL_FROM,
  });
}
