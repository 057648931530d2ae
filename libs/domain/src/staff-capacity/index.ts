export * from './date-range.js';
export * from './capacity-check.js';
export * from './milli-fte.js';
export * from './seconded-load.js';
export * from './team-timeline.js';
export * from './timeline-summary.js';
export * from './secondment-days.js';
export * from './capacity-finding.js';
