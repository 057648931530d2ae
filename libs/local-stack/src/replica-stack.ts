import getPort from 'get-port';
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { HaproxyBalancer } from './haproxy.js';

export interface ReplicaStackOptions {
  /** The project root: the built API and worker are under dist/. */
  root: string;
  /** Where HAProxy's configuration is written. */
  dir: string;
  /** What every replica is given: DATABASE_URL, TEMPORAL_ADDRESS, TEMPORAL_TASK_QUEUE, API_KEY_PEPPER, … */
  env: Record<string, string>;
  apis?: number;
  workers?: number;
  /** The balancer's port; a free one when omitted. */
  port?: number;
  /** HAProxy's health check interval on /ready. */
  checkIntervalMs?: number;
  /** Every line the replicas print, prefixed with the replica's name; kept in memory when omitted. */
  log?: (line: string) => void;
}

/** One API or worker process of the stack, which can be stopped and started again on the same port. */
export class Replica {
  private child?: ChildProcess;
  private exit?: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  private printed = '';

  constructor(
    readonly name: string,
    readonly kind: 'api' | 'worker',
    private readonly main: string,
    /** The project root: the processes find their assets and migrations relative to it. */
    private readonly cwd: string,
    /** The API's HTTP port, or the worker's metrics port. */
    readonly port: number,
    private readonly env: NodeJS.ProcessEnv,
    private readonly log?: (line: string) => void,
  ) {}

  /** The API's own address, or the worker's metrics address, bypassing the balancer. */
  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get running(): boolean {
    return this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** What the process printed since it was last started (the last megabyte). */
  output(): string {
    return this.printed;
  }

  /** Starts the process; resolves once the API answers /ready with 200, or the worker polls its task queue. */
  async start(timeoutMs = 120_000): Promise<void> {
    const child = spawn(process.execPath, [this.main], { cwd: this.cwd, env: this.env, stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    this.exit = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
    const collect = (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      if (this.log) for (const line of text.split('\n').filter(Boolean)) this.log(`${this.name}: ${line}`);
      this.printed = (this.printed + text).slice(-1_000_000);
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    const deadline = Date.now() + timeoutMs;
    this.printed = '';
    for (;;) {
      if (!this.running) throw new Error(`${this.name} exited while starting: ${this.printed.slice(-3000)}`);
      if (this.kind === 'api' ? await this.isReady() : this.printed.includes('worker polling task queue')) return;
      if (Date.now() > deadline) throw new Error(`${this.name} was not ready within ${timeoutMs} ms: ${this.printed.slice(-3000)}`);
      await delay(100);
    }
  }

  private async isReady(): Promise<boolean> {
    return fetch(`${this.url}/ready`).then(
      (answer) => answer.ok,
      () => false,
    );
  }

  /** Sends `signal` and resolves with how the process ended. */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    if (!this.child || !this.exit) throw new Error(`${this.name} was never started`);
    if (this.running) this.child.kill(signal);
    return this.exit;
  }
}

/**
 * Several API processes and workers of the built system against one PostgreSQL and one Temporal,
 * with HAProxy in front of the APIs: what the replica tests, the benchmark and
 * `scripts/replica-stack.ts` run.
 */
export class ReplicaStack {
  private constructor(
    readonly balancer: HaproxyBalancer,
    readonly apis: Replica[],
    readonly workers: Replica[],
  ) {}

  /** The balancer's address: what clients use. */
  get url(): string {
    return this.balancer.url;
  }

  static async start(options: ReplicaStackOptions): Promise<ReplicaStack> {
    const baseEnv: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      LOG_LEVEL: 'info',
      // The balancer takes a replica out after two failed checks of /ready, checkIntervalMs apart: wait for three.
      SHUTDOWN_DRAIN_DELAY_MS: String(4 * (options.checkIntervalMs ?? 500)),
      ...options.env,
    };
    const apiMain = path.join(options.root, 'dist', 'apps', 'api', 'src', 'main.js');
    const workerMain = path.join(options.root, 'dist', 'apps', 'worker', 'src', 'main.js');
    const apis: Replica[] = [];
    for (let n = 1; n <= (options.apis ?? 2); n += 1) {
      const port = await getPort();
      apis.push(new Replica(`api-${n}`, 'api', apiMain, options.root, port, { ...baseEnv, PORT: String(port) }, options.log));
    }
    const workers: Replica[] = [];
    for (let n = 1; n <= (options.workers ?? 2); n += 1) {
      const port = await getPort();
      workers.push(
        new Replica(
          `worker-${n}`,
          'worker',
          workerMain,
          options.root,
          port,
          // A worker says it polls at level info: that line is how the stack knows it has started.
          { ...baseEnv, LOG_LEVEL: 'info', WORKER_METRICS_ADDRESS: `127.0.0.1:${port}` },
          options.log,
        ),
      );
    }
    const balancer = new HaproxyBalancer({
      dir: options.dir,
      port: options.port ?? (await getPort()),
      statsPort: await getPort(),
      servers: apis.map((api) => ({ name: api.name, port: api.port })),
      checkIntervalMs: options.checkIntervalMs,
      log: options.log,
    });
    const stack = new ReplicaStack(balancer, apis, workers);
    try {
      await Promise.all([...workers, ...apis].map((replica) => replica.start()));
      await balancer.start();
      await Promise.all(apis.map((api) => balancer.waitForServer(api.name, 'UP')));
    } catch (error) {
      await stack.stop();
      throw error;
    }
    return stack;
  }

  /**
   * SIGTERM, then the same process started again on the same port: an API is waited for until the
   * balancer routes to it again, so restarting each in turn never leaves none.
   */
  async restart(replica: Replica): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    const ended = await replica.stop('SIGTERM');
    await replica.start();
    if (replica.kind === 'api') await this.balancer.waitForServer(replica.name, 'UP');
    return ended;
  }

  async stop(): Promise<void> {
    await this.balancer.stop();
    await Promise.all(
      [...this.apis, ...this.workers].map(async (replica) => {
        if (!replica.running) return;
        const stopped = await Promise.race([replica.stop('SIGTERM').then(() => true), delay(20_000, false, { ref: false })]);
        if (!stopped) await replica.stop('SIGKILL');
      }),
    );
  }
}
