import { Body, Controller, Headers, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  callInDecision,
  endorsePartnership,
  overrideCapacityCheck,
  recordCabinetDecision,
  recordScrutinyOutcome,
  sendBackPartnership,
  signPartnership,
} from '#workflows';
import { ACCESS_POLICY } from '../auth/access-policy.js';
import { Operation } from '../auth/operation.decorator.js';
import { Actor, type RequestActor } from '../auth/current-principal.decorator.js';
import { Idempotent } from '../idempotency/idempotent.decorator.js';
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
  @Operation('endorsePartnership', { summary: 'Director of children’s services endorses: on to the capacity check' })
  @Idempotent()
  @ActionResponses()
  async endorse(
    @RecordIdParam('id') id: string,
    @Body() dto: StageActionDto,
    @Actor() actor: RequestActor,
    @Headers('idempotency-key') key?: string,
  ): Promise<StageActionResponse> {
    return {
      partnershipId: id,
      ...(await this.partnerships.act(id, endorsePartnership, { comment: dto.comment }, actor, ACCESS_POLICY.endorsePartnership, key)),
    };
  }

  @Post('send-back')
  @HttpCode(200)
  @Operation('sendBackPartnership', {
    summary: 'Send back to draft with comments (officer review, or a failed capacity check)',
  })
  @Idempotent()
  @ActionResponses()
  async sendBack(
    @RecordIdParam('id') id: string,
    @Body() dto: StageActionDto,
    @Actor() actor: RequestActor,
    @Headers('idempotency-key') key?: string,
  ): Promise<StageActionResponse> {
    return {
      partnershipId: id,
      ...(await this.partnerships.act(id, sendBackPartnership, { comment: dto.comment }, actor, ACCESS_POLICY.sendBackPartnership, key)),
    };
  }

  @Post('override-capacity')
  @HttpCode(200)
  @Operation('overrideCapacityCheck', {
    summary: 'Chief executive sends a failed capacity check on to Cabinet, with the reason recorded',
  })
  @Idempotent()
  @ActionResponses()
  async overrideCapacity(
    @RecordIdParam('id') id: string,
    @Body() dto: OverrideCapacityDto,
    @Actor() actor: RequestActor,
    @Headers('idempotency-key') key?: string,
  ): Promise<StageActionResponse> {
    return {
      partnershipId: id,
      ...(await this.partnerships.act(
        id,
        overrideCapacityCheck,
        { reason: dto.reason, comment: dto.comment },
        actor,
        ACCESS_POLICY.overrideCapacityCheck,
        key,
      )),
    };
  }

  @Post('cabinet-decision')
  @HttpCode(200)
  @Operation('recordCabinetDecision', {
    summary: 'Democratic services record the Cabinet decision: on to the call-in window, or sign-off when not subject to call-in',
  })
  @Idempotent()
  @ActionResponses()
  async cabinetDecision(
    @RecordIdParam('id') id: string,
    @Body() dto: CabinetDecisionDto,
    @Actor() actor: RequestActor,
    @Headers('idempotency-key') key?: string,
  ): Promise<StageActionResponse> {
    return {
      partnershipId: id,
      ...(await this.partnerships.act(
        id,
        recordCabinetDecision,
        { decision: { ...dto } },
        actor,
        ACCESS_POLICY.recordCabinetDecision,
        key,
      )),
    };
  }

  @Post('call-in')
  @HttpCode(200)
  @Operation('callInDecision', {
    summary: 'Scrutiny calls the decision in within the call-in period, named members at least the council’s quorum',
  })
  @Idempotent()
  @ActionResponses()
  async callIn(
    @RecordIdParam('id') id: string,
    @Body() dto: CallInDto,
    @Actor() actor: RequestActor,
    @Headers('idempotency-key') key?: string,
  ): Promise<StageActionResponse> {
    return {
      partnershipId: id,
      ...(await this.partnerships.act(
        id,
        callInDecision,
        { comment: dto.comment, members: dto.members },
        actor,
        ACCESS_POLICY.callInDecision,
        key,
      )),
    };
  }

  @Post('scrutiny-outcome')
  @HttpCode(200)
  @Operation('recordScrutinyOutcome', { summary: 'Scrutiny releases the called-in decision, or refers it back to Cabinet' })
  @Idempotent()
  @ActionResponses()
  async scrutinyOutcome(
    @RecordIdParam('id') id: string,
    @Body() dto: ScrutinyOutcomeDto,
    @Actor() actor: RequestActor,
    @Headers('idempotency-key') key?: string,
  ): Promise<StageActionResponse> {
    return {
      partnershipId: id,
      ...(await this.partnerships.act(
        id,
        recordScrutinyOutcome,
        { outcome: dto.outcome, comment: dto.comment },
        actor,
        ACCESS_POLICY.recordScrutinyOutcome,
        key,
      )),
    };
  }

  @Post('sign')
  @HttpCode(200)
  @Operation('signPartnership', {
    summary: 'A chief executive signs for their own council; when both have signed, the partnership is active',
  })
  @Idempotent()
  @ActionResponses()
  async sign(
    @RecordIdParam('id') id: string,
    @Body() dto: StageActionDto,
    @Actor() actor: RequestActor,
    @Headers('idempotency-key') key?: string,
  ): Promise<StageActionResponse> {
    const councilCode = actor.principal.councilCode ?? '';
    return {
      partnershipId: id,
      ...(await this.partnerships.act(
        id,
        signPartnership,
        { councilCode, comment: dto.comment },
        actor,
        ACCESS_POLICY.signPartnership,
        key,
      )),
    };
  }
}
