export * from './partnership-stage.js';
export * from './accord-error.js';
export * from './principal.js';
