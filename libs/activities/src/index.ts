export * from './activities.module.js';
export * from './partnership-mirror.service.js';
export * from './partnership.activities.js';
export * from './partnership-steps.service.js';
