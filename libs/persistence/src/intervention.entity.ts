import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { OfstedJudgement } from './council.entity.js';

/** A DfE intervention in a supported council's children's services. */
@Entity({ name: 'intervention' })
export class InterventionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'supported_council_code', type: 'text' })
  supportedCouncilCode!: string;

  @Column({ name: 'trigger_judgement', type: 'text' })
  triggerJudgement!: OfstedJudgement;

  @Column({ name: 'trigger_judgement_date', type: 'date' })
  triggerJudgementDate!: string;

  @Column({ name: 'statutory_direction_date', type: 'date', nullable: true })
  statutoryDirectionDate!: string | null;

  @Column({ name: 'commissioner_name', type: 'text', nullable: true })
  commissionerName!: string | null;

  @Column({ name: 'review_deadline', type: 'date', nullable: true })
  reviewDeadline!: string | null;

  @Column({ name: 'report_published_on', type: 'date', nullable: true })
  reportPublishedOn!: string | null;

  @Column({ type: 'text', nullable: true })
  recommendation!: 'retain_in_house' | 'alternative_delivery_model' | null;

  @Column({ name: 'improvement_adviser_council_code', type: 'text', nullable: true })
  improvementAdviserCouncilCode!: string | null;

  @Column({ name: 'direction_lifted_on', type: 'date', nullable: true })
  directionLiftedOn!: string | null;

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
