import { OpenTelemetryActivityInboundInterceptor, OpenTelemetryActivityOutboundInterceptor } from '@temporalio/interceptors-opentelemetry';
import type { ActivityInterceptorsFactory } from '@temporalio/worker';

/**
 * A span around each activity run (`RunActivity:<type>`), continuing the trace its workflow
 * passed on in the activity's headers; activity log lines carry its ids. A no-op while the
 * process does not trace.
 */
export const activityTracing: ActivityInterceptorsFactory = (activityContext) => ({
  inbound: new OpenTelemetryActivityInboundInterceptor(activityContext),
  outbound: new OpenTelemetryActivityOutboundInterceptor(activityContext),
});
