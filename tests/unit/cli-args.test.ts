// The CLI's shared flag parser: unknown flags, missing values and stray arguments give one
// Vietnamese line naming the bad flag (exit code 2), and every command's usage names its flags.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AppError } from '#src/errors.ts';
import { parseCommandArgs, positiveIntFlag, requireFlag } from '#src/cli/args.ts';
import { commands } from '#src/cli/commands/index.ts';

const specs = { out: { type: 'string' }, json: { type: 'boolean' }, recursive: { type: 'boolean', short: 'r' } } as const;
const usage = 'demo --out F [--json] [-r]';

function refused(args: string[], message: RegExp, opts: { positionals?: boolean } = {}): void {
  assert.throws(
    () => parseCommandArgs(args, specs, usage, opts),
    (e: unknown) => {
      assert.ok(e instanceof AppError);
      assert.equal(e.exitCode, 2);
      assert.match(e.userMessage, message);
      assert.match(e.userMessage, /Cách dùng: demo --out F/);
      assert.doesNotMatch(e.userMessage, /\n/);
      return true;
    },
  );
}

test('declared flags are read in both spellings, with a short alias, and positionals when allowed', () => {
  assert.deepEqual(parseCommandArgs(['--out', 'a.docx', '--json', '-r', 'x.txt'], specs, usage, { positionals: true }), {
    flags: { out: 'a.docx', json: true, recursive: true },
    positionals: ['x.txt'],
  });
  assert.deepEqual(parseCommandArgs(['--out=b.docx'], specs, usage).flags, { out: 'b.docx' });
  assert.deepEqual(parseCommandArgs(['--out=--odd'], specs, usage).flags, { out: '--odd' }, 'an inline value may look like a flag');
});

test('an unknown flag, a missing value, a value on a switch and a stray argument are refused by name', () => {
  refused(['--outt', 'a.docx'], /Tham số không hợp lệ: --outt/);
  refused(['-x'], /Tham số không hợp lệ: -x/);
  refused(['--out'], /Thiếu giá trị cho --out/);
  refused(['--out', '--json'], /Thiếu giá trị cho --out/);
  refused(['--json=yes'], /Tham số --json không nhận giá trị/);
  refused(['--out', 'a', 'extra'], /Tham số thừa: extra/);
  refused(['--constructor'], /Tham số không hợp lệ: --constructor/);
});

test('required and integer flags say which flag is wrong', () => {
  assert.throws(() => requireFlag('  ', 'province', 'tên tỉnh'), /Thiếu tham số --province \(tên tỉnh\)/);
  assert.equal(positiveIntFlag('12', 'request'), 12);
  assert.equal(positiveIntFlag(undefined, 'request'), undefined);
  for (const bad of ['0', '-3', '1.5', 'abc', '1e3', '']) assert.throws(() => positiveIntFlag(bad, 'request'), /--request phải là số nguyên dương/, bad);
});

test('the help text of every command names every flag it accepts', () => {
  for (const c of commands) {
    for (const [name, spec] of Object.entries(c.flags)) {
      assert.ok(c.usage.includes(`--${name}`), `${c.name}: usage does not mention --${name}`);
      if (spec.short) assert.ok(c.usage.includes(`-${spec.short}`), `${c.name}: usage does not mention -${spec.short}`);
    }
    for (const m of c.usage.matchAll(/--([a-z][a-z-]*)/g)) assert.ok(Object.hasOwn(c.flags, m[1]!), `${c.name}: usage mentions --${m[1]} but the command does not accept it`);
  }
});

test('help names --as only with the commands that declare it', async () => {
  const { spawnSync } = await import('node:child_process');
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'help'], { encoding: 'utf8', timeout: 120_000 });
  assert.equal(r.status, 0, r.stderr);
  const note = r.stdout.split('\n').find((l) => l.startsWith('--as '));
  assert.ok(note, r.stdout);
  const named = /chỉ với các lệnh: ([^)]*)\)/.exec(note)?.[1]?.split(', ') ?? [];
  const declaring = commands.filter((c) => 'as' in c.flags).map((c) => c.name);
  assert.deepEqual(named, declaring);
  assert.ok(declaring.includes('import') && !declaring.includes('extract'));
});
