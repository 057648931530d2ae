export * from './partnership-stage.js';
export * from './accord-error.js';
