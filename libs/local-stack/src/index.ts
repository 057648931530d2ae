export * from './embedded-database.js';
export * from './embedded-database-cannot-run.js';
export { removeEmbeddedDatabaseFiles, SHARED_CLUSTERS_FOLDER } from './postgres-cluster-folder.js';
export { postgresRunsAsAnotherUser } from './postgres-server-user.js';
export { SHARED_POSTGRES_FOLDER } from './shared-postgres-folder.js';
export * from './temporal-binaries.js';
export * from './temporal-dev-server.js';
export * from './time-skipping-search-attributes.js';
export * from './schemathesis.js';
