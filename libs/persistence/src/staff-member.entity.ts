import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

export const STAFF_ROLES = [
  'social_worker',
  'senior_practitioner',
  'team_manager',
  'service_manager',
  'head_of_service',
  'director',
  'other',
] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** A member of a team; `contractedFte` is an exact numeric in (0, 1] (a string from pg). */
@Entity({ name: 'staff_member' })
export class StaffMemberEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'team_id', type: 'uuid' })
  teamId!: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName!: string;

  @Column({ type: 'text' })
  role!: StaffRole;

  @Column({ name: 'contracted_fte', type: 'numeric' })
  contractedFte!: string;

  @Column({ name: 'employment_start', type: 'date' })
  employmentStart!: string;

  @Column({ name: 'employment_end', type: 'date', nullable: true })
  employmentEnd!: string | null;

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
