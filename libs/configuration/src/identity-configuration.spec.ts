import { ConfigurationError, loadConfiguration } from './accord-configuration.js';

const base = { DATABASE_URL: 'postgres://accord_app:pass@127.0.0.1:5432/accord', TEMPORAL_ADDRESS: '127.0.0.1:7233' };

describe('OpenID Connect configuration', () => {
  it('is absent without OIDC_ISSUER_URL: API keys only', () => {
    expect(loadConfiguration(base).identity).toBeUndefined();
  });

  it('takes the issuer and client id, with the client id as the default audience', () => {
    const identity = loadConfiguration({
      ...base,
      OIDC_ISSUER_URL: 'https://login.microsoftonline.com/0c4f/v2.0',
      OIDC_CLIENT_ID: '7d1c0a2b-accord',
    }).identity;
    expect(identity).toEqual({
      issuerUrl: 'https://login.microsoftonline.com/0c4f/v2.0',
      clientId: '7d1c0a2b-accord',
      clientSecret: undefined,
      audience: '7d1c0a2b-accord',
    });
  });

  it('accepts plain http only for a provider on this machine', () => {
    expect(loadConfiguration({ ...base, OIDC_ISSUER_URL: 'http://127.0.0.1:9400', OIDC_CLIENT_ID: 'accord' }).identity?.issuerUrl).toBe(
      'http://127.0.0.1:9400',
    );
    expect(() => loadConfiguration({ ...base, OIDC_ISSUER_URL: 'http://idp.example.com', OIDC_CLIENT_ID: 'accord' })).toThrow(
      /OIDC_ISSUER_URL must be an https:\/\/ URL/,
    );
  });

  it('refuses an issuer without a client id, and a client id, secret or audience without an issuer', () => {
    expect(() => loadConfiguration({ ...base, OIDC_ISSUER_URL: 'https://idp.example.com' })).toThrow(/OIDC_CLIENT_ID is required/);
    for (const orphan of [
      { OIDC_CLIENT_ID: 'accord' },
      { OIDC_AUDIENCE: 'api://accord' },
      { OIDC_CLIENT_SECRET: 'a-secret-of-sixteen-plus' },
    ]) {
      expect(() => loadConfiguration({ ...base, ...orphan })).toThrow(ConfigurationError);
    }
  });

  it('refuses a short client secret', () => {
    expect(() =>
      loadConfiguration({ ...base, OIDC_ISSUER_URL: 'https://idp.example.com', OIDC_CLIENT_ID: 'accord', OIDC_CLIENT_SECRET: 'short' }),
    ).toThrow(/OIDC_CLIENT_SECRET must be at least 16 characters/);
  });
});
