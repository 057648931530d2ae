export * from './access.module.js';
export * from './api-key-secret.js';
export * from './api-keys.service.js';
export * from './first-admin.js';
