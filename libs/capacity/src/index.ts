export * from './capacity-data.js';
export * from './capacity.module.js';
export * from './capacity.service.js';
export * from './secondment-booking.service.js';
export * from './portfolio.js';
export * from './council-capacity-spans.js';
