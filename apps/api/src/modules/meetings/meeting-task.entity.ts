import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Light, ReportedState, ScheduleState } from '@plan/contracts';
import { numericTransformer } from '../../database/column-transformers';
import { Workspace } from '../workspaces/workspace.entity';
import { Meeting } from './meeting.entity';

// Every task frozen with its figures and texts at the meeting; names too, so a later rename does not
// change what the meeting saw. Written once, never updated.
@Entity('meeting_tasks')
@Index('ix_meeting_tasks_workspace', ['workspaceId'])
@Index('ix_meeting_tasks_task', ['taskId'])
export class MeetingTask {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_meeting_tasks' })
  meetingId: string;

  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'fk_meeting_tasks_meeting' })
  meeting?: Meeting;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_meeting_tasks' })
  taskId: string;

  @Column('uuid')
  workspaceId: string;

  @ManyToOne(() => Workspace, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'fk_meeting_tasks_workspace' })
  workspace?: Workspace;

  @Column({ type: 'varchar', length: 32 }) code: string;
  @Column({ type: 'varchar', length: 300 }) title: string;
  @Column({ type: 'text' }) requirement: string;
  @Column({ type: 'varchar', length: 32 }) measureCode: string;
  @Column({ type: 'varchar', length: 200 }) measureNameZh: string;
  @Column({ type: 'varchar', length: 300 }) measureNameEn: string;
  @Column({ type: 'char', length: 6 }) regionCode: string;
  @Column({ type: 'varchar', length: 64 }) regionNameZh: string;
  @Column({ type: 'varchar', length: 64 }) regionNameEn: string;
  @Column({ type: 'text', array: true }) sectors: string[];
  @Column('uuid') leadUnitId: string;
  @Column({ type: 'varchar', length: 200 }) leadUnitNameZh: string;
  @Column({ type: 'varchar', length: 300 }) leadUnitNameEn: string;
  @Column({ type: 'uuid', array: true }) cooperatingUnitIds: string[];
  @Column({ type: 'text' }) cooperatingUnitsZh: string;
  @Column({ type: 'text' }) cooperatingUnitsEn: string;
  @Column({ type: 'varchar', length: 100 }) responsibleName: string;
  @Column({ type: 'date' }) startDate: string;
  @Column({ type: 'date', nullable: true }) dueDate: string | null;
  @Column({ type: 'smallint' }) progress: number;
  @Column({ type: 'varchar', length: 16 }) reportedState: ReportedState;
  @Column({ type: 'text', nullable: true }) suspendedReason: string | null;
  @Column({ type: 'varchar', length: 16 }) state: ScheduleState;
  @Column({ type: 'varchar', length: 8 }) light: Light;
  @Column({ type: 'numeric', precision: 4, scale: 1, nullable: true, transformer: numericTransformer })
  expected: number | null;
  @Column({ type: 'numeric', precision: 5, scale: 1, nullable: true, transformer: numericTransformer }) gap:
    number | null;
  @Column({ type: 'int' }) daysLate: number;
  @Column({ type: 'boolean' }) reportMissing: boolean;
  @Column({ type: 'char', length: 7, nullable: true }) latestPeriod: string | null;
  @Column({ type: 'text' }) achievements: string;
  @Column({ type: 'text' }) problems: string;
  @Column({ type: 'text' }) nextSteps: string;
  @Column({ type: 'uuid', nullable: true }) sourceMeetingId: string | null;
}
