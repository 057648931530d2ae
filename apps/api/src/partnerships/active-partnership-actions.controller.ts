import { Body, Controller, Headers, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ACCESS_POLICY } from '../auth/access-policy.js';
import { Operation } from '../auth/operation.decorator.js';
import { Actor, type RequestActor } from '../auth/current-principal.decorator.js';
import { Idempotent } from '../idempotency/idempotent.decorator.js';
import { CreateReviewDto } from '../partnership-records/review.dto.js';
import { ActionResponses } from './action-responses.js';
import { RecordedReviewResponse, StageActionResponse } from './dto/stage-action.dto.js';
import { RequestExitDto } from './dto/workflow-actions.dto.js';
import { PartnershipActiveLifeService } from './partnership-active-life.service.js';
import { RecordIdParam } from '../validation/path-parameters.js';

/** Actions on an active partnership: reviews, and the requests that end it. */
@ApiTags('partnership workflow')
@Controller('api/v1/partnerships/:id/actions')
export class ActivePartnershipActionsController {
  constructor(private readonly activeLife: PartnershipActiveLifeService) {}

  @Post('request-exit')
  @HttpCode(200)
  @Operation('requestPartnershipExit', {
    summary:
      'End an active partnership: on improvement or a long-term solution (either council or the commissioner), or on notice from the ' +
      'lead council with an optional hand-back period; secondments then end and capacity returns',
    description: [
      'What each trigger changes besides the partnership:',
      '',
      '- `improved` changes **more than the partnership**: the `reinspection` is required (422 without it). The re-inspection’s ' +
        'judgement becomes the supported council’s Ofsted judgement (`GET /api/v1/councils/{code}` shows it, no longer illustrative; ' +
        'a later judgement already on record is kept), and the statutory direction of the intervention linked to the partnership ' +
        'is recorded as lifted on `directionLiftedOn` (`GET /api/v1/interventions/{id}`). The judgement must be requires ' +
        'improvement or better, and both dates must have passed. The timeline shows each change as its own event ' +
        '(`partnership.supported_council_rejudged`, `partnership.direction_lifted`) with what it replaced.',
      '- `long_term_solution` ends the partnership only.',
      '- `notice` (the default; the lead council’s chief executive only) may carry `handBackUntil`: the partnership stays ' +
        '`exiting` and its secondments run until that day.',
      '',
      'In every case the secondments under way end (on the hand-back’s last day, or today), those not started are cancelled, and ' +
        'the partnership completes.',
    ].join('\n'),
  })
  @Idempotent()
  @ActionResponses()
  async requestExit(
    @RecordIdParam('id') id: string,
    @Body() dto: RequestExitDto,
    @Actor() actor: RequestActor,
    @Headers('idempotency-key') key?: string,
  ): Promise<StageActionResponse> {
    return { partnershipId: id, ...(await this.activeLife.requestExit(id, dto, actor, key)) };
  }

  @Post('record-review')
  @HttpCode(200)
  @Operation('recordReviewAction', {
    summary: 'Record a periodic or commissioner review of an active partnership; a review that was due makes it active again',
  })
  @Idempotent()
  @ActionResponses(RecordedReviewResponse)
  async recordReview(
    @RecordIdParam('id') id: string,
    @Body() dto: CreateReviewDto,
    @Actor() actor: RequestActor,
    @Headers('idempotency-key') key?: string,
  ): Promise<RecordedReviewResponse> {
    return { partnershipId: id, ...(await this.activeLife.recordReview(id, dto, actor, ACCESS_POLICY.recordReviewAction, key)) };
  }
}
