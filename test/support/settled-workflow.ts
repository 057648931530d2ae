import type { Client, WorkflowExecutionDescription } from '@temporalio/client';
import { partnershipWorkflowId } from '#workflows';
import { eventually } from './eventually.js';

/**
 * The partnership's workflow once it has nothing in flight (no workflow task, no activity), so
 * that only a new action could change its history. Fails at once when an activity is being
 * retried: a write that cannot succeed must fail once, not loop.
 */
export async function settledWorkflow(temporal: Client, partnershipId: string): Promise<WorkflowExecutionDescription> {
  const handle = temporal.workflow.getHandle(partnershipWorkflowId(partnershipId));
  return eventually(
    () => handle.describe(),
    ({ raw }) => {
      const pending = raw.pendingActivities ?? [];
      const retried = pending.filter((activity) => (activity.attempt ?? 1) > 1);
      if (retried.length > 0) throw new Error(`partnership ${partnershipId}: activities retried: ${JSON.stringify(retried)}`);
      return !raw.pendingWorkflowTask && pending.length === 0;
    },
    `the workflow of partnership ${partnershipId} to settle`,
  );
}
