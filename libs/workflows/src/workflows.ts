// The entry the worker bundles: every function exported here is registered as a workflow type.
export { partnershipWorkflow } from './partnership.workflow.js';
export { webhookDeliveryWorkflow } from './webhook-delivery.workflow.js';
