import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

export interface ConcernRaised {
  concern: string;
  answer: string;
}

/** A Modern.gov-style record of a decision. `exemptInformation` is readable only by the council's own people. */
@Entity({ name: 'decision_record' })
export class DecisionRecordEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'council_code', type: 'text' })
  councilCode!: string;

  @Column({ name: 'partnership_id', type: 'uuid', nullable: true })
  partnershipId!: string | null;

  @Column({ type: 'text' })
  title!: string;

  @Column({ name: 'decision_maker', type: 'text' })
  decisionMaker!: 'cabinet' | 'cabinet_member' | 'officer';

  @Column({ name: 'decision_maker_name', type: 'text', nullable: true })
  decisionMakerName!: string | null;

  @Column({ name: 'meeting_name', type: 'text', nullable: true })
  meetingName!: string | null;

  @Column({ name: 'meeting_date', type: 'date', nullable: true })
  meetingDate!: string | null;

  @Column({ name: 'decision_text', type: 'text' })
  decisionText!: string;

  @Column({ type: 'text' })
  status!: 'recommendations_approved' | 'approved' | 'rejected' | 'deferred' | 'called_in';

  @Column({ name: 'is_key_decision', type: 'boolean' })
  isKeyDecision!: boolean;

  @Column({ name: 'key_decision_reason', type: 'text', nullable: true })
  keyDecisionReason!: string | null;

  @Column({ name: 'subject_to_call_in', type: 'boolean' })
  subjectToCallIn!: boolean;

  @Column({ name: 'urgency_route', type: 'text', nullable: true })
  urgencyRoute!: 'general_exception' | 'special_urgency' | null;

  @Column({ name: 'wards_affected', type: 'text', array: true })
  wardsAffected!: string[];

  @Column({ name: 'forward_plan_first_published', type: 'date', nullable: true })
  forwardPlanFirstPublished!: string | null;

  @Column({ name: 'decision_date', type: 'date' })
  decisionDate!: string;

  @Column({ name: 'publication_date', type: 'date' })
  publicationDate!: string;

  @Column({ name: 'call_in_deadline', type: 'date', nullable: true })
  callInDeadline!: string | null;

  @Column({ name: 'effective_from', type: 'date', nullable: true })
  effectiveFrom!: string | null;

  @Column({ name: 'exempt_paragraph', type: 'smallint', nullable: true })
  exemptParagraph!: number | null;

  @Column({ name: 'exempt_information', type: 'text', nullable: true })
  exemptInformation!: string | null;

  /** Regulation 12's reasons for the decision. */
  @Column({ type: 'text', nullable: true })
  reasons!: string | null;

  @Column({ name: 'alternative_options', type: 'text', nullable: true })
  alternativeOptions!: string | null;

  /** Conflicts of interest declared by a decision maker, and any dispensation granted. */
  @Column({ name: 'interests_declared', type: 'text', nullable: true })
  interestsDeclared!: string | null;

  @Column({ type: 'jsonb' })
  concerns!: ConcernRaised[];

  /** Set when a workflow step recorded the decision: the step's key, unique. */
  @Column({ name: 'origin_key', type: 'text', nullable: true })
  originKey!: string | null;

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
