// Three tiers: unit (pure logic, no I/O), integration (real PostgreSQL and Temporal),
// e2e (the whole app over HTTP). The stack comes up once, only when a tier that needs it runs.
const common = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  // Libraries by name (package.json "imports"), and relative .js specifiers to their TypeScript sources.
  moduleNameMapper: { '^#([a-z-]+)$': '<rootDir>/libs/$1/src/index.ts', '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }] },
};

const withStack = {
  globalSetup: '<rootDir>/test/support/global-setup.mjs',
  globalTeardown: '<rootDir>/test/support/global-teardown.mjs',
};

export default {
  // Per-project testTimeout is ignored by Jest; this covers the tiers that start processes.
  testTimeout: 120_000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/{libs,apps,docker,docs,scripts}/**/*.spec.ts'] },
    {
      ...common,
      ...withStack,
      displayName: 'integration',
      testMatch: ['<rootDir>/{libs,apps}/**/*.integration-spec.ts'],
      testTimeout: 60_000,
    },
    { ...common, ...withStack, displayName: 'e2e', testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'] },
  ],
};
