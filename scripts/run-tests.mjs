// Runs the test suite with node:test + tsx. Node 20's --test does not expand globs,
// so this finds the test files itself. Arguments narrow the search to folders or files.
// E2E browser tests (tests/e2e) run only when named or when LANTOA_E2E=1.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const roots = process.argv.slice(2);
const withE2e = process.env.LANTOA_E2E === '1' || roots.some((r) => r.includes('e2e'));
const found = [];
function walk(p) {
  const st = statSync(p);
  if (st.isFile()) {
    if (/\.test\.tsx?$/.test(p)) found.push(p);
    return;
  }
  for (const name of readdirSync(p)) {
    if (name === 'node_modules' || name === 'fixtures' || name === 'artifacts') continue;
    if (!withE2e && name === 'e2e') continue;
    walk(join(p, name));
  }
}
for (const r of roots.length ? roots : ['src', 'tests']) walk(r);
found.sort();
if (found.length === 0) {
  console.error('no test files found');
  process.exit(1);
}
const args = ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-concurrency=2', ...found];
const r = spawnSync(process.execPath, args, { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'test' } });
process.exit(r.status ?? 1);
