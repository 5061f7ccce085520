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
import type { Light, ReportedState, ScheduleState } from '@plan/contracts';
import { numericTransformer } from '../../database/column-transformers';
import { Person } from '../people/person.entity';
import { Meeting } from '../meetings/meeting.entity';
import { Measure } from '../reference/measure.entity';
import { Region } from '../reference/region.entity';
import { Unit } from '../units/unit.entity';
import { Workspace } from '../workspaces/workspace.entity';

@Entity('tasks')
@Index('uq_tasks_workspace_code', ['workspaceId', 'code'], { unique: true })
@Index('ix_tasks_workspace_measure', ['workspaceId', 'measureId'])
@Index('ix_tasks_workspace_region', ['workspaceId', 'regionCode'])
@Index('ix_tasks_workspace_lead_unit', ['workspaceId', 'leadUnitId'])
@Index('ix_tasks_workspace_state', ['workspaceId', 'statusState'])
@Index('ix_tasks_workspace_light', ['workspaceId', 'statusLight'])
@Index('ix_tasks_workspace_due', ['workspaceId', 'dueDate'])
@Index('ix_tasks_responsible', ['responsiblePersonId'])
@Index('ix_tasks_lead_unit', ['leadUnitId'])
@Index('ix_tasks_created_by', ['createdById'])
@Index('ix_tasks_updated_by', ['updatedById'])
@Index('ix_tasks_source_meeting', ['sourceMeetingId'])
// partial, with DESC/NULLS LAST keys, which the decorator cannot say: migration AddLaggingTasksIndex owns it
@Index('ix_tasks_lagging', { synchronize: false })
@Check('ck_tasks_progress', `progress BETWEEN 0 AND 100`)
@Check('ck_tasks_dates', `due_date IS NULL OR due_date >= start_date`)
@Check('ck_tasks_title', `length(btrim(title)) > 0`)
@Check(
  'ck_tasks_reported_state',
  `reported_state IN ('not_started', 'in_progress', 'completed', 'suspended')`,
)
@Check(
  'ck_tasks_status_state',
  `status_state IN ('not_started', 'ahead', 'on_track', 'behind', 'overdue', 'completed', 'suspended')`,
)
@Check('ck_tasks_status_light', `status_light IN ('green', 'yellow', 'red', 'grey')`)
export class Task {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_tasks' })
  id: string;

  @Column('uuid')
  workspaceId: string;

  @ManyToOne(() => Workspace, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'fk_tasks_workspace' })
  workspace?: Workspace;

  @Column({ type: 'varchar', length: 32 })
  code: string;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'text', default: '' })
  requirement: string;

  @Column('uuid')
  measureId: string;

  @ManyToOne(() => Measure)
  @JoinColumn({ name: 'measure_id', foreignKeyConstraintName: 'fk_tasks_measure' })
  measure?: Measure;

  @Column({ type: 'char', length: 6 })
  regionCode: string;

  @ManyToOne(() => Region)
  @JoinColumn({ name: 'region_code', foreignKeyConstraintName: 'fk_tasks_region' })
  region?: Region;

  @Column('uuid')
  leadUnitId: string;

  @ManyToOne(() => Unit)
  @JoinColumn({ name: 'lead_unit_id', foreignKeyConstraintName: 'fk_tasks_lead_unit' })
  leadUnit?: Unit;

  @Column('uuid')
  responsiblePersonId: string;

  @ManyToOne(() => Person)
  @JoinColumn({ name: 'responsible_person_id', foreignKeyConstraintName: 'fk_tasks_responsible_person' })
  responsiblePerson?: Person;

  @Column({ type: 'date' })
  startDate: string;

  // null = long-term task 长期/持续推进
  @Column({ type: 'date', nullable: true })
  dueDate: string | null;

  // Follows the latest approved report; never typed in directly.
  @Column({ type: 'smallint', default: 0 })
  progress: number;

  @Column({ type: 'varchar', length: 16, default: 'not_started' })
  reportedState: ReportedState;

  @Column({ type: 'text', nullable: true })
  suspendedReason: string | null;

  @Column({ type: 'uuid', nullable: true })
  latestReportId: string | null;

  @Column({ type: 'date', nullable: true })
  completedOn: string | null;

  // Schedule status computed by computeScheduleStatus() for statusAsOf; stored so lists can filter and sort.
  @Column({ type: 'numeric', precision: 4, scale: 1, nullable: true, transformer: numericTransformer })
  statusExpected: number | null;

  @Column({ type: 'numeric', precision: 5, scale: 1, nullable: true, transformer: numericTransformer })
  statusGap: number | null;

  @Column({ type: 'int', default: 0 })
  statusDaysLate: number;

  @Column({ type: 'varchar', length: 16, default: 'not_started' })
  statusState: ScheduleState;

  @Column({ type: 'varchar', length: 8, default: 'green' })
  statusLight: Light;

  @Column({ type: 'date', nullable: true })
  statusAsOf: string | null;

  // A decision 议定事项 of this meeting.
  @Column({ type: 'uuid', nullable: true })
  sourceMeetingId: string | null;

  @ManyToOne(() => Meeting, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'source_meeting_id', foreignKeyConstraintName: 'fk_tasks_source_meeting' })
  sourceMeeting?: Meeting;

  @Column({ type: 'timestamptz', nullable: true })
  archivedAt: Date | null;

  @Column({ type: 'int', default: 1 })
  version: number;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'fk_tasks_created_by' })
  createdBy?: Person;

  @Column({ type: 'uuid', nullable: true })
  updatedById: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'updated_by_id', foreignKeyConstraintName: 'fk_tasks_updated_by' })
  updatedBy?: Person;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
