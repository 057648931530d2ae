import { DevelopmentIdentityProvider } from './development-identity-provider.js';

describe('the development identity provider', () => {
  const original = process.env.NODE_ENV;
  afterEach(() => {
    process.env.NODE_ENV = original;
  });

  it('refuses to start in production', async () => {
    process.env.NODE_ENV = 'production';
    const provider = new DevelopmentIdentityProvider({ port: 0, people: [], clients: [], audience: 'urn:accord:api' });
    await expect(provider.start()).rejects.toThrow(/does not run with NODE_ENV=production/);
  });
});
