import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  callInDecision,
  endorsePartnership,
  overrideCapacityCheck,
  recordCabinetDecision,
  recordScrutinyOutcome,
  sendBackPartnership,
  signPartnership,
} from '#workflows';
import { Authorize } from '../auth/authorize.decorator.js';
import { Actor, type RequestActor } from '../auth/current-principal.decorator.js';
import { Idempotent } from '../idempotency/idempotent.decorator.js';
import { IdempotencyKey } from '../idempotency/idempotency-key.decorator.js';
import { StageActionDto, StageActionResponse } from './dto/stage-action.dto.js';
import { ActionResponses } from './action-responses.js';
import { CabinetDecisionDto, CallInDto, OverrideCapacityDto, ScrutinyOutcomeDto } from './dto/workflow-actions.dto.js';
import { PartnershipsService } from './partnerships.service.js';
import { RecordIdParam } from '../validation/path-parameters.js';

/**
 * The workflow's human actions after submission. Each answers with the stage the workflow
 * decided, or 409 problem details saying why the action is not allowed now.
 */
@ApiTags('partnership workflow')
@Controller('api/v1/partnerships/:id/actions')
export class PartnershipActionsController {
  constructor(private readonly partnerships: PartnershipsService) {}

  @Post('endorse')
  @HttpCode(200)
  @Authorize({ roles: ['director', 'admin', 'integrator'], integratorScopes: ['partnerships:write'] })
  @Idempotent()
  @ApiOperation({ operationId: 'endorsePartnership', summary: 'Director of children’s services endorses: on to the capacity check' })
  @ActionResponses()
  async endorse(
    @RecordIdParam('id') id: string,
    @Body() dto: StageActionDto,
    @Actor() actor: RequestActor,
    @IdempotencyKey() key?: string,
  ): Promise<StageActionResponse> {
    return { partnershipId: id, ...(await this.partnerships.act(id, endorsePartnership, { comment: dto.comment }, actor, key)) };
  }

  @Post('send-back')
  @HttpCode(200)
  @Authorize({ roles: ['director', 'chief_executive', 'admin'] })
  @Idempotent()
  @ApiOperation({
    operationId: 'sendBackPartnership',
    summary: 'Send back to draft with comments (officer review, or a failed capacity check)',
  })
  @ActionResponses()
  async sendBack(
    @RecordIdParam('id') id: string,
    @Body() dto: StageActionDto,
    @Actor() actor: RequestActor,
    @IdempotencyKey() key?: string,
  ): Promise<StageActionResponse> {
    return { partnershipId: id, ...(await this.partnerships.act(id, sendBackPartnership, { comment: dto.comment }, actor, key)) };
  }

  @Post('override-capacity')
  @HttpCode(200)
  @Authorize({ roles: ['chief_executive'] })
  @Idempotent()
  @ApiOperation({
    operationId: 'overrideCapacityCheck',
    summary: 'Chief executive sends a failed capacity check on to Cabinet, with the reason recorded',
  })
  @ActionResponses()
  async overrideCapacity(
    @RecordIdParam('id') id: string,
    @Body() dto: OverrideCapacityDto,
    @Actor() actor: RequestActor,
    @IdempotencyKey() key?: string,
  ): Promise<StageActionResponse> {
    return {
      partnershipId: id,
      ...(await this.partnerships.act(id, overrideCapacityCheck, { reason: dto.reason, comment: dto.comment }, actor, key)),
    };
  }

  @Post('cabinet-decision')
  @HttpCode(200)
  @Authorize({ roles: ['democratic_services'] })
  @Idempotent()
  @ApiOperation({
    operationId: 'recordCabinetDecision',
    summary: 'Democratic services record the Cabinet decision: on to the call-in window, or sign-off when not subject to call-in',
  })
  @ActionResponses()
  async cabinetDecision(
    @RecordIdParam('id') id: string,
    @Body() dto: CabinetDecisionDto,
    @Actor() actor: RequestActor,
    @IdempotencyKey() key?: string,
  ): Promise<StageActionResponse> {
    return { partnershipId: id, ...(await this.partnerships.act(id, recordCabinetDecision, { decision: { ...dto } }, actor, key)) };
  }

  @Post('call-in')
  @HttpCode(200)
  @Authorize({ roles: ['scrutiny'] })
  @Idempotent()
  @ApiOperation({
    operationId: 'callInDecision',
    summary: 'Scrutiny calls the decision in within the call-in period, named members at least the council’s quorum',
  })
  @ActionResponses()
  async callIn(
    @RecordIdParam('id') id: string,
    @Body() dto: CallInDto,
    @Actor() actor: RequestActor,
    @IdempotencyKey() key?: string,
  ): Promise<StageActionResponse> {
    return {
      partnershipId: id,
      ...(await this.partnerships.act(id, callInDecision, { comment: dto.comment, members: dto.members }, actor, key)),
    };
  }

  @Post('scrutiny-outcome')
  @HttpCode(200)
  @Authorize({ roles: ['scrutiny'] })
  @Idempotent()
  @ApiOperation({ operationId: 'recordScrutinyOutcome', summary: 'Scrutiny releases the called-in decision, or refers it back to Cabinet' })
  @ActionResponses()
  async scrutinyOutcome(
    @RecordIdParam('id') id: string,
    @Body() dto: ScrutinyOutcomeDto,
    @Actor() actor: RequestActor,
    @IdempotencyKey() key?: string,
  ): Promise<StageActionResponse> {
    return {
      partnershipId: id,
      ...(await this.partnerships.act(id, recordScrutinyOutcome, { outcome: dto.outcome, comment: dto.comment }, actor, key)),
    };
  }

  @Post('sign')
  @HttpCode(200)
  @Authorize({ roles: ['chief_executive'] })
  @Idempotent()
  @ApiOperation({
    operationId: 'signPartnership',
    summary: 'A chief executive signs for their own council; when both have signed, the partnership is active',
  })
  @ActionResponses()
  async sign(
    @RecordIdParam('id') id: string,
    @Body() dto: StageActionDto,
    @Actor() actor: RequestActor,
    @IdempotencyKey() key?: string,
  ): Promise<StageActionResponse> {
    const councilCode = actor.principal.councilCode ?? '';
    return {
      partnershipId: id,
      ...(await this.partnerships.act(id, signPartnership, { councilCode, comment: dto.comment }, actor, key, 'lead_or_supported')),
    };
  }
}
