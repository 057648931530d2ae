import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { PartnershipStage } from '#domain';

/** One stage change decided by a partnership's workflow; (partnership, sequence) makes the write idempotent. */
@Entity({ name: 'partnership_stage_change' })
export class PartnershipStageChangeEntity {
  @PrimaryColumn({ name: 'partnership_id', type: 'uuid' })
  partnershipId!: string;

  @PrimaryColumn({ type: 'integer' })
  sequence!: number;

  @Column({ name: 'from_stage', type: 'text' })
  fromStage!: PartnershipStage;

  @Column({ name: 'to_stage', type: 'text' })
  toStage!: PartnershipStage;

  @Column({ name: 'workflow_id', type: 'text' })
  workflowId!: string;

  @Column({ name: 'run_id', type: 'text' })
  runId!: string;

  @Column({ type: 'text', nullable: true })
  comment!: string | null;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}
