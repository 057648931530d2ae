export * from './decision-record.types.js';
export * from './decision-records.service.js';
export * from './decisions.module.js';
