// Brings a clone up to date before anything else runs: npm dependencies are (re)installed
// whenever package-lock.json differs from the one last installed. Plain Node, no
// dependencies, because it runs before node_modules exists.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function lockHash() {
  return createHash('sha256')
    .update(readFileSync(path.join(projectRoot, 'package-lock.json')))
    .digest('hex');
}

export function ensureDependencies() {
  const stamp = path.join(projectRoot, 'node_modules', '.accord-installed-lock');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === lockHash()) return;
  console.log('accord: installing npm dependencies…');
  // `npm install`, not `npm ci`: npm 11 refuses `ci` when a lockfile lacks other platforms'
  // optional packages, which it does when written without registry URLs (as here).
  const result = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: projectRoot, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('accord: npm install failed; see the output above.');
    process.exit(result.status ?? 1);
  }
  writeFileSync(stamp, lockHash());
}

/** Runs a command from node_modules/.bin (or PATH) in the project root; exits on failure. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: projectRoot, stdio: 'inherit', ...options });
  if (result.error) {
    console.error(`accord: could not run ${command}: ${result.error.message}`);
    process.exit(1);
  }
  return result.status ?? 1;
}

export function binary(name) {
  return path.join(projectRoot, 'node_modules', '.bin', name);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) ensureDependencies();
