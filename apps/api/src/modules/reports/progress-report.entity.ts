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
} from 'typeorm';
import type { ReportedState, ReviewState } from '@plan/contracts';
import { Person } from '../people/person.entity';
import { Task } from '../tasks/task.entity';
import { Workspace } from '../workspaces/workspace.entity';

@Entity('progress_reports')
// One live report per task and period; a returned one may be followed by a new one.
@Index('uq_progress_reports_task_period_live', ['taskId', 'period'], {
  unique: true,
  where: `status <> 'returned'`,
})
@Index('ix_progress_reports_workspace_period', ['workspaceId', 'period', 'status'])
@Index('ix_progress_reports_task_status', ['taskId', 'status', 'period'])
@Index('ix_progress_reports_author', ['authorId'])
@Index('ix_progress_reports_reviewed_by', ['reviewedById'])
@Check('ck_progress_reports_period', `period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`)
@Check('ck_progress_reports_progress', `progress BETWEEN 0 AND 100`)
@Check('ck_progress_reports_status', `status IN ('draft', 'submitted', 'approved', 'returned')`)
@Check(
  'ck_progress_reports_reported_state',
  `reported_state IN ('not_started', 'in_progress', 'completed', 'suspended')`,
)
@Check('ck_progress_reports_completed', `reported_state <> 'completed' OR progress = 100`)
export class ProgressReport {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_progress_reports' })
  id: string;

  @Column('uuid')
  workspaceId: string;

  @ManyToOne(() => Workspace, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'fk_progress_reports_workspace' })
  workspace?: Workspace;

  @Column('uuid')
  taskId: string;

  @ManyToOne(() => Task, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'task_id', foreignKeyConstraintName: 'fk_progress_reports_task' })
  task?: Task;

  @Column({ type: 'char', length: 7 })
  period: string;

  @Column({ type: 'varchar', length: 16 })
  reportedState: ReportedState;

  @Column({ type: 'smallint' })
  progress: number;

  // 进展情况
  @Column({ type: 'text', default: '' })
  achievements: string;

  // 存在问题
  @Column({ type: 'text', default: '' })
  problems: string;

  // 下步打算
  @Column({ type: 'text', default: '' })
  nextSteps: string;

  @Column({ type: 'text', nullable: true })
  suspendedReason: string | null;

  @Column({ type: 'varchar', length: 12, default: 'draft' })
  status: ReviewState;

  @Column('uuid')
  authorId: string;

  @ManyToOne(() => Person)
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'fk_progress_reports_author' })
  author?: Person;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  reviewedById: string | null;

  @ManyToOne(() => Person)
  @JoinColumn({ name: 'reviewed_by_id', foreignKeyConstraintName: 'fk_progress_reports_reviewed_by' })
  reviewedBy?: Person;

  @Column({ type: 'timestamptz', nullable: true })
  reviewedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  reviewComment: string | null;

  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
