import { Connection } from '@temporalio/client';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';

export interface TemporalDevServerOptions {
  cli: string;
  /** SQLite file that keeps workflow histories between runs. */
  dbFile: string;
  port: number;
  /** Web UI port; omit for a headless server (tests). */
  uiPort?: number;
  namespace?: string;
  /** Custom search attributes to register, as `Name=Type`. */
  searchAttributes?: string[];
  /** Extra SQLite pragmas, e.g. WAL for benchmarks. */
  sqlitePragmas?: string[];
  startTimeoutMs?: number;
  log?: (line: string) => void;
}

/** The Temporal CLI's development server, started and stopped by this process. */
export class TemporalDevServer {
  private process?: ChildProcess;
  private exited = false;

  constructor(private readonly options: TemporalDevServerOptions) {}

  get dbFile(): string {
    return this.options.dbFile;
  }

  get address(): string {
    return `127.0.0.1:${this.options.port}`;
  }

  get uiUrl(): string | undefined {
    return this.options.uiPort ? `http://127.0.0.1:${this.options.uiPort}` : undefined;
  }

  async start(): Promise<void> {
    const { cli, dbFile, port, uiPort } = this.options;
    await mkdir(path.dirname(dbFile), { recursive: true });
    const args = ['server', 'start-dev', '--ip', '127.0.0.1', '--port', String(port), '--db-filename', dbFile, '--log-level', 'warn'];
    if (uiPort) args.push('--ui-port', String(uiPort));
    else args.push('--headless');
    if (this.options.namespace && this.options.namespace !== 'default') args.push('--namespace', this.options.namespace);
    for (const pragma of this.options.sqlitePragmas ?? []) args.push('--sqlite-pragma', pragma);
    for (const attribute of this.options.searchAttributes ?? []) args.push('--search-attribute', attribute);

    const log = this.options.log ?? (() => undefined);
    const child = spawn(cli, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    this.process = child;
    this.exited = false;
    let output = '';
    const collect = (chunk: Buffer): void => {
      const text = chunk.toString('utf8');
      output = (output + text).slice(-4000);
      for (const line of text.split('\n').filter(Boolean)) log(line);
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    child.once('exit', () => {
      if (this.process === child) this.exited = true;
    });
    await this.waitUntilServing(() => output);
  }

  async stop(): Promise<void> {
    const child = this.process;
    if (!child || this.exited) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const stopped = await Promise.race([exited.then(() => true), delay(10_000, false, { ref: false })]);
    if (!stopped) {
      child.kill('SIGKILL');
      await exited;
    }
  }

  /** Kills the server at once (SIGKILL), as a crash would; `start` brings it back on the same SQLite file. */
  async kill(): Promise<void> {
    const child = this.process;
    if (!child || this.exited) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGKILL');
    await exited;
  }

  private async waitUntilServing(output: () => string): Promise<void> {
    const deadline = Date.now() + (this.options.startTimeoutMs ?? 60_000);
    while (Date.now() < deadline) {
      if (this.exited) {
        throw new Error(`Temporal dev server exited during start-up: ${output().trim().split('\n').slice(-3).join(' | ')}`);
      }
      if (await isTemporalServing(this.address, this.options.namespace ?? 'default')) return;
      await delay(250);
    }
    await this.stop();
    throw new Error(`Temporal dev server did not answer on ${this.address} within ${(this.options.startTimeoutMs ?? 60_000) / 1000}s`);
  }
}

/** True once the frontend answers and the namespace exists. */
export async function isTemporalServing(address: string, namespace: string): Promise<boolean> {
  let connection: Connection | undefined;
  try {
    connection = await Connection.connect({ address, connectTimeout: 1_000 });
    await connection.workflowService.describeNamespace({ namespace });
    return true;
  } catch {
    return false;
  } finally {
    await connection?.close().catch(() => undefined);
  }
}
