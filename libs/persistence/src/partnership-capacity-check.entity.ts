import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CapacityOutcome } from '#domain';

/** The outcome of one capacity check the workflow ran (one per entry into the capacity check); written by its activity. */
@Entity({ name: 'partnership_capacity_check' })
export class PartnershipCapacityCheckEntity {
  @PrimaryColumn({ name: 'partnership_id', type: 'uuid' })
  partnershipId!: string;

  /** The sequence of the stage change that opened this check. */
  @PrimaryColumn({ name: 'check_round', type: 'integer' })
  checkRound!: number;

  @Column({ type: 'text' })
  outcome!: CapacityOutcome;

  @Column({ name: 'period_start', type: 'date' })
  periodStart!: string;

  @Column({ name: 'period_end', type: 'date' })
  periodEnd!: string;

  @Column({ name: 'tightest_team_id', type: 'uuid', nullable: true })
  tightestTeamId!: string | null;

  @Column({ name: 'tightest_team_name', type: 'text', nullable: true })
  tightestTeamName!: string | null;

  @Column({ name: 'tightest_on', type: 'date', nullable: true })
  tightestOn!: string | null;

  /** Exact (a string from pg); negative is how far below its floor the team falls. */
  @Column({ name: 'tightest_headroom_fte', type: 'numeric', nullable: true })
  tightestHeadroomFte!: string | null;

  @Column({ name: 'tightest_below_floor_from', type: 'date', nullable: true })
  tightestBelowFloorFrom!: string | null;

  @Column({ name: 'teams_below_floor', type: 'integer' })
  teamsBelowFloor!: number;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ name: 'checked_at', type: 'timestamptz' })
  checkedAt!: Date;
}
