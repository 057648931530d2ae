export * from './partnership-workflow.client.js';
export * from './temporal-client.module.js';
export * from './temporal-client.tokens.js';
export * from './webhook-delivery.client.js';
