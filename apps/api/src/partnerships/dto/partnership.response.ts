import { PageMeta } from '../../common/page.query.js';
import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { nextActionFor, PARTNERSHIP_STAGES, type PartnershipStage } from '#domain';
import type { PartnershipEntity } from '#persistence';
import { FUNDING_KINDS, PARTNERSHIP_KINDS } from './create-partnership.dto.js';

@ApiSchema({ description: 'Who must act next on a partnership, and what they must do' })
export class NextActionResponse {
  @ApiProperty({ example: ['director'], description: 'Roles that can move the partnership on' })
  by!: string[];

  @ApiProperty({
    enum: ['lead', 'supported', 'either', 'none'],
    example: 'lead',
    description: 'Which council must act: the lead, the supported, either, or none',
  })
  council!: string;

  @ApiProperty({ example: 'endorse, or send back with comments', description: 'What must happen next, in words' })
  action!: string;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    format: 'date',
    example: '2018-04-23',
    description: 'By when, where a rule or a clock sets it (in the single-partnership read)',
  })
  dueBy?: string | null;
}

@ApiSchema({
  description: 'An improvement partnership: a lead council supporting another council’s service, with its stage in the workflow',
})
export class PartnershipResponse {
  @ApiProperty({ example: '0d6f9f3e-3f2a-4d55-9a3c-5b7d0f4f1e21', format: 'uuid', description: 'The partnership’s id' })
  id!: string;

  @ApiProperty({
    example: 'Hampshire support for Buckinghamshire children’s services',
    description: 'A short name for the partnership: who supports whom, in which service',
  })
  title!: string;

  @ApiProperty({ example: 'E10000014', description: 'The lead council, which gives the support (ONS code)' })
  leadCouncilCode!: string;

  @ApiProperty({ example: 'E10000002', description: 'The supported council, which receives the support (ONS code)' })
  supportedCouncilCode!: string;

  @ApiProperty({ example: '2018-05-01', format: 'date', description: 'The day support is planned to start' })
  plannedStart!: string;

  @ApiProperty({ example: '2022-03-31', format: 'date', description: 'The day support is planned to end' })
  plannedEnd!: string;

  @ApiProperty({ enum: PARTNERSHIP_STAGES, example: 'draft', description: 'Mirrors the partnership workflow' })
  stage!: PartnershipStage;

  @ApiProperty({
    example: 'partnership-0d6f9f3e-3f2a-4d55-9a3c-5b7d0f4f1e21',
    description: 'The id of the Temporal workflow that runs the partnership’s stages',
  })
  workflowId!: string;

  @ApiProperty({ enum: PARTNERSHIP_KINDS, example: 'improvement_partner', description: 'The kind of support the lead council gives' })
  kind!: string;

  @ApiProperty({
    enum: ['children_services'],
    example: 'children_services',
    description: 'The service the partnership improves: children’s services, so far the only one',
  })
  serviceArea!: string;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'What the support covers; null when not yet written' })
  scope!: string | null;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'The DfE intervention the partnership answers; null when none is recorded',
  })
  interventionId!: string | null;

  @ApiPropertyOptional({
    enum: FUNDING_KINDS,
    example: 'grant_and_recharge',
    nullable: true,
    type: String,
    description: 'How the support is paid for; null when not yet agreed',
  })
  fundingKind!: string | null;

  @ApiPropertyOptional({ example: 45_000_000, nullable: true, type: 'integer', description: 'Integer pence' })
  fundingAmountPence!: number | null;

  @ApiPropertyOptional({ type: NextActionResponse, nullable: true, description: 'Who must act next; null once ended' })
  nextAction!: NextActionResponse | null;

  @ApiProperty({ type: 'integer', example: 1, description: 'Increases with every change; for optimistic concurrency' })
  version!: number;

  @ApiProperty({ example: '2026-11-24T09:00:00.000Z', format: 'date-time', description: 'When the partnership was drafted' })
  createdAt!: string;

  @ApiProperty({ example: '2026-11-24T09:00:00.000Z', format: 'date-time', description: 'When the partnership last changed' })
  updatedAt!: string;

  static from(entity: PartnershipEntity): PartnershipResponse {
    return {
      id: entity.id,
      title: entity.title,
      leadCouncilCode: entity.leadCouncilCode,
      supportedCouncilCode: entity.supportedCouncilCode,
      plannedStart: entity.plannedStart,
      plannedEnd: entity.plannedEnd,
      stage: entity.stage,
      workflowId: entity.workflowId,
      kind: entity.kind,
      serviceArea: entity.serviceArea,
      scope: entity.scope,
      interventionId: entity.interventionId,
      fundingKind: entity.fundingKind,
      fundingAmountPence: entity.fundingAmountPence === null ? null : Number(entity.fundingAmountPence),
      nextAction: nextActionFor(entity.stage) as NextActionResponse | null,
      version: entity.version,
      createdAt: entity.createdAt.toISOString(),
      updatedAt: entity.updatedAt.toISOString(),
    };
  }
}

@ApiSchema({ description: 'One page of partnerships' })
export class PartnershipPage extends PageMeta {
  @ApiProperty({ type: [PartnershipResponse], description: 'The partnerships on this page' })
  items!: PartnershipResponse[];
}
