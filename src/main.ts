// Process entry: read config, open storage (embedded PGlite in LANTOA_DATA_DIR, or PostgreSQL
// when DATABASE_URL is set), run migrations and first-start seeding, start HTTP.
import { serve } from '@hono/node-server';
import { loadConfig } from './config/config.ts';
import { openDb } from './storage/db.ts';
import { bootstrap } from './core/setup/bootstrap.ts';
import { createApp } from './http/app.ts';
import { UploadQueue } from './core/answers/upload-queue.ts';
import { isAppError } from './errors.ts';
import { startCycleScheduler } from './core/requests/regimes.ts';
import { mailerFromConfig } from './core/requests/reminders.ts';

async function main() {
  const config = loadConfig();
  const db = await openDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const boot = await bootstrap(db, { adminPassword: config.adminPassword, secret: config.secret });
  if (boot.generatedAdminPassword) {
    process.stdout.write(
      `\nĐã tạo tài khoản quản trị "admin" với mật khẩu: ${boot.generatedAdminPassword}\n` +
        'Mật khẩu này chỉ hiện một lần — hãy lưu lại và đổi sau khi đăng nhập.\n\n',
    );
  }
  const uploads = new UploadQueue(db, { read: { maxBytes: config.maxUploadBytes }, log: (m) => console.error(m) });
  const app = createApp({ db, config, secret: boot.secret, uploads });
  // Documents whose reading a restart interrupted are read again.
  await uploads.resume();
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    const where = config.databaseUrl ? 'PostgreSQL' : `CSDL nhúng tại ${config.dataDir}`;
    process.stdout.write(`Lan Tỏa đang chạy tại http://localhost:${info.port} (${where})\n`);
  });
  // Recurring reporting regimes open their requests at start-up and daily.
  const stopCycle = startCycleScheduler(db, { mailer: mailerFromConfig(config) });
  const stop = async () => {
    stopCycle();
    server.close();
    await db.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  process.stderr.write(`Không khởi động được Lan Tỏa: ${isAppError(err) ? err.userMessage : err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
