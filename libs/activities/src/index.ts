export * from './activities.module.js';
export * from './active-life.activities.js';
export * from './final-failure.js';
export * from './partnership-mirror.service.js';
export * from './partnership.activities.js';
export * from './approval.activities.js';
export * from './secondment.activities.js';
export * from './sign-off.activities.js';
