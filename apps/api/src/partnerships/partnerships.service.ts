import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { UpdateDefinition } from '@temporalio/common';
import { randomUUID } from 'node:crypto';
import type { Repository } from 'typeorm';
import { AccordError } from '../../../../libs/domain/src/index.js';
import { PartnershipEntity } from '../../../../libs/persistence/src/index.js';
import {
  PartnershipWorkflowClient,
  StageActionRefusedError,
  WorkflowUnavailableError,
} from '../../../../libs/temporal-client/src/index.js';
import {
  partnershipWorkflowId,
  StageActionRefusal,
  type StageActionInput,
  type StageActionResult,
} from '../../../../libs/workflows/src/partnership.contract.js';
import type { CreatePartnershipDto } from './dto/create-partnership.dto.js';
import type { ListPartnershipsQuery } from './dto/list-partnerships.query.js';

@Injectable()
export class PartnershipsService {
  private readonly logger = new Logger(PartnershipsService.name);

  constructor(
    @InjectRepository(PartnershipEntity) private readonly partnerships: Repository<PartnershipEntity>,
    private readonly workflows: PartnershipWorkflowClient,
  ) {}

  /**
   * Saves the partnership as a draft and starts its workflow. If Temporal cannot be reached
   * the draft is still kept: the first action starts the workflow (update-with-start).
   */
  async create(dto: CreatePartnershipDto): Promise<PartnershipEntity> {
    const id = randomUUID();
    const saved = await this.partnerships.save(
      this.partnerships.create({ ...dto, id, stage: 'draft', workflowId: partnershipWorkflowId(id) }),
    );
    try {
      await this.workflows.start(id);
    } catch (error) {
      this.logger.warn(`partnership ${id} saved; its workflow will start on the first action: ${(error as Error).message}`);
    }
    return saved;
  }

  async get(id: string): Promise<PartnershipEntity> {
    const partnership = await this.partnerships.findOneBy({ id });
    if (!partnership) throw new AccordError('partnership_not_found', `no partnership has id ${id}`);
    return partnership;
  }

  async list(query: ListPartnershipsQuery): Promise<{ items: PartnershipEntity[]; total: number }> {
    const where = {
      ...(query.stage ? { stage: query.stage } : {}),
      ...(query.leadCouncilCode ? { leadCouncilCode: query.leadCouncilCode } : {}),
      ...(query.supportedCouncilCode ? { supportedCouncilCode: query.supportedCouncilCode } : {}),
    };
    const [items, total] = await this.partnerships.findAndCount({
      where,
      order: { createdAt: 'DESC', id: 'ASC' },
      take: query.limit,
      skip: query.offset,
    });
    return { items, total };
  }

  /** Sends a human action to the partnership's workflow and returns the stage it decided. */
  async act(
    id: string,
    update: UpdateDefinition<StageActionResult, [StageActionInput]>,
    input: StageActionInput,
    idempotencyKey?: string,
  ): Promise<StageActionResult> {
    await this.get(id);
    try {
      return await this.workflows.act(id, update, input, idempotencyKey);
    } catch (error) {
      throw toAccordError(error);
    }
  }
}

function toAccordError(error: unknown): unknown {
  if (error instanceof StageActionRefusedError) {
    const code = error.refusal === StageActionRefusal.stageChangeInProgress ? 'stage_change_in_progress' : 'stage_action_not_allowed';
    return new AccordError(code, error.message);
  }
  if (error instanceof WorkflowUnavailableError) return new AccordError('workflow_unavailable', error.message);
  return error;
}
