import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { DueDateKind } from '#domain';

export type DueDateStatus = 'upcoming' | 'reminded' | 'due' | 'met' | 'cancelled';

/** A date by which something is due in an active partnership; written by the workflow's activities. */
@Entity({ name: 'partnership_due_date' })
export class PartnershipDueDateEntity {
  @PrimaryColumn({ name: 'partnership_id', type: 'uuid' })
  partnershipId!: string;

  @PrimaryColumn({ type: 'text' })
  kind!: DueDateKind;

  @PrimaryColumn({ name: 'due_on', type: 'date' })
  dueOn!: string;

  @Column({ name: 'remind_on', type: 'date', nullable: true })
  remindOn!: string | null;

  @Column({ type: 'text' })
  label!: string;

  @Column({ type: 'text' })
  status!: DueDateStatus;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
