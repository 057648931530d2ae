import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** A team of a council's service; `establishmentFte` and `retentionFloor` are exact numerics (strings from pg). */
@Entity({ name: 'team' })
export class TeamEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'council_code', type: 'text' })
  councilCode!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', default: 'children_services' })
  service!: string;

  @Column({ name: 'establishment_fte', type: 'numeric' })
  establishmentFte!: string;

  @Column({ name: 'retention_floor', type: 'numeric' })
  retentionFloor!: string;

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
