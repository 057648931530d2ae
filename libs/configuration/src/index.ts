export * from './accord-configuration.js';
export * from './configuration.module.js';
export * from './preflight.js';
export * from './web-configuration.js';
export * from './start-up-failure.js';
