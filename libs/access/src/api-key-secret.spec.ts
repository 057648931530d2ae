import { generateApiKey, hashApiKeySecret, parseApiKey, secretMatches } from './api-key-secret.js';

const pepper = 'a-pepper-of-at-least-thirty-two-characters';

describe('API key secrets', () => {
  it('generates keys that parse back into their prefix and secret', () => {
    const generated = generateApiKey();
    expect(parseApiKey(generated.key)).toEqual({ prefix: generated.prefix, secret: generated.secret });
  });

  it('never generates the same key twice', () => {
    const keys = new Set(Array.from({ length: 200 }, () => generateApiKey().key));
    expect(keys.size).toBe(200);
  });

  it('refuses strings that are not Accord keys', () => {
    expect(parseApiKey('Bearer nonsense')).toBeUndefined();
    expect(parseApiKey(`${generateApiKey().key}x`)).toBeUndefined();
  });

  it('matches a secret against its keyed hash, and only with the same pepper', () => {
    const { secret } = generateApiKey();
    const stored = hashApiKeySecret(secret, pepper);
    expect(secretMatches(secret, stored, pepper)).toBe(true);
    expect(secretMatches(secret, stored, `${pepper}-rotated`)).toBe(false);
    expect(secretMatches(generateApiKey().secret, stored, pepper)).toBe(false);
  });
});
