import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { PartnershipStage } from '#domain';

/** Persistence shape of a partnership; its `stage` mirrors the workflow and is written only by activities. */
@Entity({ name: 'partnership' })
export class PartnershipEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ name: 'lead_council_code', type: 'text' })
  leadCouncilCode!: string;

  @Column({ name: 'supported_council_code', type: 'text' })
  supportedCouncilCode!: string;

  @Column({ name: 'planned_start', type: 'date' })
  plannedStart!: string;

  @Column({ name: 'planned_end', type: 'date' })
  plannedEnd!: string;

  @Column({ type: 'text' })
  stage!: PartnershipStage;

  @Column({ name: 'intervention_id', type: 'uuid', nullable: true })
  interventionId!: string | null;

  @Column({ type: 'text', default: 'improvement_partner' })
  kind!: 'improvement_adviser' | 'improvement_partner' | 'peer_support';

  @Column({ name: 'service_area', type: 'text', default: 'children_services' })
  serviceArea!: string;

  @Column({ type: 'text', nullable: true })
  scope!: string | null;

  @Column({ name: 'funding_kind', type: 'text', nullable: true })
  fundingKind!: 'grant' | 'recharge' | 'grant_and_recharge' | null;

  /** Integer pence as a string: pg returns bigint as text, and money is never a float. */
  @Column({ name: 'funding_amount_pence', type: 'bigint', nullable: true })
  fundingAmountPence!: string | null;

  @Column({ name: 'workflow_id', type: 'text' })
  workflowId!: string;

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
