import { ConfigurationError } from './accord-configuration.js';
import { loadWebConfiguration } from './web-configuration.js';

const base = {
  DATABASE_URL: 'postgres://accord_app:pass@127.0.0.1:5432/accord',
  ACCORD_API_URL: 'http://localhost:3000',
  OIDC_ISSUER_URL: 'http://127.0.0.1:9400',
  OIDC_CLIENT_ID: 'accord',
  WEB_SESSION_SECRET: 'a'.repeat(32),
};

describe('the web pages’ configuration', () => {
  it('serves on localhost:3001 by default, with cookies not marked Secure only there', () => {
    const config = loadWebConfiguration(base);
    expect(config).toMatchObject({ port: 3001, publicUrl: 'http://localhost:3001', secureCookies: false, apiUrl: 'http://localhost:3000' });
    expect(loadWebConfiguration({ ...base, WEB_PUBLIC_URL: 'https://accord.hants.gov.uk/' })).toMatchObject({
      publicUrl: 'https://accord.hants.gov.uk',
      secureCookies: true,
    });
    expect(loadWebConfiguration({ ...base, WEB_PUBLIC_URL: 'https://localhost:8443' }).secureCookies).toBe(true);
  });

  it('refuses plain http away from this machine, and a loopback address in production', () => {
    expect(() => loadWebConfiguration({ ...base, WEB_PUBLIC_URL: 'http://accord.example.com' })).toThrow(/WEB_PUBLIC_URL must be an https/);
    expect(() => loadWebConfiguration({ ...base, NODE_ENV: 'production' })).toThrow(/public https/);
  });

  it('names every missing or short setting in one line', () => {
    const attempt = () => loadWebConfiguration({ WEB_SESSION_SECRET: 'short' });
    expect(attempt).toThrow(ConfigurationError);
    expect(attempt).toThrow(/DATABASE_URL.*ACCORD_API_URL.*OIDC_ISSUER_URL.*OIDC_CLIENT_ID.*WEB_SESSION_SECRET must be at least 32/);
  });

  it('takes several session secrets, comma-separated, to rotate them', () => {
    expect(loadWebConfiguration({ ...base, WEB_SESSION_SECRET: `${'n'.repeat(32)},${'o'.repeat(40)}` }).sessionSecrets).toEqual([
      'n'.repeat(32),
      'o'.repeat(40),
    ]);
  });
});
