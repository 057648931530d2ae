export { partnershipWorkflow } from './partnership.workflow.js';
