import { randomUUID } from 'node:crypto';
import type { TestKey } from './api-keys.js';
import { livePeriod, partnershipRequest } from './partnership.builder.js';

export interface LoadRequest {
  what: 'create' | 'submit' | 'read' | 'list';
  /** The HTTP status, or `network` when no answer came (connection refused or reset). */
  status: number | 'network';
  /** The replica that answered, from HAProxy's X-Accord-Replica header. */
  replica?: string;
  idempotencyKey?: string;
}

export interface SteadyLoadOptions {
  url: string;
  chief: TestKey;
  /** Clients running at once, each one request at a time. */
  clients: number;
  /** Titles of the partnerships the load creates start with it, so their rows can be counted. */
  titlePrefix: string;
  /**
   * When a create or submit gets no answer or a 5xx, send it again with the same Idempotency-Key
   * (as a client should after a crash) until it is answered; the first failure is still recorded.
   */
  retryFailedActions?: boolean;
}

/** A client retrying after a crash gives up after this many tries (the other replica answers at once). */
const MAX_ATTEMPTS = 20;

const ANSWERED = { create: 201, submit: 200, read: 200, list: 200 } as const;

/**
 * Clients creating partnerships, submitting them and reading them back through the balancer,
 * each as fast as the answers come, until stopped; every request is recorded.
 */
export class SteadyLoad {
  readonly requests: LoadRequest[] = [];
  /** Partnerships whose creation was answered 201, and those whose submission was answered 200. */
  readonly created = new Set<string>();
  readonly submitted = new Set<string>();
  private running = false;
  private loops: Promise<void>[] = [];
  private waiters: { count: number; resolve: () => void }[] = [];

  constructor(private readonly options: SteadyLoadOptions) {}

  start(): void {
    this.running = true;
    this.loops = Array.from({ length: this.options.clients }, (_, client) => this.client(client));
  }

  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.loops);
  }

  /** Requests that did not get the answer they should: no answer, 5xx, or any other status. */
  failures(): LoadRequest[] {
    return this.requests.filter((request) => request.status !== ANSWERED[request.what]);
  }

  /** Resolves once `count` more requests have been answered than when it was called. */
  next(count: number): Promise<void> {
    return new Promise((resolve) => this.waiters.push({ count: this.requests.length + count, resolve }));
  }

  private record(request: LoadRequest): void {
    this.requests.push(request);
    for (const waiter of this.waiters.filter((one) => one.count <= this.requests.length)) waiter.resolve();
    this.waiters = this.waiters.filter((one) => one.count > this.requests.length);
  }

  private async client(client: number): Promise<void> {
    let round = 0;
    while (this.running) {
      round += 1;
      const created = await this.action('create', '/api/v1/partnerships', {
        ...partnershipRequest({ ...livePeriod(), title: `${this.options.titlePrefix} client ${client} round ${round}` }),
      });
      if (created.status !== 201) continue;
      const { id } = created.body as { id: string };
      this.created.add(id);
      await this.send('read', 'GET', `/api/v1/partnerships/${id}`);
      const submitted = await this.action('submit', `/api/v1/partnerships/${id}/actions/submit`, {});
      if (submitted.status === 200) this.submitted.add(id);
      await this.send('list', 'GET', '/api/v1/partnerships?limit=5');
    }
  }

  private async action(what: 'create' | 'submit', path: string, body: object) {
    const idempotencyKey = `load-${randomUUID()}`;
    for (let attempt = 1; ; attempt += 1) {
      const answer = await this.send(what, 'POST', path, body, idempotencyKey);
      const failed = answer.status === 'network' || answer.status >= 500;
      if (!failed || !this.options.retryFailedActions || attempt === MAX_ATTEMPTS) return answer;
    }
  }

  private async send(what: LoadRequest['what'], method: string, path: string, body?: object, idempotencyKey?: string) {
    const headers: Record<string, string> = { authorization: `Bearer ${this.options.chief.key}` };
    if (body) headers['content-type'] = 'application/json';
    if (idempotencyKey) headers['idempotency-key'] = idempotencyKey;
    try {
      const response = await fetch(`${this.options.url}${path}`, { method, headers, body: body && JSON.stringify(body) });
      const answered: unknown = await response.json().catch(() => undefined);
      this.record({ what, status: response.status, replica: response.headers.get('x-accord-replica') ?? undefined, idempotencyKey });
      return { status: response.status, body: answered };
    } catch {
      this.record({ what, status: 'network', idempotencyKey });
      return { status: 'network' as const, body: undefined };
    }
  }
}
