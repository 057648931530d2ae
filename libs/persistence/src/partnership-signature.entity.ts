import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A chief executive's signature of a partnership, once per council and sign-off round; written by the workflow's activity. */
@Entity({ name: 'partnership_signature' })
export class PartnershipSignatureEntity {
  @PrimaryColumn({ name: 'partnership_id', type: 'uuid' })
  partnershipId!: string;

  /** The sequence of the stage change that opened this sign-off. */
  @PrimaryColumn({ name: 'sign_off_round', type: 'integer' })
  signOffRound!: number;

  @PrimaryColumn({ name: 'council_code', type: 'text' })
  councilCode!: string;

  @Column({ name: 'signed_by_principal_id', type: 'uuid', nullable: true })
  signedByPrincipalId!: string | null;

  @Column({ name: 'signed_by_name', type: 'text' })
  signedByName!: string;

  @Column({ name: 'signed_by_role', type: 'text', nullable: true })
  signedByRole!: string | null;

  @Column({ name: 'signed_at', type: 'timestamptz' })
  signedAt!: Date;
}
