import type { Principal } from '#domain';
import { CREDENTIAL_CACHE_MS, CredentialCache } from './credential-cache.js';

const PRINCIPAL: Principal = { id: 'p-1', name: 'Someone', role: 'hr', councilCode: 'E10000014', scopes: [], authenticatedBy: 'api_key' };
const KEY = CredentialCache.keyOf('api_key', 'acc_example');

describe('the credential cache', () => {
  const listening = () => {
    const cache = new CredentialCache();
    cache.startTrusting();
    return cache;
  };

  it('answers a credential it has seen, for its period at most, and never past the credential’s own expiry', () => {
    const cache = listening();
    cache.set(KEY, PRINCIPAL, cache.generation, undefined, 1_000);
    expect(cache.get(KEY, 1_000 + CREDENTIAL_CACHE_MS - 1)).toBe(PRINCIPAL);
    expect(cache.get(KEY, 1_000 + CREDENTIAL_CACHE_MS)).toBeUndefined();
    cache.set(KEY, PRINCIPAL, cache.generation, 1_500, 1_000);
    expect(cache.get(KEY, 1_499)).toBe(PRINCIPAL);
    expect(cache.get(KEY, 1_500)).toBeUndefined();
  });

  it('forgets everything when a credential change is notified, and does not keep a lookup begun before it', () => {
    const cache = listening();
    cache.set(KEY, PRINCIPAL, cache.generation);
    const lookupBegan = cache.generation;
    cache.invalidate();
    expect(cache.get(KEY)).toBeUndefined();
    cache.set(KEY, PRINCIPAL, lookupBegan);
    expect(cache.get(KEY)).toBeUndefined();
  });

  it('neither answers nor keeps anything while not listening, and starts empty when listening again', () => {
    const cache = listening();
    cache.set(KEY, PRINCIPAL, cache.generation);
    cache.stopTrusting();
    expect(cache.get(KEY)).toBeUndefined();
    cache.set(KEY, PRINCIPAL, cache.generation);
    cache.startTrusting();
    expect(cache.get(KEY)).toBeUndefined();
  });

  it('keys credentials by digest, never by the secret itself', () => {
    expect(KEY).not.toContain('acc_example');
    expect(CredentialCache.keyOf('api_key', 'acc_other')).not.toBe(KEY);
  });
});
