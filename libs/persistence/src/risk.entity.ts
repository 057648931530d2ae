import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

export const RISK_CATEGORIES = [
  'staff_pressure',
  'travel_distance',
  'savings_programme',
  'own_service_priority',
  'reorganisation',
  'other',
] as const;
export const RISK_RATINGS = ['low', 'medium', 'high', 'very_high'] as const;

/** A risk the lead council carries by entering a partnership. */
@Entity({ name: 'risk' })
export class RiskEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'partnership_id', type: 'uuid' })
  partnershipId!: string;

  @Column({ type: 'text' })
  category!: (typeof RISK_CATEGORIES)[number];

  @Column({ type: 'text' })
  rating!: (typeof RISK_RATINGS)[number];

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'text', nullable: true })
  mitigation!: string | null;

  @Column({ type: 'text', nullable: true })
  owner!: string | null;

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
