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
}
