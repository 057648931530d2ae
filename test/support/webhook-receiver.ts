import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

export interface ReceivedWebhook {
  id: string;
  type: string;
  data: Record<string, unknown>;
  body: string;
  headers: Record<string, string>;
}

/**
 * A real HTTP endpoint on loopback that answers 503 (down) to its first `refuseFirst` requests,
 * then takes each webhook whose signature the `standardwebhooks` package verifies under
 * `secrets()` (any one of them) and refuses the rest with 401.
 */
export async function startWebhookReceiver(options: { refuseFirst: number; secrets: () => string[] }) {
  const accepted: ReceivedWebhook[] = [];
  const unverified: string[] = [];
  let requests = 0;
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      requests++;
      if (requests <= options.refuseFirst) {
        response.writeHead(503).end('down for maintenance');
        return;
      }
      const body = Buffer.concat(chunks).toString('utf8');
      const headers = request.headers as Record<string, string>;
      const verified = options.secrets().some((secret) => {
        try {
          new Webhook(secret).verify(body, headers);
          return true;
        } catch {
          return false;
        }
      });
      if (!verified) {
        unverified.push(headers['webhook-id']);
        response.writeHead(401).end();
        return;
      }
      const payload = JSON.parse(body) as { type: string; data: Record<string, unknown> };
      accepted.push({ id: headers['webhook-id'], type: payload.type, data: payload.data, body, headers });
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/accord-webhooks`,
    accepted,
    unverified,
    requests: () => requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
