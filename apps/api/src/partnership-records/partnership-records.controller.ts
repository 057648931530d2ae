import { Body, Controller, Get, Patch, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Operation } from '../auth/operation.decorator.js';
import { Actor, type RequestActor } from '../auth/current-principal.decorator.js';
import { Idempotent } from '../idempotency/idempotent.decorator.js';
import { IdempotencyKey } from '../idempotency/idempotency-key.decorator.js';
import { problemResponse } from '../problem-details/problem-response.js';
import { PartnershipRecordsService } from './partnership-records.service.js';
import { CreateReviewDto, ReviewResponse } from './review.dto.js';
import { CreateRiskDto, RiskResponse, UpdateRiskDto } from './risk.dto.js';
import { RecordIdParam } from '../validation/path-parameters.js';

const notFound = problemResponse('No partnership (or risk) has this id');

@ApiTags('partnerships')
@Controller('api/v1/partnerships/:partnershipId')
export class PartnershipRecordsController {
  constructor(private readonly records: PartnershipRecordsService) {}

  @Get('risks')
  @Operation('listPartnershipRisks', {
    summary: 'The partnership’s risk register',
    description:
      'Lists the risk register of a partnership. Any role may read it, for a partnership their council leads or receives (integrators need partnerships:read); any other partnership answers 404.',
  })
  @ApiOkResponse({ type: [RiskResponse], description: 'The partnership’s risks' })
  @ApiNotFoundResponse(notFound)
  async risks(@RecordIdParam('partnershipId') partnershipId: string, @Actor() actor: RequestActor): Promise<RiskResponse[]> {
    return (await this.records.risks(partnershipId, actor)).map(RiskResponse.from);
  }

  @Post('risks')
  @Operation('addPartnershipRisk', {
    summary: 'Add a risk to the register (lead council)',
    description:
      'Adds a risk to the partnership’s risk register. Chief executives, directors, admins and integrators (partnerships:write) of the lead council only; the supported council gets 403.',
  })
  @Idempotent()
  @ApiCreatedResponse({ type: RiskResponse, description: 'The risk added, at version 1' })
  @ApiNotFoundResponse(notFound)
  async addRisk(
    @RecordIdParam('partnershipId') partnershipId: string,
    @Body() dto: CreateRiskDto,
    @Actor() actor: RequestActor,
  ): Promise<RiskResponse> {
    return RiskResponse.from(await this.records.addRisk(partnershipId, dto, actor));
  }

  @Get('risks/:riskId')
  @Operation('getPartnershipRisk', {
    summary: 'One risk of the partnership’s register, with the version to send when re-rating it',
    description:
      'Reads one risk of the register. Any role, for a partnership their council leads or receives (integrators need partnerships:read); a risk of another partnership answers 404.',
  })
  @ApiOkResponse({ type: RiskResponse, description: 'The risk as it stands' })
  @ApiNotFoundResponse(notFound)
  async risk(
    @RecordIdParam('partnershipId') partnershipId: string,
    @RecordIdParam('riskId') riskId: string,
    @Actor() actor: RequestActor,
  ): Promise<RiskResponse> {
    return RiskResponse.from(await this.records.risk(partnershipId, riskId, actor));
  }

  @Patch('risks/:riskId')
  @Operation('updatePartnershipRisk', {
    summary: 'Re-rate or re-mitigate a risk, given the version you read (lead council)',
    description:
      'Changes a risk’s rating, mitigation or owner. Send the version you read: a risk changed since answers 409. Chief executives, directors, admins and integrators (partnerships:write) of the lead council only.',
  })
  @ApiOkResponse({ type: RiskResponse, description: 'The risk as changed, at its new version' })
  @ApiNotFoundResponse(notFound)
  @ApiConflictResponse(problemResponse('The risk changed since you read it'))
  async updateRisk(
    @RecordIdParam('partnershipId') partnershipId: string,
    @RecordIdParam('riskId') riskId: string,
    @Body() dto: UpdateRiskDto,
    @Actor() actor: RequestActor,
  ): Promise<RiskResponse> {
    return RiskResponse.from(await this.records.updateRisk(partnershipId, riskId, dto, actor));
  }

  @Get('reviews')
  @Operation('listPartnershipReviews', {
    summary: 'Reviews of the partnership, oldest first',
    description:
      'Lists the reviews recorded for a partnership, oldest first. Any role, for a partnership their council leads or receives (integrators need partnerships:read).',
  })
  @ApiOkResponse({ type: [ReviewResponse], description: 'The partnership’s reviews' })
  @ApiNotFoundResponse(notFound)
  async reviews(@RecordIdParam('partnershipId') partnershipId: string, @Actor() actor: RequestActor): Promise<ReviewResponse[]> {
    return (await this.records.reviews(partnershipId, actor)).map(ReviewResponse.from);
  }

  @Post('reviews')
  @Operation('recordPartnershipReview', {
    summary: 'Record a review of an active partnership with its RAG rating (as the record-review action; answers the review)',
    description:
      'Records a periodic or commissioner review with its RAG rating, through the partnership’s workflow, and answers the review. Commissioners, chief executives, directors and admins of either council. 409 when the partnership is not active or under review.',
  })
  @Idempotent()
  @ApiCreatedResponse({ type: ReviewResponse, description: 'The review recorded' })
  @ApiNotFoundResponse(notFound)
  @ApiConflictResponse(problemResponse('The partnership is not active or under review'))
  @ApiUnprocessableEntityResponse(problemResponse('The review cannot be recorded as given (a date in the future, no findings)'))
  async addReview(
    @RecordIdParam('partnershipId') partnershipId: string,
    @Body() dto: CreateReviewDto,
    @Actor() actor: RequestActor,
    @IdempotencyKey() idempotencyKey?: string,
  ): Promise<ReviewResponse> {
    return ReviewResponse.from(await this.records.addReview(partnershipId, dto, actor, idempotencyKey));
  }
}
