import { isGrpcServiceError } from '@temporalio/client';

// gRPC status UNAVAILABLE: the frontend could not be reached (refused, reset, restarting).
const GRPC_UNAVAILABLE = 14;

/** True when the error, or one it wraps, says the Temporal frontend could not be reached. */
export function isTemporalUnreachable(error: unknown): boolean {
  for (let current = error, depth = 0; current instanceof Error && depth < 5; current = current.cause, depth += 1) {
    if (isGrpcServiceError(current) && current.code === GRPC_UNAVAILABLE) return true;
  }
  return false;
}
