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
  })
  @Idempotent()
  @ApiCreatedResponse({ type: PartnershipResponse })
  async create(
    @Body() dto: CreatePartnershipDto,
    @Actor() actor: RequestActor,
    @IdempotencyKey() idempotencyKey?: string,
  ): Promise<PartnershipResponse> {
    return PartnershipResponse.from(await this.partnerships.create(dto, actor, idempotencyKey));
  }

  @Get()
  @Operation('listPartnerships', { summary: 'List the partnerships your council leads or receives, newest first' })
  @ApiOkResponse({ type: PartnershipPage })
  async list(@Query() query: ListPartnershipsQuery, @Actor() actor: RequestActor): Promise<PartnershipPage> {
    const { items, total } = await this.partnerships.list(query, actor.principal);
    return { items: items.map(PartnershipResponse.from), total, limit: query.limit, offset: query.offset };
  }

  @Get(':id')
  @Operation('getPartnership', {
    summary: 'Read one partnership: its stage, who must act next and by when, its decision record, due dates and timeline',
  })
  @ApiOkResponse({ type: PartnershipDetailResponse })
  @ApiNotFoundResponse(notFound)
  async get(@RecordIdParam('id') id: string, @Actor() actor: RequestActor): Promise<PartnershipDetailResponse> {
    return this.detail.detail(id, actor.principal);
  }

  @Get(':id/timeline')
  @Operation('getPartnershipTimeline', {
    summary: 'Everything that happened to the partnership, oldest first, with who did it',
  })
  @ApiOkResponse({ type: [AuditEventResponse] })
  @ApiNotFoundResponse(notFound)
  async timeline(@RecordIdParam('id') id: string, @Actor() actor: RequestActor): Promise<AuditEventResponse[]> {
    return (await this.partnerships.timeline(id, actor.principal)).map(AuditEventResponse.from);
  }

  @Patch(':id')
  @Operation('updatePartnership', { summary: 'Edit a draft’s terms, given the version you read (lead council)' })
  @ApiOkResponse({ type: PartnershipResponse })
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
