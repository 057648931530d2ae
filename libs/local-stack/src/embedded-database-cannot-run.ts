/**
 * The embedded PostgreSQL cannot run on this machine as it stands (no `postgres` user can be
 * made, /var/tmp cannot hold what that user must reach, …). The message is one line saying
 * what to do: `npm start` and `npm test` print it and stop.
 */
export class EmbeddedDatabaseCannotRun extends Error {}
