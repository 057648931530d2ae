import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, type RequestActor } from '../auth/current-principal.decorator.js';
import { Operation } from '../auth/operation.decorator.js';
import { InboxResponse } from './inbox.response.js';
import { InboxService } from './inbox.service.js';

@ApiTags('inbox')
@Controller('api/v1/inbox')
export class InboxController {
  constructor(private readonly inbox: InboxService) {}

  @Get()
  @Operation('listInbox', {
    summary: 'What awaits you: every action waiting on you across partnerships, soonest due first',
    description:
      'Lists every action waiting on the caller across partnerships, soonest due first, with the due day, the England and Wales ' +
      'working days left and an overdue flag: endorse (directors), decide after a failed capacity check (chief executives and ' +
      'directors), record the Cabinet decision (democratic services), call in or record the scrutiny outcome (scrutiny, while the ' +
      'call-in window is open), sign (chief executives whose council has not signed in this round), record a review that is due ' +
      '(chief executives, directors, and commissioners for every council), and for HR the secondments to approve or start. ' +
      'Each item agrees with the partnership’s `nextAction`. Read from the database, for the caller’s own council; any person ' +
      '(admins, who act for no one in particular, get an empty inbox).',
  })
  @ApiOkResponse({ type: InboxResponse, description: 'The caller’s inbox' })
  async list(@Actor() actor: RequestActor): Promise<InboxResponse> {
    return this.inbox.inboxOf(actor.principal);
  }
}
