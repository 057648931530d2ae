export * from './domain-event.js';
export * from './event-cursor.js';
export * from './event-feed.js';
export * from './secondment-events.js';
export * from './outbound-address.js';
export * from './webhook-sender.js';
export * from './webhook-signature.js';
