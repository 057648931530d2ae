export * from './activity-tracing.js';
export * from './request-spans.js';
export * from './trace-of-request.js';
export * from './tracing.js';
