import { Injectable } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Whether this instance is on its way out: from SIGTERM on, `/ready` answers 503 so the load
 * balancer stops routing here, and every answer closes its connection so no keep-alive
 * connection outlives the listener.
 */
@Injectable()
export class Draining {
  private started = false;

  begin(): void {
    this.started = true;
  }

  get active(): boolean {
    return this.started;
  }
}

/** Middleware: while draining, each response asks the client (the balancer) to close the connection after it. */
export function closeConnectionsWhileDraining(draining: Draining) {
  return (_request: IncomingMessage, response: ServerResponse, next: () => void): void => {
    if (draining.active) response.setHeader('connection', 'close');
    next();
  };
}
