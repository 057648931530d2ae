export * from './embedded-database.js';
export * from './postgres-user-access.js';
export * from './temporal-binaries.js';
export * from './temporal-dev-server.js';
export * from './time-skipping-search-attributes.js';
export * from './schemathesis.js';
