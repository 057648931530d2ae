import http from 'node:http';
import https from 'node:https';
import type { VettedDestination } from './outbound-address.js';

export interface WebhookRequest {
  destination: VettedDestination;
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
  /** More of the receiver's answer than this is not read: only its status matters. */
  maxResponseBytes: number;
}

export interface WebhookResponse {
  statusCode: number | null;
  latencyMs: number;
  error: string | null;
}

/**
 * POSTs one webhook to the vetted address (never re-resolving the name) and reports what came
 * back. Redirects are not followed (a 3xx is a failed delivery): a redirect could point anywhere,
 * including the private addresses the destination check refused.
 */
export function sendWebhook(request: WebhookRequest): Promise<WebhookResponse> {
  const { url, address } = request.destination;
  const started = performance.now();
  const latency = () => Math.round(performance.now() - started);
  return new Promise((resolve) => {
    const settle = (statusCode: number | null, error: string | null) => {
      clearTimeout(deadline);
      resolve({ statusCode, latencyMs: latency(), error });
    };
    const transport = url.protocol === 'https:' ? https : http;
    const outgoing = transport.request({
      host: address,
      port: url.port || (url.protocol === 'https:' ? 443 : 80),
      path: `${url.pathname}${url.search}`,
      method: 'POST',
      servername: url.protocol === 'https:' ? url.hostname : undefined,
      headers: {
        ...request.headers,
        host: url.host,
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(request.body),
      },
    });
    const deadline = setTimeout(() => {
      outgoing.destroy();
      settle(null, `no answer within ${request.timeoutMs} ms`);
    }, request.timeoutMs);
    outgoing.on('error', (error) => settle(null, error.message));
    outgoing.on('response', (response) => {
      let read = 0;
      response.on('data', (chunk: Buffer) => {
        read += chunk.length;
        if (read > request.maxResponseBytes) response.destroy();
      });
      response.on('close', () => {
        const status = response.statusCode ?? null;
        if (status !== null && status >= 300 && status < 400) settle(status, 'redirects are not followed');
        else if (status !== null && (status < 200 || status >= 300)) settle(status, `the receiver answered ${status}`);
        else settle(status, null);
      });
    });
    outgoing.end(request.body);
  });
}
