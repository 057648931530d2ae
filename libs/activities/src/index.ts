export * from './activities.module.js';
export * from './active-life-steps.service.js';
export * from './final-failure.js';
export * from './partnership-mirror.service.js';
export * from './partnership.activities.js';
export * from './partnership-steps.service.js';
export * from './secondment-steps.service.js';
export * from './sign-off-steps.service.js';
