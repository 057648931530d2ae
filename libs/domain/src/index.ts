export * from './partnership-stage.js';
export * from './accord-error.js';
export * from './principal.js';
export * from './bank-holidays.js';
export * from './working-days.js';
export * from './staff-capacity/index.js';
export * from './next-action.js';
