import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';

const HAPROXY = process.env.HAPROXY_PATH ?? '/usr/sbin/haproxy';

/**
 * Debian's haproxy package: installed with apt-get when missing and this runs as root on Debian,
 * else one line says what to install. Answers the binary's path.
 */
export function ensureHaproxy(log: (line: string) => void = () => undefined): string {
  if (existsSync(HAPROXY)) return HAPROXY;
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canInstall) {
    throw new Error(
      `the replica stack needs HAProxy at ${HAPROXY}: install Debian's haproxy package (apt-get install haproxy) or set HAPROXY_PATH`,
    );
  }
  log('installing HAProxy (Debian package haproxy)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const aptGet = (...args: string[]) =>
    spawnSync('apt-get', ['-qq', ...args], { stdio: ['ignore', 'ignore', 'inherit'], env }).status === 0;
  // The package lists may be missing or stale on a fresh machine: refresh them once if the install fails.
  const installed = aptGet('install', '-y', 'haproxy') || (aptGet('update') && aptGet('install', '-y', 'haproxy'));
  if (!installed || !existsSync(HAPROXY))
    throw new Error('could not install HAProxy with apt-get; install the haproxy package, or set HAPROXY_PATH');
  return HAPROXY;
}

export interface BalancedServer {
  /** Named in the X-Accord-Replica response header and in the statistics. */
  name: string;
  port: number;
}

export interface HaproxyOptions {
  /** Where the configuration is written. */
  dir: string;
  port: number;
  statsPort: number;
  servers: BalancedServer[];
  /** Health check interval on `/ready`; two failed checks take a server out, one good one puts it back. */
  checkIntervalMs?: number;
  log?: (line: string) => void;
}

/**
 * The configuration in use: health checks on `/ready`; a request whose connection is refused
 * (a replica that stopped listening) goes to another server; a request that got no answer at all
 * is sent again only when that is safe, i.e. not a POST without an Idempotency-Key.
 */
export function haproxyConfiguration(options: HaproxyOptions): string {
  const check = options.checkIntervalMs ?? 500;
  return `global
  maxconn 2000

defaults
  mode http
  log stdout format raw local0 err
  option httplog
  timeout connect 2s
  timeout client 60s
  timeout server 60s
  timeout http-keep-alive 10s
  # /ready touches PostgreSQL and Temporal: a slow answer under load is not a dead replica.
  timeout check 3s
  retries 3
  option redispatch 1
  retry-on conn-failure empty-response

frontend accord
  bind 127.0.0.1:${options.port}
  option forwardfor
  default_backend api

backend api
  balance roundrobin
  option httpchk GET /ready
  http-check expect status 200
  http-request disable-l7-retry if METH_POST !{ req.hdr(idempotency-key) -m found }
  http-response set-header X-Accord-Replica %s
  default-server inter ${check} fastinter ${check} downinter ${check} fall 2 rise 1
${options.servers.map((server) => `  server ${server.name} 127.0.0.1:${server.port} check`).join('\n')}

listen stats
  bind 127.0.0.1:${options.statsPort}
  stats enable
  stats uri /stats
`;
}

export interface ServerState {
  status: string;
  sessions: number;
  retries: number;
  redispatches: number;
}

/** HAProxy in front of the API replicas, run by this process. */
export class HaproxyBalancer {
  private process?: ChildProcess;
  private output = '';

  constructor(private readonly options: HaproxyOptions) {}

  get url(): string {
    return `http://127.0.0.1:${this.options.port}`;
  }

  async start(): Promise<void> {
    const binary = ensureHaproxy(this.options.log);
    await mkdir(this.options.dir, { recursive: true });
    const file = path.join(this.options.dir, 'haproxy.cfg');
    await writeFile(file, haproxyConfiguration(this.options));
    const child = spawn(binary, ['-db', '-f', file], { stdio: ['ignore', 'pipe', 'pipe'] });
    this.process = child;
    const collect = (chunk: Buffer) => {
      this.output = (this.output + chunk.toString('utf8')).slice(-8000);
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    const deadline = Date.now() + 10_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`HAProxy exited (${child.exitCode}): ${this.output}`);
      if (
        await this.serverStates().then(
          () => true,
          () => false,
        )
      )
        return;
      if (Date.now() > deadline) throw new Error(`HAProxy did not serve its statistics in 10 s: ${this.output}`);
      await delay(50);
    }
  }

  /** What HAProxy logged (errors only). */
  log(): string {
    return this.output;
  }

  /**
   * Each API server's state as the health checks see it (UP, DOWN, …), the sessions it has served,
   * and the requests HAProxy sent again (`retries`) or to another server (`redispatches`) after it failed them.
   */
  async serverStates(): Promise<Record<string, ServerState>> {
    const response = await fetch(`http://127.0.0.1:${this.options.statsPort}/stats;csv`);
    if (!response.ok) throw new Error(`HAProxy statistics answered ${response.status}`);
    const [header, ...rows] = (await response.text()).trim().split('\n');
    const columns = header.replace(/^# /, '').split(',');
    const at = (row: string[], name: string) => row[columns.indexOf(name)];
    const states: Record<string, ServerState> = {};
    for (const row of rows.map((line) => line.split(','))) {
      if (at(row, 'pxname') !== 'api' || ['FRONTEND', 'BACKEND'].includes(at(row, 'svname'))) continue;
      states[at(row, 'svname')] = {
        status: at(row, 'status'),
        sessions: Number(at(row, 'stot')),
        retries: Number(at(row, 'wretr') || 0),
        redispatches: Number(at(row, 'wredis') || 0),
      };
    }
    return states;
  }

  /** Resolves once the health checks see `server` in `status` (e.g. UP after a restart, DOWN while it drains). */
  async waitForServer(server: string, status: 'UP' | 'DOWN', timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const state = (await this.serverStates())[server];
      if (state?.status.startsWith(status)) return;
      if (Date.now() > deadline) throw new Error(`HAProxy still sees ${server} as ${state?.status} after ${timeoutMs} ms`);
      await delay(50);
    }
  }

  async stop(): Promise<void> {
    const child = this.process;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    await exited;
  }
}
