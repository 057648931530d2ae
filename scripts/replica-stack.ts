// `npx tsx scripts/replica-stack.ts [--apis 2] [--workers 2] [--port 8080]` after `npm run build`:
// two API processes and two workers behind HAProxy on this machine, with a PostgreSQL and a
// Temporal of their own, until Ctrl-C. Prints the balancer's address and an admin API key.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createFirstAdminIfNone } from '#access';
import { projectRoot, startReplicaSystem } from './replica-system.js';

const say = (line: string): void => console.log(`accord: ${line}`);

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { apis: { type: 'string' }, workers: { type: 'string' }, port: { type: 'string' } } });
  const system = await startReplicaSystem({ dataDir: path.join(projectRoot, '.data', 'replicas'), log: say });
  const stack = await system.startReplicas({
    apis: Number(values.apis ?? 2),
    workers: Number(values.workers ?? 2),
    port: values.port ? Number(values.port) : undefined,
    log: (line) => process.stdout.write(`${line}\n`),
  });
  const admin = await createFirstAdminIfNone(system.database.applicationUrl, system.apiKeyPepper);
  say(`HAProxy at ${stack.url} in front of ${stack.apis.map((api) => `${api.name} ${api.url}`).join(', ')}`);
  say(`workers' metrics at ${stack.workers.map((worker) => `${worker.url}/metrics`).join(', ')}`);
  if (admin) say(`admin API key: ${admin.key}`);
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      say('stopping…');
      void stack
        .stop()
        .then(() => system.stop())
        .then(() => process.exit(0));
    });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`accord: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
