import { Webhook } from 'standardwebhooks';
import { generateWebhookSecret, webhookSignature } from './webhook-signature.js';

describe('signing webhooks as Standard Webhooks', () => {
  const body = JSON.stringify({ type: 'partnership.stage_changed', data: { to: 'active' } });
  const headersFor = (secrets: string[], id = '1287', timestamp = Math.floor(Date.now() / 1000)) => ({
    'webhook-id': id,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': webhookSignature(secrets, id, timestamp, body),
  });

  it('makes whsec_ secrets of 32 random bytes', () => {
    const secret = generateWebhookSecret();
    expect(secret).toMatch(/^whsec_/);
    expect(Buffer.from(secret.slice(6), 'base64')).toHaveLength(32);
    expect(generateWebhookSecret()).not.toBe(secret);
  });

  it('signs so that the reference implementation verifies it', () => {
    const secret = generateWebhookSecret();
    expect(() => new Webhook(secret).verify(body, headersFor([secret]))).not.toThrow();
  });

  it('signs with both secrets during a rotation, each alone enough to verify', () => {
    const [old, fresh] = [generateWebhookSecret(), generateWebhookSecret()];
    const headers = headersFor([fresh, old]);
    expect(headers['webhook-signature'].split(' ')).toHaveLength(2);
    expect(() => new Webhook(old).verify(body, headers)).not.toThrow();
    expect(() => new Webhook(fresh).verify(body, headers)).not.toThrow();
  });

  it('is refused under another secret, or with the body changed', () => {
    const secret = generateWebhookSecret();
    expect(() => new Webhook(generateWebhookSecret()).verify(body, headersFor([secret]))).toThrow();
    expect(() => new Webhook(secret).verify(`${body} `, headersFor([secret]))).toThrow();
  });
});
