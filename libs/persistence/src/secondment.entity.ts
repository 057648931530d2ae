import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { SECONDMENT_STATUSES, type SecondmentStatus } from '#domain';

export { SECONDMENT_STATUSES, type SecondmentStatus };

/**
 * A staff member lent to a supported council under a partnership; `fte` is exact (a string from pg).
 * `endDate` is its last day: as planned until it ends, then the day it actually ended (capacity counts it
 * up to that day); `plannedEnd` stays as booked.
 */
@Entity({ name: 'secondment' })
export class SecondmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'staff_member_id', type: 'uuid' })
  staffMemberId!: string;

  @Column({ name: 'partnership_id', type: 'uuid' })
  partnershipId!: string;

  @Column({ type: 'numeric' })
  fte!: string;

  @Column({ name: 'start_date', type: 'date' })
  startDate!: string;

  @Column({ name: 'end_date', type: 'date' })
  endDate!: string;

  @Column({ name: 'planned_end', type: 'date' })
  plannedEnd!: string;

  @Column({ type: 'text' })
  status!: SecondmentStatus;

  @Column({ name: 'recharge_kind', type: 'text', nullable: true })
  rechargeKind!: 'day_rate' | 'salary_share' | null;

  @Column({ name: 'recharge_day_rate_pence', type: 'bigint', nullable: true })
  rechargeDayRatePence!: string | null;

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
