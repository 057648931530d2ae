// `npm test`: installs what is missing, runs the static checks, then every Jest tier, and
// ends with one plain line `N passed, N failed` taken from Jest's JSON results, so a run
// that executed no test cannot look green. Extra arguments go to Jest.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ensureChromium } from './ensure-chromium.mjs';
import { binary, ensureDependencies, projectRoot, run } from './prepare.mjs';

ensureDependencies();
// Without it the browser tests fail with the same one-line advice; the rest of the suite still runs.
ensureChromium();
// The suite runs its own embedded PostgreSQL: say at once, in one line, if it cannot run here.
if (run(binary('tsx'), ['scripts/check-embedded-postgres.ts', '.test-data']) !== 0) process.exit(1);

const checks = [
  ['type check', binary('tsc'), ['-p', 'tsconfig.json']],
  // The e2e tests start the built API, worker and launcher as real processes.
  ['build', 'npm', ['run', '--silent', 'build']],
  ['lint', binary('eslint'), ['--max-warnings=0', '.']],
  ['format', binary('prettier'), ['--check', '--log-level=warn', '.']],
  [
    'layer rules',
    binary('depcruise'),
    ['apps', 'libs', 'migrations', 'test', 'scripts', 'bench', '--config', '.dependency-cruiser.cjs', '--output-type', 'err'],
  ],
];
const failedChecks = [];
for (const [name, command, args] of checks) {
  console.log(`accord: ${name}…`);
  if (run(command, args) !== 0) failedChecks.push(name);
}

const reportDir = path.join(projectRoot, 'reports');
const results = path.join(reportDir, 'jest-results.json');
mkdirSync(reportDir, { recursive: true });
rmSync(results, { force: true });
const jestArgs = [
  '--experimental-vm-modules',
  path.join(projectRoot, 'node_modules', 'jest', 'bin', 'jest.js'),
  '--json',
  `--outputFile=${results}`,
];
if (process.env.CI) jestArgs.push('--ci');
const jestStatus = run(process.execPath, [...jestArgs, ...process.argv.slice(2)], {
  env: { ...process.env, NODE_OPTIONS: [process.env.NODE_OPTIONS, '--no-warnings=ExperimentalWarning'].filter(Boolean).join(' ') },
});

let passed = 0;
let failed = 0;
if (existsSync(results)) {
  const summary = JSON.parse(readFileSync(results, 'utf8'));
  passed = summary.numPassedTests;
  failed = summary.numFailedTests + summary.numRuntimeErrorTestSuites;
}
if (failedChecks.length > 0) console.log(`accord: failed checks: ${failedChecks.join(', ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(jestStatus !== 0 || failed > 0 || passed === 0 || failedChecks.length > 0 ? 1 : 0);
