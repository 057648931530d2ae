import type { NextFunction, Request, Response } from 'express';
import type { ApiMetrics } from './api-metrics.js';

/**
 * Times every request to its last byte, those the guard refuses included. The route is Express's
 * pattern (`/api/v1/partnerships/:id`), never the raw path, so ids do not multiply the series; a
 * request no route took is `unmatched`.
 */
export function timeRequests(metrics: ApiMetrics) {
  return (request: Request, response: Response, next: NextFunction): void => {
    const end = metrics.requestDuration.startTimer();
    response.on('finish', () => {
      const pattern = (request.route as { path?: string } | undefined)?.path;
      const route = pattern ? `${request.baseUrl}${pattern}` : 'unmatched';
      end({ method: request.method, route, status: String(response.statusCode) });
    });
    next();
  };
}
