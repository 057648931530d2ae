import { Body, Controller, Headers, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import {
  callInDecision,
  endorsePartnership,
  overrideCapacityCheck,
  recordCabinetDecision,
  recordScrutinyOutcome,
  requestExit,
  sendBackPartnership,
  signPartnership,
} from '../../../../libs/workflows/src/partnership.contract.js';
import { Authorize } from '../auth/authorize.decorator.js';
import { Actor, type RequestActor } from '../auth/current-principal.decorator.js';
import { Idempotent } from '../idempotency/idempotent.decorator.js';
import { problemResponse } from '../problem-details/problem-response.js';
import { StageActionDto, StageActionResponse } from './dto/stage-action.dto.js';
import { CabinetDecisionDto, OverrideCapacityDto, RequestExitDto, ScrutinyOutcomeDto } from './dto/workflow-actions.dto.js';
import { PartnershipsService } from './partnerships.service.js';

const notFound = problemResponse('No partnership has this id');
const unavailable = problemResponse('The workflow did not answer in time; nothing changed');

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
  @ApiOkResponse({ type: StageActionResponse })
  @ApiNotFoundResponse(notFound)
  @ApiServiceUnavailableResponse(unavailable)
  async endorse(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: StageActionDto,
    @Actor() actor: RequestActor,
    @Headers('idempotency-key') key?: string,
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
  @ApiOkResponse({ type: StageActionResponse })
  @ApiNotFoundResponse(notFound)
  async sendBack(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: StageActionDto,
    @Actor() actor: RequestActor,
    @Headers('idempotency-key') key?: string,
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
  @ApiOkResponse({ type: StageActionResponse })
  @ApiNotFoundResponse(notFound)
  async overrideCapacity(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: OverrideCapacityDto,
    @Actor() actor: RequestActor,
    @Headers('idempotency-key') key?: string,
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
  @ApiOkResponse({ type: StageActionResponse })
  @ApiNotFoundResponse(notFound)
  async cabinetDecision(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: CabinetDecisionDto,
    @Actor() actor: RequestActor,
    @Headers('idempotency-key') key?: string,
  ): Promise<StageActionResponse> {
    return { partnershipId: id, ...(await this.partnerships.act(id, recordCabinetDecision, { decision: { ...dto } }, actor, key)) };
  }

  @Post('call-in')
  @HttpCode(200)
  @Authorize({ roles: ['scrutiny'] })
  @Idempotent()
  @ApiOperation({ operationId: 'callInDecision', summary: 'Scrutiny calls the decision in within the call-in period' })
  @ApiOkResponse({ type: StageActionResponse })
  @ApiNotFoundResponse(notFound)
  async callIn(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: StageActionDto,
    @Actor() actor: RequestActor,
    @Headers('idempotency-key') key?: string,
  ): Promise<StageActionResponse> {
    return { partnershipId: id, ...(await this.partnerships.act(id, callInDecision, { comment: dto.comment }, actor, key)) };
  }

  @Post('scrutiny-outcome')
  @HttpCode(200)
  @Authorize({ roles: ['scrutiny'] })
  @Idempotent()
  @ApiOperation({ operationId: 'recordScrutinyOutcome', summary: 'Scrutiny releases the called-in decision, or refers it back to Cabinet' })
  @ApiOkResponse({ type: StageActionResponse })
  @ApiNotFoundResponse(notFound)
  async scrutinyOutcome(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: ScrutinyOutcomeDto,
    @Actor() actor: RequestActor,
    @Headers('idempotency-key') key?: string,
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
  @ApiOkResponse({ type: StageActionResponse })
  @ApiNotFoundResponse(notFound)
  async sign(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: StageActionDto,
    @Actor() actor: RequestActor,
    @Headers('idempotency-key') key?: string,
  ): Promise<StageActionResponse> {
    const councilCode = actor.principal.councilCode ?? '';
    return {
      partnershipId: id,
      ...(await this.partnerships.act(id, signPartnership, { councilCode, comment: dto.comment }, actor, key, 'lead_or_supported')),
    };
  }

  @Post('request-exit')
  @HttpCode(200)
  @Authorize({ roles: ['chief_executive', 'admin'] })
  @Idempotent()
  @ApiOperation({
    operationId: 'requestPartnershipExit',
    summary: 'Lead council ends the partnership: secondments end and capacity returns',
  })
  @ApiOkResponse({ type: StageActionResponse })
  @ApiNotFoundResponse(notFound)
  async requestExit(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: RequestExitDto,
    @Actor() actor: RequestActor,
    @Headers('idempotency-key') key?: string,
  ): Promise<StageActionResponse> {
    return {
      partnershipId: id,
      ...(await this.partnerships.act(id, requestExit, { reason: dto.reason, comment: dto.comment ?? dto.reason }, actor, key)),
    };
  }
}
