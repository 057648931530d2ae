import { createHash } from 'node:crypto';

/** A UUID (version 8, name-based on SHA-256) derived from a string: the same input, the same id. */
export function uuidFrom(name: string): string {
  const hash = createHash('sha256').update(name).digest();
  hash[6] = (hash[6] & 0x0f) | 0x80;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
