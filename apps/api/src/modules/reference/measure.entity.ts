import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Workspace } from '../workspaces/workspace.entity';

// The five implementation measures, seeded into every workspace with editable names.
@Entity('measures')
@Index('uq_measures_workspace_code', ['workspaceId', 'code'], { unique: true })
export class Measure {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_measures' })
  id: string;

  @Column('uuid')
  workspaceId: string;

  @ManyToOne(() => Workspace, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'fk_measures_workspace' })
  workspace?: Workspace;

  @Column({ type: 'varchar', length: 32 })
  code: string;

  @Column({ type: 'smallint' })
  sortOrder: number;

  @Column({ type: 'varchar', length: 200 })
  nameZh: string;

  @Column({ type: 'varchar', length: 300 })
  nameEn: string;

  @Column({ type: 'text', default: '' })
  summaryZh: string;

  @Column({ type: 'text', default: '' })
  summaryEn: string;
}
