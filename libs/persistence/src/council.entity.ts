import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

export type CouncilType = 'county' | 'unitary' | 'metropolitan_district' | 'london_borough';
export type OfstedJudgement = 'outstanding' | 'good' | 'requires_improvement' | 'inadequate';

/** A council, keyed by its ONS/GSS code. Numeric and bigint columns arrive as strings from pg. */
@Entity({ name: 'council' })
export class CouncilEntity {
  @PrimaryColumn({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  type!: CouncilType;

  @Column({ type: 'text' })
  region!: string;

  @Column({ name: 'hq_latitude', type: 'numeric', nullable: true })
  hqLatitude!: string | null;

  @Column({ name: 'hq_longitude', type: 'numeric', nullable: true })
  hqLongitude!: string | null;

  @Column({ name: 'ofsted_judgement', type: 'text', nullable: true })
  ofstedJudgement!: OfstedJudgement | null;

  @Column({ name: 'ofsted_judgement_date', type: 'date', nullable: true })
  ofstedJudgementDate!: string | null;

  @Column({ name: 'ofsted_judgement_illustrative', type: 'boolean', default: false })
  ofstedJudgementIllustrative!: boolean;

  @Column({ name: 'savings_programme_name', type: 'text', nullable: true })
  savingsProgrammeName!: string | null;

  @Column({ name: 'savings_programme_target_pence', type: 'bigint', nullable: true })
  savingsProgrammeTargetPence!: string | null;

  @Column({ name: 'savings_programme_end_date', type: 'date', nullable: true })
  savingsProgrammeEndDate!: string | null;

  @Column({ name: 'abolished_on', type: 'date', nullable: true })
  abolishedOn!: string | null;

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
