import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Unit } from '../units/unit.entity';
import { Workspace } from '../workspaces/workspace.entity';
import { Task } from './task.entity';

// Cooperating units 配合单位; the lead unit lives on the task itself.
@Entity('task_units')
@Index('ix_task_units_workspace_unit', ['workspaceId', 'unitId'])
@Index('ix_task_units_unit', ['unitId'])
export class TaskUnit {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_task_units' })
  taskId: string;

  @ManyToOne(() => Task, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'task_id', foreignKeyConstraintName: 'fk_task_units_task' })
  task?: Task;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_task_units' })
  unitId: string;

  @ManyToOne(() => Unit)
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'fk_task_units_unit' })
  unit?: Unit;

  @Column('uuid')
  workspaceId: string;

  @ManyToOne(() => Workspace, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'fk_task_units_workspace' })
  workspace?: Workspace;
}
