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
import { numericTransformer } from '../../database/column-transformers';
import { Person } from '../people/person.entity';
import { Task } from '../tasks/task.entity';
import { Workspace } from '../workspaces/workspace.entity';

@Entity('milestones')
@Index('ix_milestones_task', ['taskId', 'dueDate'])
@Index('ix_milestones_workspace_due', ['workspaceId', 'dueDate'])
@Index('ix_milestones_completed_by', ['completedById'])
@Check('ck_milestones_weight', `weight > 0`)
@Check('ck_milestones_title', `length(btrim(title)) > 0`)
export class Milestone {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_milestones' })
  id: string;

  @Column('uuid')
  workspaceId: string;

  @ManyToOne(() => Workspace, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'fk_milestones_workspace' })
  workspace?: Workspace;

  @Column('uuid')
  taskId: string;

  @ManyToOne(() => Task, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'task_id', foreignKeyConstraintName: 'fk_milestones_task' })
  task?: Task;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'date' })
  dueDate: string;

  @Column({ type: 'numeric', precision: 6, scale: 2, default: 1, transformer: numericTransformer })
  weight: number;

  @Column({ type: 'date', nullable: true })
  doneDate: string | null;

  @Column({ type: 'uuid', nullable: true })
  completedById: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'completed_by_id', foreignKeyConstraintName: 'fk_milestones_completed_by' })
  completedBy?: Person;

  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
