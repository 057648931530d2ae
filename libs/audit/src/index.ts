export * from './audit-actor.js';
export * from './audit-trail.js';
