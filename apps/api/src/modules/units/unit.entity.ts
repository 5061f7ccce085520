import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { Region } from '../reference/region.entity';
import { Workspace } from '../workspaces/workspace.entity';

@Entity('units')
@Index('uq_units_workspace_code', ['workspaceId', 'code'], { unique: true })
@Index('ix_units_workspace_region', ['workspaceId', 'regionCode'])
@Check('ck_units_level', `level IN ('central', 'provincial', 'local')`)
export class Unit {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_units' })
  id: string;

  @Column('uuid')
  workspaceId: string;

  @ManyToOne(() => Workspace, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'fk_units_workspace' })
  workspace?: Workspace;

  @Column({ type: 'varchar', length: 64 })
  code: string;

  @Column({ type: 'varchar', length: 200 })
  nameZh: string;

  @Column({ type: 'varchar', length: 300 })
  nameEn: string;

  @Column({ type: 'char', length: 6 })
  regionCode: string;

  @ManyToOne(() => Region)
  @JoinColumn({ name: 'region_code', foreignKeyConstraintName: 'fk_units_region' })
  region?: Region;

  @Column({ type: 'varchar', length: 16 })
  level: 'central' | 'provincial' | 'local';

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @VersionColumn({ default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
