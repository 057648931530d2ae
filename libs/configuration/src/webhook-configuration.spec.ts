import { ConfigurationError, loadConfiguration } from './accord-configuration.js';

const BASE = { DATABASE_URL: 'postgres://accord_app:pass@localhost:5432/accord', TEMPORAL_ADDRESS: '127.0.0.1:7233' };

describe('webhook settings', () => {
  it('keeps loopback out of reach and gives up after three days by default', () => {
    expect(loadConfiguration(BASE).webhooks).toMatchObject({ allowLoopback: false, giveUpAfterMs: 3 * 24 * 3_600_000 });
  });

  it('lets tests and development reach loopback when asked', () => {
    expect(loadConfiguration({ ...BASE, WEBHOOK_ALLOW_LOOPBACK: 'true' }).webhooks.allowLoopback).toBe(true);
  });

  it('refuses loopback in production', () => {
    expect(() => loadConfiguration({ ...BASE, WEBHOOK_ALLOW_LOOPBACK: 'true', NODE_ENV: 'production' })).toThrow(ConfigurationError);
    expect(() => loadConfiguration({ ...BASE, WEBHOOK_ALLOW_LOOPBACK: 'true', NODE_ENV: 'production' })).toThrow(/NODE_ENV=production/);
  });
});
