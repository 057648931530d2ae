import {
  AsyncLocalStorage,
  type ActivityInput,
  type Next,
  type UpdateInput,
  type WorkflowExecuteInput,
  type WorkflowInboundCallsInterceptor,
  type WorkflowInterceptorsFactory,
  type WorkflowOutboundCallsInterceptor,
  type LocalActivityInput,
  type SignalInput,
} from '@temporalio/workflow';
import type { Headers } from '@temporalio/common';

/** The header in which Temporal's OpenTelemetry interceptors carry a trace (`@temporalio/interceptors-opentelemetry`). */
const TRACE_HEADER = '_tracer-data';

/** The trace header of the call (the workflow's start, an update, a signal) whose code is running. */
const callerTrace = new AsyncLocalStorage<Headers>();

const traceOf = (headers: Headers): Headers => (headers[TRACE_HEADER] ? { [TRACE_HEADER]: headers[TRACE_HEADER] } : {});

/**
 * Carries the trace of whoever started the workflow or sent it an update or signal on to the
 * activities that call schedules, so an activity's span joins the HTTP request's trace.
 *
 * Not the SDK's own OpenTelemetry workflow interceptors: they open spans with awaits of their
 * own, which changes the order of commands in histories recorded without them (the replay test
 * fails with a nondeterminism error on a saved sign-off history). This only copies a header:
 * no awaits, no commands, so every shipped history still replays.
 */
class TraceContextInbound implements WorkflowInboundCallsInterceptor {
  execute(input: WorkflowExecuteInput, next: Next<WorkflowInboundCallsInterceptor, 'execute'>): Promise<unknown> {
    return callerTrace.run(traceOf(input.headers), () => next(input));
  }

  handleUpdate(input: UpdateInput, next: Next<WorkflowInboundCallsInterceptor, 'handleUpdate'>): Promise<unknown> {
    return callerTrace.run(traceOf(input.headers), () => next(input));
  }

  handleSignal(input: SignalInput, next: Next<WorkflowInboundCallsInterceptor, 'handleSignal'>): Promise<void> {
    return callerTrace.run(traceOf(input.headers), () => next(input));
  }
}

class TraceContextOutbound implements WorkflowOutboundCallsInterceptor {
  scheduleActivity(input: ActivityInput, next: Next<WorkflowOutboundCallsInterceptor, 'scheduleActivity'>): Promise<unknown> {
    return next({ ...input, headers: { ...input.headers, ...callerTrace.getStore() } });
  }

  scheduleLocalActivity(
    input: LocalActivityInput,
    next: Next<WorkflowOutboundCallsInterceptor, 'scheduleLocalActivity'>,
  ): Promise<unknown> {
    return next({ ...input, headers: { ...input.headers, ...callerTrace.getStore() } });
  }
}

export const interceptors: WorkflowInterceptorsFactory = () => ({
  inbound: [new TraceContextInbound()],
  outbound: [new TraceContextOutbound()],
});
