export * from './councils.js';
export * from './seed-councils.js';
export * from './demo-data.js';
