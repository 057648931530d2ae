export * from './access-token-verifier.js';
export * from './identity.module.js';
export * from './people-by-identity.js';
export * from './person-refused.js';
export * from './refused-token.js';
export * from './verified-identity.js';
