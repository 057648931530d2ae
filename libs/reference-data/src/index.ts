export * from './councils.js';
export * from './seed-councils.js';
export * from './demo-data.js';
export * from './demo-story.js';
export * from './demo-workforce.js';
export * from './demo-walk.js';
