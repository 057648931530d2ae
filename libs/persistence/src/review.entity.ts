import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** A periodic or commissioner review of a partnership, with its RAG rating. */
@Entity({ name: 'review' })
export class ReviewEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'partnership_id', type: 'uuid' })
  partnershipId!: string;

  @Column({ type: 'text' })
  kind!: 'periodic' | 'commissioner';

  @Column({ name: 'review_date', type: 'date' })
  reviewDate!: string;

  @Column({ name: 'rag_rating', type: 'text' })
  ragRating!: 'red' | 'amber' | 'green';

  @Column({ type: 'text' })
  findings!: string;

  @Column({ name: 'next_review_date', type: 'date', nullable: true })
  nextReviewDate!: string | null;

  /** The workflow step that recorded it; null for reviews recorded before reviews went through the workflow. */
  @Column({ name: 'origin_key', type: 'text', nullable: true })
  originKey!: string | null;

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
