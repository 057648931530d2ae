// `npm start`: installs what is missing, builds, then hands over to the system launcher.
import { spawn } from 'node:child_process';
import { binary, ensureDependencies, projectRoot, run } from './prepare.mjs';

ensureDependencies();
if (!process.env.DATABASE_URL && run(binary('tsx'), ['scripts/check-embedded-postgres.ts', process.env.ACCORD_DATA_DIR ?? '.data']) !== 0) {
  process.exit(1);
}
console.log('accord: building…');
if (run('npm', ['run', '--silent', 'build']) !== 0) process.exit(1);

// The launcher owns Ctrl-C handling; this process only relays its exit code.
const launcher = spawn(binary('tsx'), ['scripts/launch-system.ts'], { cwd: projectRoot, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => launcher.kill(signal));
launcher.on('exit', (code, signal) => process.exit(code ?? (signal ? 130 : 1)));
