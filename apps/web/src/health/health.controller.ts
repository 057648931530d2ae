import { Controller, Get } from '@nestjs/common';

/** Liveness: the process answers. It needs no session, so it makes none. */
@Controller()
export class HealthController {
  @Get('health')
  health(): { status: 'ok' } {
    return { status: 'ok' };
  }
}
