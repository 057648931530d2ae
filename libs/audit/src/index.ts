export * from './audit-actor.js';
export * from './audit-trail.js';
export * from './audit-actions.js';
