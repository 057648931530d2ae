export * from './data-source-options.js';
export * from './entities.js';
export * from './migration-runner.js';
export * from './partnership-stage-change.entity.js';
export * from './partnership.entity.js';
export * from './persistence.module.js';
