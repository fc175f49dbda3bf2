// CLI entry: `npm run -s lantoa -- <command> [args]`. Commands are thin adapters over core;
// each lives in its own file under commands/ and is registered in commands/index.ts.
import { AppError, isAppError } from '#src/errors.ts';
import { commands } from './commands/index.ts';

async function main(argv: string[]): Promise<number> {
  const [first, second] = argv;
  if (!first || first === 'help' || first === '--help' || first === '-h') {
    printHelp();
    return 0;
  }
  // Commands may have two words ("db migrate", "units import").
  const two = second ? commands.find((c) => c.name === `${first} ${second}`) : undefined;
  const cmd = two ?? commands.find((c) => c.name === first);
  if (!cmd) {
    process.stderr.write(`Lệnh không tồn tại: ${first}. Chạy "help" để xem danh sách lệnh.\n`);
    return 2;
  }
  const rest = argv.slice(two ? 2 : 1);
  return await cmd.run(rest);
}

function printHelp(): void {
  const lines = ['Lan Tỏa — dòng lệnh', '', 'Cách dùng: npm run -s lantoa -- <lệnh> [tham số]', '', 'Các lệnh:'];
  // Usage on its own line, the summary indented under it: usages run to 250 characters, and a
  // column padded to the longest would push every summary off an 80-column terminal.
  lines.push('  help', '      Hiện danh sách lệnh');
  for (const c of commands) lines.push(`  ${c.usage}`, `      ${c.summary}`);
  // --as is named with the commands that declare it, so the note cannot promise it to others.
  const withAs = commands.filter((c) => 'as' in c.flags).map((c) => c.name);
  lines.push('', `--as TÀI_KHOẢN (chỉ với các lệnh: ${withAs.join(', ')}): chạy với quyền của tài khoản đó (chỉ các đơn vị tài khoản được phép);`, 'không có --as: chạy với quyền quản trị hệ thống của dòng lệnh, nhật ký ghi "Dòng lệnh (console)", không gắn tài khoản nào.');
  process.stdout.write(lines.join('\n') + '\n');
}

// process.exit() does not wait for output to a pipe: a large `--json` piped to another program
// would be cut at 64 KiB. Exit once everything written to stdout and stderr has been handed over.
function exitAfterFlush(code: number): void {
  let pending = 2;
  const done = (): void => {
    if (--pending === 0) process.exit(code);
  };
  process.stdout.write('', done);
  process.stderr.write('', done);
}

main(process.argv.slice(2)).then(
  (code) => exitAfterFlush(code),
  (err: unknown) => {
    if (isAppError(err)) {
      process.stderr.write(`Lỗi: ${err.userMessage}\n`);
      exitAfterFlush(err.exitCode);
      return;
    }
    process.stderr.write(`Lỗi không mong đợi: ${err instanceof Error ? err.message : String(err)}\n`);
    exitAfterFlush(new AppError('INTERNAL', '').exitCode);
  },
);
