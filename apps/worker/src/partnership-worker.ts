import type { INestApplicationContext } from '@nestjs/common';
import { NativeConnection, Worker } from '@temporalio/worker';
import {
  ActiveLifeActivities,
  createPartnershipActivities,
  PartnershipMirrorService,
  ApprovalActivities,
  SecondmentActivities,
  SignOffActivities,
  WebhookDeliveryActivityService,
} from '#activities';
import { ACCORD_CONFIGURATION, type AccordConfiguration } from '#configuration';
import { activityTracing } from '#tracing';
import { workflowSource } from './workflow-source.js';

export interface PartnershipWorker {
  worker: Worker;
  connection: NativeConnection;
}

/** Builds the Temporal worker over the Nest context's services; the caller runs and stops it. */
export async function createPartnershipWorker(context: INestApplicationContext): Promise<PartnershipWorker> {
  const config = context.get<AccordConfiguration>(ACCORD_CONFIGURATION);
  const connection = await NativeConnection.connect({ address: config.temporal.address });
  try {
    const source = workflowSource(config.temporal.workflowBundlePath);
    const worker = await Worker.create({
      connection,
      namespace: config.temporal.namespace,
      taskQueue: config.temporal.taskQueue,
      ...source,
      activities: partnershipActivitiesOf(context),
      // The workflow interceptors come with the workflow code; each activity's span is added here.
      interceptors: { ...('interceptors' in source && source.interceptors), activity: [activityTracing] },
      // Partnerships live for years; bound the cache so memory does not grow with the portfolio.
      maxCachedWorkflows: config.workerMaxCachedWorkflows,
      shutdownGraceTime: '10 seconds',
    });
    return { worker, connection };
  } catch (error) {
    await connection.close();
    throw error;
  }
}

/** The activity functions over the services of a Nest context (the worker's, or a test's). */
export function partnershipActivitiesOf(context: INestApplicationContext) {
  return {
    ...createPartnershipActivities({
      mirror: context.get(PartnershipMirrorService),
      approval: context.get(ApprovalActivities),
      signOff: context.get(SignOffActivities),
      secondments: context.get(SecondmentActivities),
      activeLife: context.get(ActiveLifeActivities),
    }),
    ...context.get(WebhookDeliveryActivityService).activities(),
  };
}
