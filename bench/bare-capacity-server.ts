// The throughput baseline: a bare node:http server with a pg.Pool of the API's size, the same
// API-key check (the key's row found by its prefix with its principal, the secret's HMAC compared
// in constant time, revoked, expired and disabled refused, the council checked) and the
// hand-written timeline. Started by capacity.bench.ts with DATABASE_URL, PORT, API_KEY_PEPPER.
import { createHmac, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import pg from 'pg';
import { handWrittenTimeline } from './capacity-hand-written.js';

const pepper = process.env.API_KEY_PEPPER ?? '';
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_MAX ?? 5) });
const KEY = /^Bearer acc_([a-z2-7]{12})_([A-Za-z0-9_-]{43})$/;
const ROUTE = /^\/api\/v1\/councils\/([EW]\d{8})\/capacity$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

interface KeyRow {
  secret_hash: string;
  refused: boolean;
  role: string;
  council_code: string | null;
}

async function principalOf(authorization: string | undefined): Promise<KeyRow | undefined> {
  const match = KEY.exec(authorization ?? '');
  if (!match) return undefined;
  const { rows } = await pool.query<KeyRow>(
    `SELECT k.secret_hash, (k.revoked_at IS NOT NULL OR p.disabled_at IS NOT NULL OR k.expires_at <= now()) AS refused,
            p.role, p.council_code
     FROM api_key k JOIN principal p ON p.id = k.principal_id WHERE k.prefix = $1`,
    [match[1]],
  );
  const key = rows[0];
  if (!key || key.refused) return undefined;
  const candidate = Buffer.from(createHmac('sha256', pepper).update(match[2]).digest('base64url'));
  const stored = Buffer.from(key.secret_hash);
  return candidate.length === stored.length && timingSafeEqual(candidate, stored) ? key : undefined;
}

function send(response: http.ServerResponse, status: number, body: string): void {
  response.writeHead(status, { 'content-type': status === 200 ? 'application/json; charset=utf-8' : 'application/problem+json' });
  response.end(body);
}

const server = http.createServer((request, response) => {
  void (async () => {
    const url = new URL(request.url ?? '/', 'http://bench');
    const route = ROUTE.exec(url.pathname);
    if (!route) return send(response, 404, '{"status":404}');
    const principal = await principalOf(request.headers.authorization);
    if (!principal) return send(response, 401, '{"status":401}');
    if (principal.role !== 'admin' && principal.role !== 'commissioner' && principal.council_code !== route[1]) {
      return send(response, 403, '{"status":403}');
    }
    const from = url.searchParams.get('from') ?? '';
    const to = url.searchParams.get('to') ?? '';
    const granularity = url.searchParams.get('granularity') === 'day' ? 'day' : 'week';
    if (!DATE.test(from) || !DATE.test(to) || to < from) return send(response, 400, '{"status":400}');
    send(response, 200, await handWrittenTimeline(pool, route[1], from, to, granularity));
  })().catch((error: unknown) => {
    console.error(error);
    send(response, 500, '{"status":500}');
  });
});
server.keepAliveTimeout = 60_000;
server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('ready'));
process.on('SIGTERM', () => {
  server.close();
  void pool.end();
});
