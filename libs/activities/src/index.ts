export * from './activities.module.js';
export * from './partnership-mirror.service.js';
export * from './partnership.activities.js';
