import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { DOMAIN_EVENT_TYPES, type DomainEventType } from '#domain';
import type { DomainEvent } from '#events';

@ApiSchema({ description: 'The record a domain event is about' })
class EventSubject {
  @ApiProperty({
    example: 'partnership',
    description: 'The kind of record the event is about: `partnership`, `decision_record`, `secondment` or `council`',
  })
  type!: string;

  @ApiProperty({ example: '0d6f9f3e-3f2a-4d55-9a3c-5b7d0f4f1e21', description: 'Its id (a GSS code for a council)' })
  id!: string;
}

@ApiSchema({
  description:
    'One domain event an integrator reacts to (a partnership’s stage changed, a decision recorded, a secondment booked, …), as the feed lists it and a webhook delivers it',
})
export class DomainEventResponse {
  @ApiProperty({ example: '1287', description: 'Unique id of the event; webhooks send it as `webhook-id`' })
  id!: string;

  @ApiProperty({
    enum: DOMAIN_EVENT_TYPES,
    example: 'partnership.stage_changed',
    description: 'What happened, as `<record>.<event>`; the type decides the fields of `data`',
  })
  type!: DomainEventType;

  @ApiProperty({ format: 'date-time', description: 'When the change was made (its transaction began)' })
  occurredAt!: string;

  @ApiProperty({ example: ['E10000014', 'E10000002'], description: 'Councils whose integrators receive the event' })
  councilCodes!: string[];

  @ApiProperty({ type: EventSubject, description: 'The record the event is about' })
  subject!: EventSubject;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    example: { partnershipId: '0d6f9f3e-3f2a-4d55-9a3c-5b7d0f4f1e21', from: 'sign_off', to: 'active' },
    description: 'What changed; its fields depend on the type',
  })
  data!: Record<string, unknown>;

  static from(event: DomainEvent): DomainEventResponse {
    return {
      id: event.id,
      type: event.type,
      occurredAt: event.occurredAt,
      councilCodes: event.councilCodes,
      subject: event.subject,
      data: event.data,
    };
  }
}

@ApiSchema({ description: 'One page of the event feed, oldest first, with the cursor to read on from' })
export class DomainEventPage {
  @ApiProperty({ type: [DomainEventResponse], description: 'Oldest first; an empty page means nothing new yet' })
  items!: DomainEventResponse[];

  @ApiProperty({
    example: 'djEuNzUwLjA',
    description: 'Send as `after` to read on; it never passes an event not yet delivered, so polling with it misses nothing',
  })
  next!: string;
}
