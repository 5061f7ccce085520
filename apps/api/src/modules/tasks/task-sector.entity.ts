import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Sector } from '../reference/sector.entity';
import { Workspace } from '../workspaces/workspace.entity';
import { Task } from './task.entity';

@Entity('task_sectors')
@Index('ix_task_sectors_workspace_sector', ['workspaceId', 'sectorCode'])
@Index('ix_task_sectors_sector', ['sectorCode'])
export class TaskSector {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_task_sectors' })
  taskId: string;

  @ManyToOne(() => Task, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'task_id', foreignKeyConstraintName: 'fk_task_sectors_task' })
  task?: Task;

  @PrimaryColumn({ type: 'varchar', length: 64, primaryKeyConstraintName: 'pk_task_sectors' })
  sectorCode: string;

  @ManyToOne(() => Sector)
  @JoinColumn({ name: 'sector_code', foreignKeyConstraintName: 'fk_task_sectors_sector' })
  sector?: Sector;

  @Column('uuid')
  workspaceId: string;

  @ManyToOne(() => Workspace, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'fk_task_sectors_workspace' })
  workspace?: Workspace;
}
