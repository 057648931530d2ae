import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Role } from '#domain';

/** A person or service account that calls the API, with the role and council it acts for. */
@Entity({ name: 'principal' })
export class PrincipalEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  kind!: 'person' | 'service_account';

  @Column({ type: 'text' })
  role!: Role;

  @Column({ name: 'council_code', type: 'text', nullable: true })
  councilCode!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true })
  disabledAt!: Date | null;

  /** The address an admin invited the person by (lower case); their first sign-in must prove it. */
  @Column({ type: 'text', nullable: true })
  email!: string | null;

  /** The identity provider and its subject for this person, bound at their first sign-in. */
  @Column({ type: 'text', nullable: true })
  issuer!: string | null;

  @Column({ type: 'text', nullable: true })
  subject!: string | null;

  @Column({ name: 'last_signed_in_at', type: 'timestamptz', nullable: true })
  lastSignedInAt!: Date | null;
}
