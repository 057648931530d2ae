import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuditEventResponse } from '../audit-events/audit-event.response.js';
import { Operation } from '../auth/operation.decorator.js';
import { Actor, type RequestActor } from '../auth/current-principal.decorator.js';
import { Idempotent } from '../idempotency/idempotent.decorator.js';
import { IdempotencyKey } from '../idempotency/idempotency-key.decorator.js';
import { problemResponse } from '../problem-details/problem-response.js';
import { CreatePartnershipDto } from './dto/create-partnership.dto.js';
import { ListPartnershipsQuery } from './dto/list-partnerships.query.js';
import { PartnershipDetailResponse } from './dto/partnership-detail.response.js';
import { PartnershipPage, PartnershipResponse } from './dto/partnership.response.js';
import { UpdatePartnershipDto } from './dto/update-partnership.dto.js';
import { PartnershipDetailService } from './partnership-detail.service.js';
import { PartnershipsService } from './partnerships.service.js';
import { RecordIdParam } from '../validation/path-parameters.js';

const notFound = problemResponse('No partnership has this id');

@ApiTags('partnerships')
@Controller('api/v1/partnerships')
export class PartnershipsController {
  constructor(
    private readonly partnerships: PartnershipsService,
    private readonly detail: PartnershipDetailService,
  ) {}

  @Post()
  @Operation('createPartnership', {
    summary: 'Create a draft partnership led by your council and start its workflow',
    description:
      'Drafts a partnership led by your council and starts its workflow. Chief executives, directors, admins and integrators (partnerships:write) of the lead council; 422 when the councils or dates are refused.',
  })
  @Idempotent()
  @ApiCreatedResponse({ type: PartnershipResponse, description: 'The draft partnership, at version 1' })
  async create(
    @Body() dto: CreatePartnershipDto,
    @Actor() actor: RequestActor,
    @IdempotencyKey() idempotencyKey?: string,
  ): Promise<PartnershipResponse> {
    return PartnershipResponse.from(await this.partnerships.create(dto, actor, idempotencyKey));
  }

  @Get()
  @Operation('listPartnerships', {
    summary: 'List the partnerships your council leads or receives, newest first',
    description:
      'Lists the partnerships your council leads or receives, newest first, filtered by stage or council. Any role (integrators need partnerships:read); commissioners and admins see every council’s.',
  })
  @ApiOkResponse({ type: PartnershipPage, description: 'One page of partnerships' })
  async list(@Query() query: ListPartnershipsQuery, @Actor() actor: RequestActor): Promise<PartnershipPage> {
    const { items, total } = await this.partnerships.list(query, actor.principal);
    return { items: items.map(PartnershipResponse.from), total, limit: query.limit, offset: query.offset };
  }

  @Get(':id')
  @Operation('getPartnership', {
    summary: 'Read one partnership: its stage, who must act next and by when, its decision record, due dates and timeline',
    description:
      'Reads one partnership: its stage, who must act next and by when, its decision record, due dates and timeline. Any role, for a partnership their council leads or receives (integrators need partnerships:read); any other answers 404.',
  })
  @ApiOkResponse({ type: PartnershipDetailResponse, description: 'The partnership in full' })
  @ApiNotFoundResponse(notFound)
  async get(@RecordIdParam('id') id: string, @Actor() actor: RequestActor): Promise<PartnershipDetailResponse> {
    return this.detail.detail(id, actor.principal);
  }

  @Get(':id/timeline')
  @Operation('getPartnershipTimeline', {
    summary: 'Everything that happened to the partnership, oldest first, with who did it',
    description:
      'Lists everything that happened to the partnership, oldest first, with who did it. Any role, for a partnership their council leads or receives (integrators need partnerships:read).',
  })
  @ApiOkResponse({ type: [AuditEventResponse], description: 'The partnership’s audit events' })
  @ApiNotFoundResponse(notFound)
  async timeline(@RecordIdParam('id') id: string, @Actor() actor: RequestActor): Promise<AuditEventResponse[]> {
    return (await this.partnerships.timeline(id, actor.principal)).map(AuditEventResponse.from);
  }

  @Patch(':id')
  @Operation('updatePartnership', {
    summary: 'Edit a draft’s terms, given the version you read (lead council)',
    description:
      'Edits a draft’s terms. Send the version you read: a partnership changed since, or no longer a draft, answers 409. Chief executives, directors, admins and integrators (partnerships:write) of the lead council.',
  })
  @ApiOkResponse({ type: PartnershipResponse, description: 'The draft as changed, at the new version' })
  @ApiNotFoundResponse(notFound)
  @ApiConflictResponse(problemResponse('The partnership changed since you read it, or is no longer a draft'))
  async update(
    @RecordIdParam('id') id: string,
    @Body() dto: UpdatePartnershipDto,
    @Actor() actor: RequestActor,
  ): Promise<PartnershipResponse> {
    return PartnershipResponse.from(await this.partnerships.update(id, dto, actor));
  }
}
