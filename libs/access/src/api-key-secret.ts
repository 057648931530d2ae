import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * API keys look like `acc_<prefix>_<secret>`. The prefix (public, indexed) finds the key;
 * the secret (256 random bits) is stored only as an HMAC keyed by the server's pepper.
 */
const KEY_PATTERN = /^acc_([a-z2-7]{12})_([A-Za-z0-9_-]{43})$/;

export interface GeneratedApiKey {
  key: string;
  prefix: string;
  secret: string;
}

export function generateApiKey(): GeneratedApiKey {
  const prefix = toBase32(randomBytes(8)).slice(0, 12);
  const secret = randomBytes(32).toString('base64url');
  return { key: `acc_${prefix}_${secret}`, prefix, secret };
}

export function parseApiKey(raw: string): { prefix: string; secret: string } | undefined {
  const match = KEY_PATTERN.exec(raw);
  return match ? { prefix: match[1], secret: match[2] } : undefined;
}

export function hashApiKeySecret(secret: string, pepper: string): string {
  return createHmac('sha256', pepper).update(secret).digest('base64url');
}

/** Compares in constant time so the response time does not leak how much of a hash matched. */
export function secretMatches(secret: string, storedHash: string, pepper: string): boolean {
  const candidate = Buffer.from(hashApiKeySecret(secret, pepper));
  const stored = Buffer.from(storedHash);
  return candidate.length === stored.length && timingSafeEqual(candidate, stored);
}

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';

function toBase32(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out;
}
