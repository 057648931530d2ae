// What clients of the partnership workflow need: its Updates, queries, ids, search attributes and
// activity contract. The workflow code itself is bundled from workflows.ts.
export * from './partnership.contract.js';
export * from './partnership.search-attributes.js';
export * from './webhook-delivery.contract.js';
