import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { DashboardSummary } from '@plan/contracts';
import { Person } from '../people/person.entity';
import { Workspace } from '../workspaces/workspace.entity';

// A review meeting 调度会 and the dashboard as it stood when the meeting was frozen.
@Entity('meetings')
@Index('ix_meetings_workspace_held', ['workspaceId', 'heldOn', 'frozenAt'])
@Index('ix_meetings_created_by', ['createdById'])
@Check('ck_meetings_title', `length(btrim(title)) > 0`)
export class Meeting {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_meetings' })
  id: string;

  @Column('uuid')
  workspaceId: string;

  @ManyToOne(() => Workspace, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'fk_meetings_workspace' })
  workspace?: Workspace;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'date' })
  heldOn: string;

  // The workspace's calendar date when the snapshot was taken; schedule states are as of this day.
  @Column({ type: 'date' })
  asOf: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  frozenAt: Date;

  @Column({ type: 'jsonb' })
  summary: DashboardSummary;

  @Column({ type: 'int' })
  taskCount: number;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'fk_meetings_created_by' })
  createdBy?: Person;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
